/// A typed link between two items of the graph, by node index.
public struct Edge: Hashable, Sendable {
    public var type: LinkType
    /// The referring item.
    public var from: Int
    /// The referred item.
    public var to: Int
    /// Where the reference is written in the referring item's file.
    public var location: SourcePosition
}

/// A reference whose target is no item of the backlog.
public struct DanglingReference: Hashable, Sendable {
    public var from: Int
    public var reference: Reference
}

/// The backlog as a graph: items are nodes, references are typed edges.
///
/// Built once per load in time linear in items plus references (see
/// ``NodeOrder``); every question Cairn answers is a query over it. Node
/// indices follow the items' order (by id, then path), so everything derived
/// from it is deterministic. The edges live in one array, grouped by
/// referring node, with a second array of positions grouped by referred
/// node: two allocations for the whole graph rather than two per item.
public struct BacklogGraph: Sendable {
    /// Every item, sorted by id then path. Items sharing an id are all here.
    public let items: [Item]
    /// The node of each id: the first item, in order, that carries it.
    private let idIndex: IDIndex
    /// Ids carried by more than one item, with all their nodes.
    public let duplicateIDs: [ItemID: [Int]]
    /// Every edge, by referring node, each node's in file order.
    private let edges: [Edge]
    /// `edges[outgoingStart[node]..<outgoingStart[node + 1]]` leave `node`.
    private let outgoingStart: [Int]
    /// Positions in ``edges``, by referred node, each node's in referring-item order.
    private let incomingPositions: [Int]
    /// `incomingPositions[incomingStart[node]..<incomingStart[node + 1]]` reach `node`.
    private let incomingStart: [Int]
    /// References to ids no item carries, in item order.
    public let danglingReferences: [DanglingReference]

    public init(items unsorted: [Item]) {
        let unsortedIDs = unsorted.map(\.id)
        let order = NodeOrder.positions(ofIDs: unsortedIDs) { unsorted[$0].path }
        let items = order.map { unsorted[$0] }
        let ids = order.map { unsortedIDs[$0] }
        let idIndex = IDIndex(ids)
        var duplicates: [ItemID: [Int]] = [:]
        for node in ids.indices.dropFirst() where ids[node] == ids[node - 1] {
            duplicates[ids[node], default: [node - 1]].append(node)
        }
        var edges: [Edge] = []
        edges.reserveCapacity(items.reduce(0) { $0 + $1.references.count })
        var outgoingStart: [Int] = []
        outgoingStart.reserveCapacity(items.count + 1)
        var dangling: [DanglingReference] = []
        for (index, item) in items.enumerated() {
            outgoingStart.append(edges.count)
            for reference in item.references {
                guard let target = idIndex.node(reference.target) else {
                    dangling.append(DanglingReference(from: index, reference: reference))
                    continue
                }
                edges.append(Edge(type: reference.type, from: index, to: target, location: reference.location))
            }
        }
        outgoingStart.append(edges.count)
        var incomingStart = [Int](repeating: 0, count: items.count + 1)
        for edge in edges { incomingStart[edge.to + 1] += 1 }
        for node in items.indices { incomingStart[node + 1] += incomingStart[node] }
        var nextSlot = incomingStart
        var incomingPositions = [Int](repeating: 0, count: edges.count)
        for (position, edge) in edges.enumerated() {
            incomingPositions[nextSlot[edge.to]] = position
            nextSlot[edge.to] += 1
        }
        self.items = items
        self.idIndex = idIndex
        self.duplicateIDs = duplicates
        self.edges = edges
        self.outgoingStart = outgoingStart
        self.incomingPositions = incomingPositions
        self.incomingStart = incomingStart
        self.danglingReferences = dangling
    }

    /// The node carrying `id`, if any.
    public func node(_ id: ItemID) -> Int? { idIndex.node(id) }

    /// The item carrying `id`, if any.
    public func item(_ id: ItemID) -> Item? { idIndex.node(id).map { items[$0] } }

    /// Links from `node`, optionally of one type, in file order.
    public func outgoing(from node: Int, _ type: LinkType? = nil) -> [Edge] {
        let links = outgoingEdges(from: node)
        guard let type else { return Array(links) }
        return links.filter { $0.type == type }
    }

    /// Links to `node`, optionally of one type, in referring-item order.
    public func incoming(to node: Int, _ type: LinkType? = nil) -> [Edge] {
        incomingPositions[incomingStart[node]..<incomingStart[node + 1]].compactMap { position in
            let edge = edges[position]
            return type == nil || edge.type == type ? edge : nil
        }
    }

    /// Links from `node` in file order, without copying them.
    func outgoingEdges(from node: Int) -> ArraySlice<Edge> {
        edges[outgoingStart[node]..<outgoingStart[node + 1]]
    }

    /// What `node` depends on.
    public func dependencies(of node: Int) -> [Int] { outgoing(from: node, .dependsOn).map(\.to) }

    /// What depends on `node`.
    public func dependents(of node: Int) -> [Int] { incoming(to: node, .dependsOn).map(\.from) }

    /// The items whose `parent` is `node`.
    public func children(of node: Int) -> [Int] { incoming(to: node, .parent).map(\.from) }

    /// Children, their children and so on, each once, breadth first.
    /// Terminates on hierarchy cycles.
    public func descendants(of node: Int) -> [Int] {
        var seen: Set<Int> = [node]
        var result: [Int] = []
        var queue = children(of: node)[...]
        while let next = queue.popFirst() {
            guard seen.insert(next).inserted else { continue }
            result.append(next)
            queue.append(contentsOf: children(of: next))
        }
        return result
    }
}
