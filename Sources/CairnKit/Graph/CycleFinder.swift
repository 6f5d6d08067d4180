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
        knots(of: Adjacency(graph, type))
    }

    /// The knots of any graph with `count` nodes and `successors`, ordered by
    /// smallest member; a node linking only to itself is no knot.
    public static func knots(count: Int, successors: (Int) -> [Int]) -> [Knot] {
        knots(of: Adjacency(count: count, successors: successors))
    }

    private static func knots(of graph: Adjacency) -> [Knot] {
        let labels = StronglyConnectedComponents.Labels(of: graph)
        var previous = [Int](repeating: -1, count: graph.count)
        return labels.members(minimumSize: 2).compactMap { members in
            shortestCycle(through: members[0], in: graph, labels: labels, previous: &previous).map {
                Knot(cycle: $0, members: members)
            }
        }
    }

    /// Breadth-first search from `start` back to itself inside its component.
    ///
    /// `previous` (each node's predecessor on the search, -1 for none) spans
    /// the whole graph and is shared by every knot's search: a search sets
    /// entries of its own component only, and each component is searched
    /// once, so no entry needs clearing and many small knots cost their own
    /// size rather than the backlog's size each.
    private static func shortestCycle(
        through start: Int, in graph: Adjacency, labels: StronglyConnectedComponents.Labels, previous: inout [Int]
    ) -> [Int]? {
        let component = labels.component[start]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in graph[node] where labels.component[next] == component {
                if next == start {
                    var path = [node]
                    while previous[path[path.count - 1]] >= 0 { path.append(previous[path[path.count - 1]]) }
                    return path.reversed()
                }
                guard previous[next] < 0 else { continue }
                previous[next] = node
                queue.append(next)
            }
        }
        return nil
    }
}
