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
    public var item: RankedItem
    /// The dependencies that are not done, as written.
    public var waitsOn: [ItemID]
    /// From the item to the first open blocker: each id depends on the next.
    /// At each step the chain follows a dropped dependency if there is one,
    /// otherwise the highest-ranked open one.
    public var chain: [ItemID]
    /// What the last item of ``chain`` is.
    public var end: BlockerChainEnd
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

    /// The items that can start now, in rank order.
    public func ready() -> [RankedItem] {
        let graph = dependencies.graph
        let statuses = dependencies.statuses
        return order.sorted(
            graph.items.indices.filter { node in
                let item = graph.items[node]
                return scope.includes(kind: item.kind) && statuses.isOpen(item.status)
                    && statuses.hasReachedReady(item.status) && dependencies.pending[node].isEmpty
            })
    }

    /// Every open item in scope with a dependency that is not done, in rank
    /// order, with the chain to its first open blocker.
    public func blocked() -> [BlockedItem] {
        let graph = dependencies.graph
        let candidates = graph.items.indices.filter { node in
            scope.includes(kind: graph.items[node].kind) && dependencies.isOpen(node)
                && !dependencies.pending[node].isEmpty
        }
        return order.sorted(candidates).map { ranked in
            let (chain, end) = chainToFirstBlocker(from: ranked.node)
            return BlockedItem(
                item: ranked, waitsOn: dependencies.pending[ranked.node].map { graph.items[$0].id },
                chain: chain.map { graph.items[$0].id }, end: end)
        }
    }

    /// The chain from `start`, which has a pending dependency, to the first
    /// item that does not wait on anything open. It cannot loop: every
    /// cycle of open dependencies is known and ends the chain.
    private func chainToFirstBlocker(from start: Int) -> ([Int], BlockerChainEnd) {
        var chain = [start]
        var current = start
        while let next = nextBlocker(of: current) {
            chain.append(next)
            let status = dependencies.graph.items[next].status
            if dependencies.isDropped(next) { return (chain, .dropped(status: status)) }
            if dependencies.cycles[next] != nil { return (chain, .cycle) }
            if dependencies.pending[next].isEmpty { return (chain, .open(status: status)) }
            current = next
        }
        return (chain, .open(status: dependencies.graph.items[current].status))
    }

    /// The dependency of `node` a chain follows: a dropped one if there is
    /// one, otherwise the highest-ranked open one.
    private func nextBlocker(of node: Int) -> Int? {
        let dropped = dependencies.droppedDependencies(of: node)
        let candidates = dropped.isEmpty ? dependencies.pending[node] : dropped
        return order.sorted(candidates).first?.node
    }
}
