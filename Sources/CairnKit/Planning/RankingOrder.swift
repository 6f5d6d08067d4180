/// Where an item falls in the rank order.
public enum RankBasis: String, Hashable, Sendable, Comparable {
    /// A manual `rank` field (a number ≥ 0, lower first) overrides any score.
    case rank
    /// A score under the chosen model.
    case score
    /// No score: listed after every scored item, with the reason.
    case unscored

    private var order: Int {
        switch self {
        case .rank: return 0
        case .score: return 1
        case .unscored: return 2
        }
    }

    public static func < (lhs: RankBasis, rhs: RankBasis) -> Bool { lhs.order < rhs.order }
}

/// One item's place in the rank order: its manual rank, its score and the
/// keys that order it.
public struct RankedItem: Hashable, Sendable {
    /// The item's node in the backlog graph.
    public var node: Int
    public var id: ItemID
    /// The manual `rank` field, if the item has one.
    public var manualRank: Double?
    /// The score under the model ranked by; shown even for manually ranked items.
    public var score: Score
    public var basis: RankBasis
    /// The position of the item's priority in the configured priorities;
    /// `nil` without a priority.
    public var priorityPosition: Int?

    /// Whether `self` comes before `other`: manually ranked items first, by
    /// rank; then scored items, best score first; then unscored items. Ties
    /// break by priority (none last), then id, then node (files sharing an id).
    public func precedes(_ other: RankedItem) -> Bool {
        if basis != other.basis { return basis < other.basis }
        let key = primaryKey
        let otherKey = other.primaryKey
        if key != otherKey { return key < otherKey }
        let priority = priorityPosition ?? Int.max
        let otherPriority = other.priorityPosition ?? Int.max
        if priority != otherPriority { return priority < otherPriority }
        return (id, node) < (other.id, other.node)
    }

    /// Lower first: the manual rank, the negated number score, or the
    /// priority's position.
    private var primaryKey: Double {
        switch (basis, score) {
        case (.rank, _): return manualRank ?? 0
        case (.score, .number(let value)): return -value
        case (.score, .priority(_, let position)): return Double(position)
        default: return 0
        }
    }
}

/// Puts items in rank order under one ``ScoringModel``.
public struct RankingOrder: Sendable {
    public let model: ScoringModel
    private let graph: BacklogGraph
    private let configuration: Configuration

    public init(backlog: Backlog, by model: ScoringModel) {
        self.model = model
        self.graph = backlog.graph
        self.configuration = backlog.configuration
    }

    /// The place of the item at `node`.
    public func rankedItem(_ node: Int) -> RankedItem {
        let item = graph.items[node]
        let manualRank = item.fields["rank"]?.numberValue
        let score = Scoring.score(item, by: model, configuration: configuration)
        let basis: RankBasis = manualRank != nil ? .rank : score.isScored ? .score : .unscored
        return RankedItem(
            node: node, id: item.id, manualRank: manualRank, score: score, basis: basis,
            priorityPosition: configuration.priorityRank(item.priority))
    }

    /// `nodes` in rank order; n log n.
    public func sorted(_ nodes: some Sequence<Int>) -> [RankedItem] {
        nodes.map(rankedItem).sorted { $0.precedes($1) }
    }

    /// The open items in `scope` (neither done nor dropped), in rank order:
    /// what `cairn rank` lists.
    public func openItems(in scope: RankingScope) -> [RankedItem] {
        let statuses = configuration.statuses
        return sorted(
            graph.items.indices.filter {
                scope.includes(kind: graph.items[$0].kind) && statuses.isOpen(graph.items[$0].status)
            })
    }
}
