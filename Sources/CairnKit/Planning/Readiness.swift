/// Where a chain of blockers ends.
public enum BlockerChainEnd: Hashable, Sendable {
    /// An open item that waits on nothing: the first thing to finish.
    case open(status: String?)
    /// A dropped item: it will never be done, so the chain never clears.
    case dropped(status: String?)
    /// An item in a cycle of open dependencies: it never clears either.
    case cycle
}

/// An open item that waits on a dependency that is not done.
public struct BlockedItem: Hashable, Sendable {
    /// At most this many ids of a chain are kept: longer chains keep their
    /// first ids and ``blocker``, so that output stays linear in the backlog.
    public static let shownChainLength = 4

    public var item: RankedItem
    /// The dependencies that are not done, as written.
    public var waitsOn: [ItemID]
    /// The chain from the item towards its first open blocker: each id
    /// depends on the next. At each step the chain follows a dropped
    /// dependency if there is one, otherwise the highest-ranked open one.
    /// All of it when it has at most ``shownChainLength`` ids; otherwise its
    /// first ids, the rest elided but ``blocker``.
    public var chainStart: [ItemID]
    /// The last item of the chain: the first blocker that waits on nothing
    /// open, a dropped item, or an item in a cycle.
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
/// A dependency on a dropped item never clears.
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
        let statuses = dependencies.statuses
        let ranked = order.sorted(
            graph.items.indices.filter { node in
                let item = graph.items[node]
                return scope.includes(kind: item.kind) && statuses.isOpen(item.status)
                    && statuses.hasReachedReady(item.status) && dependencies.pending[node].isEmpty
            })
        return ranked.enumerated().sorted { first, second in
            let firstKey = (first.element.basis == .rank ? 0 : 1, first.element.priorityPosition ?? Int.max)
            let secondKey = (second.element.basis == .rank ? 0 : 1, second.element.priorityPosition ?? Int.max)
            if first.element.basis == .rank || second.element.basis == .rank || firstKey == secondKey {
                return first.offset < second.offset
            }
            return firstKey < secondKey
        }.map(\.element)
    }

    /// Every open item in scope with a dependency that is not done, in rank
    /// order, with the chain to its first open blocker. Linear in items
    /// plus links: chains share their ends, and long ones are elided.
    public func blocked() -> [BlockedItem] {
        let graph = dependencies.graph
        let candidates = graph.items.indices.filter { node in
            scope.includes(kind: graph.items[node].kind) && dependencies.isOpen(node)
                && !dependencies.pending[node].isEmpty
        }
        var ends: [Int: ChainEnd] = [:]
        let ids = { (nodes: [Int]) in nodes.map { graph.items[$0].id } }
        return order.sorted(candidates).map { ranked in
            let end = chainEnd(after: ranked.node, ends: &ends)
            let isShort = end.distance + 1 <= BlockedItem.shownChainLength
            let shown = chainNodes(after: ranked.node, count: isShort ? end.distance : BlockedItem.shownChainLength - 2)
            return BlockedItem(
                item: ranked, waitsOn: ids(dependencies.pending[ranked.node]), chainStart: ids([ranked.node] + shown),
                blocker: graph.items[end.blocker].id, distance: end.distance, end: end.kind)
        }
    }

    /// Where a chain ends, seen from a node on it: the blocker, what it is,
    /// and how many links away it lies.
    private struct ChainEnd {
        var blocker: Int
        var kind: BlockerChainEnd
        var distance: Int
    }

    /// Whether a chain stops at `node`: it is dropped, in a cycle, or waits
    /// on nothing that is not done.
    private func isChainEnd(_ node: Int) -> Bool {
        dependencies.isDropped(node) || dependencies.cycles[node] != nil || dependencies.pending[node].isEmpty
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
    private func chainEnd(after start: Int, ends: inout [Int: ChainEnd]) -> ChainEnd {
        var path: [Int] = []
        var current = start
        var end = ChainEnd(blocker: start, kind: endKind(start), distance: 0)
        while let next = nextBlocker(of: current) {
            if let known = ends[next] {
                end = ChainEnd(blocker: known.blocker, kind: known.kind, distance: known.distance + 1)
                break
            }
            if isChainEnd(next) {
                end = ChainEnd(blocker: next, kind: endKind(next), distance: 1)
                break
            }
            path.append(next)
            current = next
        }
        for node in path.reversed() {
            ends[node] = end
            end.distance += 1
        }
        return end
    }

    /// The first `count` nodes of the chain after `start`.
    private func chainNodes(after start: Int, count: Int) -> [Int] {
        var nodes: [Int] = []
        var current = start
        while nodes.count < count, let next = nextBlocker(of: current) {
            nodes.append(next)
            current = next
        }
        return nodes
    }

    /// The dependency of `node` a chain follows: a dropped one if there is
    /// one, otherwise the highest-ranked open one.
    private func nextBlocker(of node: Int) -> Int? {
        let dropped = dependencies.droppedDependencies(of: node)
        let candidates = dropped.isEmpty ? dependencies.pending[node] : dropped
        return order.sorted(candidates).first?.node
    }
}
