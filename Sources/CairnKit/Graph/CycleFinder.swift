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
        var result: [Cycle] = []
        for component in StronglyConnectedComponents.find(count: graph.items.count, successors: successors)
        where component.count > 1 {
            let members = Set(component)
            var uncovered = members
            for start in component where uncovered.contains(start) {
                guard let cycle = shortestCycle(through: start, within: members, successors: successors) else { continue }
                uncovered.subtract(cycle)
                result.append(cycle)
            }
        }
        return result
    }

    /// Breadth-first search from `start` back to itself inside one component.
    private static func shortestCycle(
        through start: Int, within members: Set<Int>, successors: (Int) -> [Int]
    ) -> Cycle? {
        var previous: [Int: Int] = [:]
        var queue = [start][...]
        while let node = queue.popFirst() {
            for next in successors(node) where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let before = previous[path[path.count - 1]] { path.append(before) }
                    return path.reversed()
                }
                guard previous[next] == nil else { continue }
                previous[next] = node
                queue.append(next)
            }
        }
        return nil
    }
}
