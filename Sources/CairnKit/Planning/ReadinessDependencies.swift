/// The `depends_on` links as readiness and the plan see them: a done
/// dependency is satisfied, an open one is waited on, a dropped one will
/// never be done, and one naming no item of the backlog (a missing item)
/// never clears either: "every dependency done" cannot hold for it. Built
/// once in time linear in items plus links.
struct ReadinessDependencies: Sendable {
    let graph: BacklogGraph
    let statuses: StatusScheme
    /// Each node's dependencies that are not done (open or dropped), each
    /// once, in the order written.
    let pending: [[Int]]
    /// Each node's dependencies on ids no item carries, each once, in the
    /// order written.
    let missing: [[ItemID]]
    /// For each open node caught in a cycle of open dependencies, one such
    /// cycle in link order (the last node depends on the first); an item
    /// depending on itself is a cycle of one.
    let cycles: [Int: [Int]]

    init(graph: BacklogGraph, statuses: StatusScheme) {
        self.graph = graph
        self.statuses = statuses
        let isDone = graph.items.map { statuses.isDone($0.status) }
        let dependsOn = LinkType.dependsOn
        // The last node that took each node as a pending dependency, so
        // that a dependency written twice is taken once without a set.
        var takenBy = [Int](repeating: -1, count: graph.items.count)
        let pending = graph.items.indices.map { node in
            var found: [Int] = []
            for edge in graph.outgoingEdges(from: node)
            where edge.type == dependsOn && !isDone[edge.to] && takenBy[edge.to] != node {
                takenBy[edge.to] = node
                found.append(edge.to)
            }
            return found
        }
        var missing = [[ItemID]](repeating: [], count: graph.items.count)
        var written: [Int: Set<ItemID>] = [:]
        for dangling in graph.danglingReferences where dangling.reference.type == .dependsOn {
            let target = dangling.reference.target
            if written[dangling.from, default: []].insert(target).inserted { missing[dangling.from].append(target) }
        }
        let isOpen = graph.items.indices.map { !isDone[$0] && !statuses.isDropped(graph.items[$0].status) }
        var cycles: [Int: [Int]] = [:]
        let knots = CycleFinder.knots(count: graph.items.count) { node in
            isOpen[node] ? pending[node].filter { isOpen[$0] && $0 != node } : []
        }
        for knot in knots {
            for member in knot.members { cycles[member] = knot.cycle }
        }
        for node in graph.items.indices where isOpen[node] && cycles[node] == nil && pending[node].contains(node) {
            cycles[node] = [node]
        }
        self.pending = pending
        self.missing = missing
        self.cycles = cycles
    }

    /// Whether the item at `node` is neither done nor dropped.
    func isOpen(_ node: Int) -> Bool { statuses.isOpen(graph.items[node].status) }

    /// Whether the item at `node` is dropped.
    func isDropped(_ node: Int) -> Bool { statuses.isDropped(graph.items[node].status) }

    /// Whether every dependency of `node` names an item that is done.
    func isSatisfied(_ node: Int) -> Bool { pending[node].isEmpty && missing[node].isEmpty }

    /// Whether `node` depends on something that will never be done: a
    /// dropped item or a missing one.
    func neverClears(_ node: Int) -> Bool { !missing[node].isEmpty || !droppedDependencies(of: node).isEmpty }

    /// The dropped dependencies of `node`: it can never start.
    func droppedDependencies(of node: Int) -> [Int] { pending[node].filter(isDropped) }

    /// The open dependencies of `node`: what it waits on.
    func openDependencies(of node: Int) -> [Int] { pending[node].filter(isOpen) }
}
