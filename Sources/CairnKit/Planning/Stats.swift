/// Counts over a backlog for `cairn stats`: items by kind, status, priority
/// and owner, estimate totals, and the items with the most linked feedback.
public struct BacklogStats: Hashable, Sendable {
    /// How many items carry one value of a field; `value` is `nil` for the
    /// items without one.
    public struct Count: Hashable, Sendable {
        public var value: String?
        public var items: Int

        public init(value: String?, items: Int) {
            self.value = value
            self.items = items
        }
    }

    /// The sum of the `estimate` of some items, and how many items had one.
    public struct EstimateTotal: Hashable, Sendable {
        public var total: Double
        public var items: Int

        public init(total: Double = 0, items: Int = 0) {
            self.total = total
            self.items = items
        }
    }

    /// An item and the distinct feedback items linked to it, by id.
    public struct LinkedFeedback: Hashable, Sendable {
        public var id: ItemID
        public var title: String?
        public var feedback: [ItemID]

        public init(id: ItemID, title: String?, feedback: [ItemID]) {
            self.id = id
            self.title = title
            self.feedback = feedback
        }
    }

    /// How many items were counted.
    public var items: Int
    /// Kinds in configuration order, then unknown kinds by name; only kinds
    /// that occur.
    public var kinds: [Count]
    /// Every configured status in workflow order (zeros included), then
    /// unknown statuses by name, then the items without a status, if any.
    public var statuses: [Count]
    /// Every configured priority in order (zeros included), then unknown
    /// priorities by name, then the items without a priority, if any.
    public var priorities: [Count]
    /// Owners by number of items (most first), then by name; the unassigned
    /// items last, if any.
    public var owners: [Count]
    /// Estimates of open items: neither done nor dropped.
    public var openEstimate: EstimateTotal
    /// Estimates of items whose status means done.
    public var doneEstimate: EstimateTotal
    /// Estimates of dropped items, kept apart from both.
    public var droppedEstimate: EstimateTotal
    /// Items (other than feedback) by the number of distinct feedback items
    /// linked to them, most first, then by id; only items with at least one.
    public var mostLinkedFeedback: [LinkedFeedback]

    /// The stats of the items of `graph` that `filter` selects. Linked
    /// feedback counts, for each item, the distinct items its `evidence`
    /// names plus the items of kind `feedback` that link to it in any way
    /// (a `relates_to`, a `[[mention]]`); the feedback itself need not match
    /// the filter. `top` caps that list.
    public init(graph: BacklogGraph, filter: ItemFilter = ItemFilter(), configuration: Configuration, top: Int) {
        let nodes = graph.items.indices.filter { filter.matches(graph.items[$0]) }
        let items = nodes.map { graph.items[$0] }
        self.items = items.count
        kinds = Self.counts(items, \.kind, fixed: configuration.kinds.map(\.name)).filter { $0.items > 0 }
        statuses = Self.counts(items, \.status, fixed: configuration.statuses.order)
        priorities = Self.counts(items, \.priority, fixed: configuration.priorities)
        owners = Self.counts(items, \.owner, fixed: []).sorted {
            ($0.value == nil ? 1 : 0, -$0.items, $0.value ?? "") < ($1.value == nil ? 1 : 0, -$1.items, $1.value ?? "")
        }
        var estimates: [StatusCategory: EstimateTotal] = [:]
        for item in items {
            guard let estimate = item.fields["estimate"]?.numberValue else { continue }
            estimates[configuration.statuses.category(of: item.status), default: EstimateTotal()].add(estimate)
        }
        openEstimate = estimates[.open] ?? EstimateTotal()
        doneEstimate = estimates[.done] ?? EstimateTotal()
        droppedEstimate = estimates[.dropped] ?? EstimateTotal()
        mostLinkedFeedback = Array(
            nodes.filter { graph.items[$0].kind != Self.feedbackKind }
                .map { node in
                    LinkedFeedback(
                        id: graph.items[node].id, title: graph.items[node].title,
                        feedback: Self.linkedFeedback(of: node, in: graph))
                }
                .filter { !$0.feedback.isEmpty }
                .sorted { ($1.feedback.count, $0.id) < ($0.feedback.count, $1.id) }
                .prefix(max(0, top)))
    }

    /// The kind whose items are customer feedback.
    static let feedbackKind = "feedback"

    private static func linkedFeedback(of node: Int, in graph: BacklogGraph) -> [ItemID] {
        let named = graph.outgoing(from: node, .evidence).map(\.to)
        let pointing = graph.incoming(to: node).map(\.from).filter { graph.items[$0].kind == feedbackKind }
        return Set((named + pointing).map { graph.items[$0].id }).sorted()
    }

    private static func counts(_ items: [Item], _ value: (Item) -> String?, fixed: [String]) -> [Count] {
        var tally: [String?: Int] = [:]
        for item in items { tally[value(item), default: 0] += 1 }
        return GroupOrder.keys(fixed: fixed, present: tally.keys).map { Count(value: $0, items: tally[$0] ?? 0) }
    }
}

extension BacklogStats.EstimateTotal {
    fileprivate mutating func add(_ estimate: Double) {
        total += estimate
        items += 1
    }
}
