/// Where a chain of blockers ends.
public enum BlockerChainEnd: Hashable, Sendable {
    /// An open item that waits on nothing: the first thing to finish.
    case open(status: String?)
    /// A dropped item: it will never be done, so the chain never clears.
    case dropped(status: String?)
    /// An item in a cycle of open dependencies: it never clears either.
    case cycle
    /// An id that no item of the backlog carries: it can never be done.
    case missing
}

/// An open item that waits on a dependency that is not done.
public struct BlockedItem: Hashable, Sendable {
    /// At most this many ids of a chain are kept: longer chains keep their
    /// first ids and ``blocker``, so that output stays linear in the backlog.
    public static let shownChainLength = 4

    public var item: RankedItem
    /// The dependencies that are not done, as written: first those that
    /// name an item, then those that name no item.
    public var waitsOn: [ItemID]
    /// The chain from the item towards its first open blocker: each id
    /// depends on the next. At each step the chain follows a missing
    /// dependency if there is one, else a dropped one, otherwise the
    /// highest-ranked open one.
    /// All of it when it has at most ``shownChainLength`` ids; otherwise its
    /// first ids, the rest elided but ``blocker``.
    public var chainStart: [ItemID]
    /// The last id of the chain: the first blocker that waits on nothing
    /// open, a dropped item, an item in a cycle, or an id no item carries.
    public var blocker: ItemID
    /// The number of links from the item to ``blocker``; 1 when it waits on it directly.
    public var distance: Int
    /// What ``blocker`` is.
    public var end: BlockerChainEnd

    /// The whole chain when it is short; otherwise its first ids and the
    /// blocker, with `nil` where ids are left out.
    public var shownChain: [ItemID?] {
        chainStart.count == distance + 1 ? chainStart : chainStart.map { $0 } + [nil, blocker]
    }
}

/// What can start now and what waits on what: `cairn ready` and `cairn blocked`.
///
/// An item can start now when it is in scope, open, has reached a ready
/// status (drafts have not: they are not refined enough to start, while
/// items in progress or in review count), and every dependency is done.
/// A dependency on a dropped item never clears, nor does one on an id that
/// no item carries (a missing item): the item is blocked, never ready.
public struct Readiness: Sendable {
    private let order: RankingOrder
    private let scope: RankingScope
    private let dependencies: ReadinessDependencies

    public init(backlog: Backlog, order: RankingOrder, scope: RankingScope) {
        self.order = order
        self.scope = scope
        self.dependencies = ReadinessDependencies(graph: backlog.graph, statuses: backlog.configuration.statuses)
    }

    /// The items that can start now: those with a manual rank first, by
    /// rank; then by priority; then in rank order (by score under RICE, WSJF
    /// and value ÷ effort), so a must comes before a should whatever their
    /// scores, and among the musts the best-scored first.
    public func ready() -> [RankedItem] {
        let graph = dependencies.graph
        let ranked = order.sorted(
            graph.items.indices.filter { node in
                dependencies.isStartable(node) && dependencies.isSatisfied(node)
                    && scope.includes(kind: graph.items[node].kind)
            })
        // Sort key (group, priority, place in rank order): manually ranked
        // items form group 0 and keep their rank order (their priority
        // counts as 0); the others form group 1, ordered by the position of
        // their priority (none last), then by their place in rank order.
        let keyed = ranked.enumerated().map { index, item in
            let isManual = item.basis == .rank
            return (key: (isManual ? 0 : 1, isManual ? 0 : item.priorityPosition ?? Int.max, index), item: item)
        }
        return keyed.sorted { $0.key < $1.key }.map(\.item)
    }

    /// Every open item in scope with a dependency that is not done, in rank
    /// order, with the chain to its first open blocker. Linear in items
    /// plus links after one n log n sort into rank order: each node's next
    /// blocker is chosen once, chains share their ends, and long ones are
    /// elided.
    public func blocked() -> [BlockedItem] {
        let graph = dependencies.graph
        let ranking = order.sorted(graph.items.indices)
        let steps = nextSteps(ranking: ranking)
        var ends = [ChainEnd?](repeating: nil, count: graph.items.count)
        return ranking.filter { ranked in
            scope.includes(kind: graph.items[ranked.node].kind) && dependencies.isOpen(ranked.node)
                && !dependencies.isSatisfied(ranked.node)
        }.map { ranked in
            let node = ranked.node
            let end = chainEnd(after: node, steps: steps, ends: &ends)
            let isShort = end.distance + 1 <= BlockedItem.shownChainLength
            let shown = chainIDs(
                after: node, count: isShort ? end.distance : BlockedItem.shownChainLength - 2, steps: steps)
            return BlockedItem(
                item: ranked,
                waitsOn: dependencies.pending[node].map { graph.items[$0].id } + dependencies.missing[node],
                chainStart: [graph.items[node].id] + shown, blocker: end.blocker, distance: end.distance,
                end: end.kind)
        }
    }

    /// One link of a chain: to an item of the backlog, or to an id that no
    /// item carries.
    private enum ChainStep {
        case node(Int)
        case missing(ItemID)
    }

    /// Where a chain ends, seen from a node on it: the blocker, what it is,
    /// and how many links away it lies.
    private struct ChainEnd {
        var blocker: ItemID
        var kind: BlockerChainEnd
        var distance: Int
    }

    /// The link a chain follows from each node, chosen once: a missing
    /// dependency if there is one, else a dropped one, otherwise the
    /// highest-ranked open one; `nil` for a node whose dependencies are all
    /// done. Linear in items plus links, given `ranking`: every node in
    /// rank order.
    private func nextSteps(ranking: [RankedItem]) -> [ChainStep?] {
        var place = [Int](repeating: 0, count: ranking.count)
        for (index, ranked) in ranking.enumerated() { place[ranked.node] = index }
        return dependencies.graph.items.indices.map { node in
            if let missing = dependencies.missing[node].first { return .missing(missing) }
            let dropped = dependencies.droppedDependencies(of: node)
            let candidates = dropped.isEmpty ? dependencies.pending[node] : dropped
            return candidates.min { place[$0] < place[$1] }.map(ChainStep.node)
        }
    }

    /// Whether a chain stops at `node`: it is dropped, in a cycle, or all
    /// its dependencies are done.
    private func isChainEnd(_ node: Int) -> Bool {
        dependencies.isDropped(node) || dependencies.cycles[node] != nil || dependencies.isSatisfied(node)
    }

    /// What a chain ending at `node` ends with.
    private func endKind(_ node: Int) -> BlockerChainEnd {
        let status = dependencies.graph.items[node].status
        if dependencies.isDropped(node) { return .dropped(status: status) }
        if dependencies.cycles[node] != nil { return .cycle }
        return .open(status: status)
    }

    /// The end of the chain after `start`, which waits on something not
    /// done. Remembers in `ends` the end after every node it passes, so that
    /// all chains together take time linear in items plus links. It cannot
    /// loop: every cycle of open dependencies is known and ends a chain.
    private func chainEnd(after start: Int, steps: [ChainStep?], ends: inout [ChainEnd?]) -> ChainEnd {
        let graph = dependencies.graph
        var path: [Int] = []
        var current = start
        var end = ChainEnd(blocker: graph.items[start].id, kind: endKind(start), distance: 0)
        walk: while let step = steps[current] {
            switch step {
            case .missing(let id):
                end = ChainEnd(blocker: id, kind: .missing, distance: 1)
                break walk
            case .node(let next):
                if let known = ends[next] {
                    end = ChainEnd(blocker: known.blocker, kind: known.kind, distance: known.distance + 1)
                    break walk
                }
                if isChainEnd(next) {
                    end = ChainEnd(blocker: graph.items[next].id, kind: endKind(next), distance: 1)
                    break walk
                }
                path.append(next)
                current = next
            }
        }
        for node in path.reversed() {
            ends[node] = end
            end.distance += 1
        }
        return end
    }

    /// The ids of the first `count` links of the chain after `start`.
    private func chainIDs(after start: Int, count: Int, steps: [ChainStep?]) -> [ItemID] {
        var ids: [ItemID] = []
        var current = start
        while ids.count < count, let step = steps[current] {
            switch step {
            case .missing(let id):
                ids.append(id)
                return ids
            case .node(let next):
                ids.append(dependencies.graph.items[next].id)
                current = next
            }
        }
        return ids
    }
}
