/// The part of the backlog graph a diagram shows: a set of nodes, every link
/// between them, and optionally one node in focus.
public struct GraphSelection: Hashable, Sendable {
    /// Node indices, ascending (so by id), one per id.
    public let nodes: [Int]
    /// The node the selection was built around, if any.
    public let focus: Int?

    public init(nodes: [Int], focus: Int? = nil) {
        self.nodes = nodes
        self.focus = focus
    }

    /// Every item of the graph. Of several items sharing an id, only the one
    /// the graph resolves the id to is shown.
    public static func whole(_ graph: BacklogGraph) -> GraphSelection {
        GraphSelection(nodes: graph.items.indices.filter { graph.node(graph.items[$0].id) == $0 })
    }

    /// `node`, its direct neighbours both ways (any link type), its
    /// ancestors (parent, parent's parent, …) and its descendants.
    public static func neighbourhood(of node: Int, in graph: BacklogGraph) -> GraphSelection {
        var selected: Set<Int> = [node]
        for edge in graph.outgoing(from: node) { selected.insert(edge.to) }
        for edge in graph.incoming(to: node) { selected.insert(edge.from) }
        var ancestors: Set<Int> = [node]
        var current = node
        while let parent = graph.outgoing(from: current, .parent).first?.to, ancestors.insert(parent).inserted {
            current = parent
        }
        selected.formUnion(ancestors)
        selected.formUnion(graph.descendants(of: node))
        return GraphSelection(nodes: selected.sorted(), focus: node)
    }

    /// The links among the selected nodes: by source node, then in file
    /// order; a link repeated with the same type between the same items
    /// (a mention written twice) appears once.
    public func edges(in graph: BacklogGraph) -> [Edge] {
        let members = Set(nodes)
        var seen: Set<EdgeKey> = []
        var result: [Edge] = []
        for node in nodes {
            for edge in graph.outgoing(from: node) where members.contains(edge.to) {
                guard seen.insert(EdgeKey(from: edge.from, to: edge.to, type: edge.type)).inserted else { continue }
                result.append(edge)
            }
        }
        return result
    }

    private struct EdgeKey: Hashable {
        var from: Int
        var to: Int
        var type: LinkType
    }
}
