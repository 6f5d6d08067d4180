/// The done share of each item's subtree — the item and its descendants
/// through `parent` links — for every item of a backlog, computed once.
///
/// `parent` names one item, so the hierarchy is a forest, except that a
/// broken backlog may close a cycle of parents: the items on a cycle are
/// each other's descendants, so they share one subtree, the cycle and
/// everything under it. Shares are summed leaves first from a work list,
/// never by recursion, so a chain of any depth takes linear time and no
/// stack. When a configuration makes `parent` a list of ids, subtrees
/// overlap and cannot be summed: each share is then counted item by item.
struct OKRSubtreeShares {
    private let graph: BacklogGraph
    private let statuses: StatusScheme
    /// Per node, its subtree's share; `nil` when an item has several parents.
    private let summed: [CompletionShare]?

    init(graph: BacklogGraph, statuses: StatusScheme) {
        self.graph = graph
        self.statuses = statuses
        summed = Self.summed(graph: graph, statuses: statuses)
    }

    /// The share of `node` and its descendants, each counted once.
    func share(of node: Int) -> CompletionShare {
        if let summed { return summed[node] }
        return CompletionShare(of: ([node] + graph.descendants(of: node)).map { graph.items[$0] }, statuses: statuses)
    }

    private static func summed(graph: BacklogGraph, statuses: StatusScheme) -> [CompletionShare]? {
        let count = graph.items.count
        var parents: [Int?] = []
        parents.reserveCapacity(count)
        for node in 0..<count {
            let targets = Set(graph.outgoing(from: node, .parent).map(\.to))
            guard targets.count <= 1 else { return nil }
            parents.append(targets.first)
        }
        var totals = graph.items.map { CompletionShare(of: [$0], statuses: statuses) }
        var waitingChildren = [Int](repeating: 0, count: count)
        for parent in parents.compactMap({ $0 }) { waitingChildren[parent] += 1 }
        var finished = [Bool](repeating: false, count: count)
        var ready = (0..<count).filter { waitingChildren[$0] == 0 }
        while let node = ready.popLast() {
            finished[node] = true
            guard let parent = parents[node] else { continue }
            totals[parent].add(totals[node])
            waitingChildren[parent] -= 1
            if waitingChildren[parent] == 0 { ready.append(parent) }
        }
        // What is left waits on a child on its own cycle of parents: every
        // item left is on a cycle and already holds the share of the trees under it.
        for start in 0..<count where !finished[start] {
            var cycle = [start]
            var next = parents[start]
            while let node = next, node != start, !finished[node] {
                finished[node] = true
                cycle.append(node)
                next = parents[node]
            }
            finished[start] = true
            let total = cycle.reduce(into: CompletionShare.none) { $0.add(totals[$1]) }
            for node in cycle { totals[node] = total }
        }
        return totals
    }
}
