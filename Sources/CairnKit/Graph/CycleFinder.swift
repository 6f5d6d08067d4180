/// Finds the cycles formed by one type of link.
///
/// Items caught in cycles form strongly connected components ("knots"). Each
/// knot is reported once: with one full cycle path (the shortest through its
/// smallest node) and all of its members. Listing every elementary cycle of
/// a knot can take exponential time, and even one cycle per member is
/// quadratic, so Cairn stays linear in items plus links instead.
public enum CycleFinder {
    /// A knot of items that reach each other through links of one type.
    public struct Knot: Hashable, Sendable {
        /// One cycle, in link order; the last node links back to the first.
        public var cycle: [Int]
        /// Every node of the knot, ascending; a superset of ``cycle``.
        public var members: [Int]
    }

    /// The knots among `type` links, excluding an item linking to itself
    /// (that is `self-reference`), ordered by smallest member.
    public static func knots(in graph: BacklogGraph, of type: LinkType) -> [Knot] {
        knots(count: graph.items.count) { node in
            graph.outgoing(from: node, type).map(\.to).filter { $0 != node }
        }
    }

    /// The knots of any graph with `count` nodes and `successors`, ordered by
    /// smallest member; a node linking only to itself is no knot.
    public static func knots(count: Int, successors: (Int) -> [Int]) -> [Knot] {
        StronglyConnectedComponents.find(count: count, successors: successors)
            .filter { $0.count > 1 }
            .compactMap { component in
                shortestCycle(through: component[0], within: Set(component), successors: successors)
                    .map { Knot(cycle: $0, members: component) }
            }
    }

    /// Breadth-first search from `start` back to itself inside one component.
    private static func shortestCycle(
        through start: Int, within members: Set<Int>, successors: (Int) -> [Int]
    ) -> [Int]? {
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
