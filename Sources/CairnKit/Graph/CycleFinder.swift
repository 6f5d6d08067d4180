/// Finds the cycles formed by one type of link, each reported once.
public enum CycleFinder {
    /// One cycle: the nodes in order; the last links back to the first.
    public typealias Cycle = [Int]

    /// Cycles among `type` links, excluding an item linking to itself (that
    /// is `self-reference`). Every node of every strongly connected component
    /// lies on at least one returned cycle; each cycle starts at the node it
    /// was searched from, the smallest of the component not yet covered.
    public static func cycles(in graph: BacklogGraph, of type: LinkType) -> [Cycle] {
        let successors: (Int) -> [Int] = { node in
            graph.outgoing(from: node, type).map(\.to).filter { $0 != node }
        }
        let predecessors: (Int) -> [Int] = { node in
            graph.incoming(to: node, type).map(\.from).filter { $0 != node }
        }
        var result: [Cycle] = []
        for component in StronglyConnectedComponents.find(count: graph.items.count, successors: successors)
        where component.count > 1 {
            let members = Set(component)
            var uncovered = members
            for start in component where uncovered.contains(start) {
                let closing = Set(predecessors(start).filter(members.contains))
                guard
                    let cycle = shortestCycle(
                        through: start, closedBy: closing, within: members, successors: successors)
                else { continue }
                uncovered.subtract(cycle)
                result.append(cycle)
            }
        }
        return result
    }

    /// Breadth-first search from `start` inside one component, stopping at
    /// the first node reached that links back to `start` (one of `closing`).
    /// Stopping there rather than when expanding it keeps a hub that links to
    /// thousands of members from being expanded once per member.
    private static func shortestCycle(
        through start: Int, closedBy closing: Set<Int>, within members: Set<Int>, successors: (Int) -> [Int]
    ) -> Cycle? {
        var previous: [Int: Int] = [:]
        var queue = [start][...]
        while let node = queue.popFirst() {
            if closing.contains(node) {
                var path = [node]
                while let before = previous[path[path.count - 1]] { path.append(before) }
                return path.reversed()
            }
            for next in successors(node) where next != start && members.contains(next) && previous[next] == nil {
                previous[next] = node
                queue.append(next)
            }
        }
        return nil
    }
}
