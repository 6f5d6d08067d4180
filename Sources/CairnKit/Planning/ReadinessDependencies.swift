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

    /// What each node's status means: done, dropped or open.
    private let statusMeanings: [StatusMeaning]

    init(graph: BacklogGraph, statuses: StatusScheme) {
        self.graph = graph
        self.statuses = statuses
        let meanings = StatusMeanings(statuses)
        let statusMeanings = graph.items.map { meanings.meaning(of: $0.status) }
        let isDone = statusMeanings.map(\.isDone)
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
        let isOpen = statusMeanings.map(\.isOpen)
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
        self.statusMeanings = statusMeanings
    }

    /// Whether the item at `node` is neither done nor dropped.
    func isOpen(_ node: Int) -> Bool { statusMeanings[node].isOpen }

    /// Whether the item at `node` is dropped.
    func isDropped(_ node: Int) -> Bool { statusMeanings[node].isDropped }

    /// Whether the item at `node` is open and its status has reached a
    /// ready one: it can start once its dependencies are done.
    func isStartable(_ node: Int) -> Bool { statusMeanings[node].isOpen && statusMeanings[node].hasReachedReady }

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

/// What a status means for readiness.
struct StatusMeaning: Sendable {
    var isDone: Bool
    var isDropped: Bool
    /// Whether the status has reached a ready one (see ``StatusScheme/hasReachedReady(_:)``).
    var hasReachedReady: Bool

    /// Neither done nor dropped.
    var isOpen: Bool { !isDone && !isDropped }
}

/// What statuses mean, worked out once per status of the scheme: a
/// backlog of ten thousand items has a handful of statuses, and comparing
/// a short string with a few others costs less than hashing it into the
/// scheme's sets once per item and question.
struct StatusMeanings {
    /// The scheme's first statuses, compared one by one.
    private let first: [(status: String, meaning: StatusMeaning)]
    /// The scheme's further statuses, by hash, so that a scheme of
    /// thousands of statuses cannot make each lookup slow.
    private let further: [String: StatusMeaning]
    private let statuses: StatusScheme

    /// How many statuses ``first`` holds at most.
    private static let compared = 16

    init(_ statuses: StatusScheme) {
        let firstReady = statuses.order.firstIndex(where: statuses.ready.contains)
        var first: [(status: String, meaning: StatusMeaning)] = []
        var further: [String: StatusMeaning] = [:]
        for (position, status) in statuses.order.enumerated() {
            let isDropped = statuses.dropped.contains(status)
            let meaning = StatusMeaning(
                isDone: statuses.done.contains(status), isDropped: isDropped,
                hasReachedReady: !isDropped && firstReady.map { position >= $0 } ?? false)
            // A status written twice in the order counts at its first place.
            if first.contains(where: { $0.status == status }) || further[status] != nil { continue }
            if first.count < Self.compared {
                first.append((status, meaning))
            } else {
                further[status] = meaning
            }
        }
        self.first = first
        self.further = further
        self.statuses = statuses
    }

    /// What `status` means; an item without a status is open, and one
    /// whose status the order lacks has not reached a ready one.
    func meaning(of status: String?) -> StatusMeaning {
        guard let status else { return StatusMeaning(isDone: false, isDropped: false, hasReachedReady: false) }
        if let known = first.first(where: { $0.status == status })?.meaning ?? further[status] { return known }
        return StatusMeaning(
            isDone: statuses.done.contains(status), isDropped: statuses.dropped.contains(status),
            hasReachedReady: false)
    }
}
