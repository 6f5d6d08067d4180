/// One step of the plan.
public struct PlanStep: Hashable, Sendable {
    public var item: RankedItem
    /// The open dependencies, all planned earlier, as written.
    public var after: [ItemID]
}

/// Why an open item cannot be planned.
public enum UnplannedReason: Hashable, Sendable {
    /// The item is in a cycle of open dependencies: this one, in link order
    /// (each depends on the next, the last on the first).
    case cycle([ItemID])
    /// The item is caught in the same cycle of open dependencies as the
    /// item `as`, which comes earlier in the list and shows the whole
    /// cycle of `length` items.
    case sameCycle(as: ItemID, length: Int)
    /// The item depends on ids that no item carries, which will never be done.
    case missingDependencies([ItemID])
    /// The item depends on dropped items, which will never be done.
    case droppedDependencies([ItemID])
    /// The item waits on these dependencies, which cannot be planned themselves.
    case waitsOn([ItemID])
}

/// An open item left out of the plan, and why.
public struct UnplannedItem: Hashable, Sendable {
    public var item: RankedItem
    public var reason: UnplannedReason
}

/// `cairn plan`: a complete order of the open work that respects every
/// dependency and, among the items free to start, takes the highest-ranked
/// first — Kahn's topological sort driven by a priority queue, n log n in
/// items plus links.
///
/// The plan covers the open items in scope plus every open item they wait
/// on, whatever its kind, since those must be finished first. A done
/// dependency is satisfied. Items in a dependency cycle, items depending on
/// a dropped item or on an id that no item carries (a missing item), and
/// items waiting on any of those are reported as unplanned, never looped on.
///
/// A cycle of at most ``repeatedCycleLength`` items is written out for each
/// of its members; a longer one only for its first member in the list, the
/// others naming that member, so that the output stays linear in the backlog.
public struct PlanOrder: Sendable {
    /// Cycles of at most this many items are written out for every member.
    public static let repeatedCycleLength = 4

    /// The plan, first step first.
    public let steps: [PlanStep]
    /// What cannot be planned, in rank order.
    public let unplanned: [UnplannedItem]

    public init(backlog: Backlog, order: RankingOrder, scope: RankingScope) {
        let dependencies = ReadinessDependencies(graph: backlog.graph, statuses: backlog.configuration.statuses)
        let graph = backlog.graph
        let members = Self.members(graph: graph, scope: scope, dependencies: dependencies)
        var waitingCount = [Int](repeating: 0, count: graph.items.count)
        var waiters = [[Int]](repeating: [], count: graph.items.count)
        var queue = PlanOrderQueue()
        for node in members {
            let open = dependencies.openDependencies(of: node)
            waitingCount[node] = open.count
            for dependency in open { waiters[dependency].append(node) }
            if open.isEmpty && !dependencies.neverClears(node) {
                queue.insert(order.rankedItem(node))
            }
        }
        var steps: [PlanStep] = []
        var planned = Set<Int>()
        while let next = queue.popFirst() {
            planned.insert(next.node)
            steps.append(
                PlanStep(item: next, after: dependencies.openDependencies(of: next.node).map { graph.items[$0].id }))
            for waiter in waiters[next.node] {
                waitingCount[waiter] -= 1
                if waitingCount[waiter] == 0 && !dependencies.neverClears(waiter) {
                    queue.insert(order.rankedItem(waiter))
                }
            }
        }
        self.steps = steps
        var cycleShownAt: [Int: ItemID] = [:]
        self.unplanned = order.sorted(members.filter { !planned.contains($0) }).map { ranked in
            let ids = { (nodes: [Int]) in nodes.map { graph.items[$0].id } }
            let node = ranked.node
            if let cycle = dependencies.cycles[node] {
                if cycle.count > Self.repeatedCycleLength, let first = cycleShownAt[cycle[0]] {
                    return UnplannedItem(item: ranked, reason: .sameCycle(as: first, length: cycle.count))
                }
                cycleShownAt[cycle[0]] = ranked.id
                return UnplannedItem(item: ranked, reason: .cycle(ids(cycle)))
            }
            let missing = dependencies.missing[node]
            if !missing.isEmpty { return UnplannedItem(item: ranked, reason: .missingDependencies(missing)) }
            let dropped = dependencies.droppedDependencies(of: node)
            if !dropped.isEmpty { return UnplannedItem(item: ranked, reason: .droppedDependencies(ids(dropped))) }
            let stuck = dependencies.openDependencies(of: node).filter { !planned.contains($0) }
            return UnplannedItem(item: ranked, reason: .waitsOn(ids(stuck)))
        }
    }

    /// The open items in scope and, transitively, every open item they
    /// depend on, in node order.
    private static func members(
        graph: BacklogGraph, scope: RankingScope, dependencies: ReadinessDependencies
    ) -> [Int] {
        var included = [Bool](repeating: false, count: graph.items.count)
        var stack = graph.items.indices.filter { scope.includes(kind: graph.items[$0].kind) && dependencies.isOpen($0) }
        for node in stack { included[node] = true }
        while let node = stack.popLast() {
            for dependency in dependencies.openDependencies(of: node) where !included[dependency] {
                included[dependency] = true
                stack.append(dependency)
            }
        }
        return graph.items.indices.filter { included[$0] }
    }
}
