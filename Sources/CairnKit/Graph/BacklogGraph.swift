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
/// Built once per load in time linear in items plus references; every
/// question Cairn answers is a query over it. Node indices follow the items'
/// order (by id, then path), so everything derived from it is deterministic.
public struct BacklogGraph: Sendable {
    /// Every item, sorted by id then path. Items sharing an id are all here.
    public let items: [Item]
    /// The node of each id: the first item, in order, that carries it.
    private let nodeByID: [ItemID: Int]
    /// Ids carried by more than one item, with all their nodes.
    public let duplicateIDs: [ItemID: [Int]]
    private let outgoingEdges: [[Edge]]
    private let incomingEdges: [[Edge]]
    /// References to ids no item carries, in item order.
    public let danglingReferences: [DanglingReference]

    public init(items unsorted: [Item]) {
        let items = unsorted.sorted { ($0.id, $0.path) < ($1.id, $1.path) }
        var nodeByID: [ItemID: Int] = [:]
        nodeByID.reserveCapacity(items.count)
        var duplicates: [ItemID: [Int]] = [:]
        for (index, item) in items.enumerated() {
            if let first = nodeByID[item.id] {
                duplicates[item.id, default: [first]].append(index)
            } else {
                nodeByID[item.id] = index
            }
        }
        var outgoing = [[Edge]](repeating: [], count: items.count)
        var incoming = [[Edge]](repeating: [], count: items.count)
        var dangling: [DanglingReference] = []
        for (index, item) in items.enumerated() {
            for reference in item.references {
                guard let target = nodeByID[reference.target] else {
                    dangling.append(DanglingReference(from: index, reference: reference))
                    continue
                }
                let edge = Edge(type: reference.type, from: index, to: target, location: reference.location)
                outgoing[index].append(edge)
                incoming[target].append(edge)
            }
        }
        self.items = items
        self.nodeByID = nodeByID
        self.duplicateIDs = duplicates
        self.outgoingEdges = outgoing
        self.incomingEdges = incoming
        self.danglingReferences = dangling
    }

    /// The node carrying `id`, if any.
    public func node(_ id: ItemID) -> Int? { nodeByID[id] }

    /// The item carrying `id`, if any.
    public func item(_ id: ItemID) -> Item? { nodeByID[id].map { items[$0] } }

    /// Links from `node`, optionally of one type, in file order.
    public func outgoing(from node: Int, _ type: LinkType? = nil) -> [Edge] {
        guard let type else { return outgoingEdges[node] }
        return outgoingEdges[node].filter { $0.type == type }
    }

    /// Links to `node`, optionally of one type, in referring-item order.
    public func incoming(to node: Int, _ type: LinkType? = nil) -> [Edge] {
        guard let type else { return incomingEdges[node] }
        return incomingEdges[node].filter { $0.type == type }
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
