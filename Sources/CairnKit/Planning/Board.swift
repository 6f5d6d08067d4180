/// What the columns of a board stand for.
public enum BoardGrouping: String, Hashable, Sendable, CaseIterable {
    /// One column per status, in workflow order.
    case status
    /// One column per owner, by name, then the unassigned items.
    case owner
    /// One column per priority, most important first, then the items without one.
    case priority
}

/// One card of a board: an item, as the board shows it.
public struct BoardCard: Hashable, Sendable {
    public var id: ItemID
    public var title: String?
    /// Whether the item is open, done or dropped; renderers colour by it.
    public var category: StatusCategory

    public init(id: ItemID, title: String?, category: StatusCategory) {
        self.id = id
        self.title = title
        self.category = category
    }
}

/// One column of a board: a status, an owner or a priority, and its cards.
public struct BoardColumn: Hashable, Sendable {
    /// The status, owner or priority the column holds; `nil` for the items
    /// that have none.
    public var value: String?
    /// The column's heading: the value, or `no status`, `unassigned`, `no priority`.
    public var title: String
    /// For a status column, what its status means; `nil` otherwise.
    public var category: StatusCategory?
    /// The cards, by priority (most important first, none last), then by id.
    public var cards: [BoardCard]

    public init(value: String?, title: String, category: StatusCategory?, cards: [BoardCard]) {
        self.value = value
        self.title = title
        self.category = category
        self.cards = cards
    }
}

/// A kanban board: the items a filter selects, in columns by status, owner
/// or priority.
///
/// Which items: every item the filter matches, except that without a
/// `--kind` filter only work is shown (``WorkKinds``: not objectives, key
/// results, releases, feedback, PRDs or MRDs), and without a `--status`
/// filter dropped items are left off (with their column).
///
/// Which columns: by status, every configured status in workflow order,
/// empty ones included so that the flow is visible (only the filtered
/// statuses when there is a status filter); by priority, every configured
/// priority (or the filtered ones); by owner, every owner with a card or
/// named by the filter, by name. Last comes the column of the items without
/// a value (`no status`, `unassigned`, `no priority`), only when it has
/// cards; a status or priority the configuration does not allow counts as
/// none there (`cairn check` reports it).
public struct Board: Hashable, Sendable {
    public var grouping: BoardGrouping
    public var columns: [BoardColumn]

    public init(grouping: BoardGrouping, columns: [BoardColumn]) {
        self.grouping = grouping
        self.columns = columns
    }

    /// The board of `items` that `filter` selects, grouped by `grouping`.
    public init(
        _ items: [Item], by grouping: BoardGrouping, filter: ItemFilter = ItemFilter(), configuration: Configuration
    ) {
        let statuses = configuration.statuses
        let selected = items.filter { item in
            guard filter.matches(item) else { return false }
            if filter.kinds.isEmpty, !WorkKinds.isWork(item.kind) { return false }
            return !(filter.statuses.isEmpty && statuses.isDropped(item.status))
        }
        let ordered = selected.sorted(by: PriorityOrder(configuration: configuration).precedes)
        let value: (Item) -> String?
        let fixed: [String]
        switch grouping {
        case .status:
            value = \.status
            fixed = statuses.order.filter {
                filter.statuses.isEmpty ? !statuses.dropped.contains($0) : filter.statuses.contains($0)
            }
        case .priority:
            value = \.priority
            fixed = configuration.priorities.filter { filter.priorities.isEmpty || filter.priorities.contains($0) }
        case .owner:
            value = \.owner
            fixed = Set(selected.compactMap(\.owner) + filter.owners).sorted()
        }
        let groups = Dictionary(grouping: ordered, by: value)
        let keys = GroupOrder.keys(fixed: fixed, present: groups.keys)
        self.grouping = grouping
        self.columns = keys.map { key in
            BoardColumn(
                value: key, title: key ?? grouping.missingValueTitle,
                category: grouping == .status ? statuses.category(of: key) : nil,
                cards: (groups[key] ?? []).map {
                    BoardCard(id: $0.id, title: $0.title, category: statuses.category(of: $0.status))
                })
        }
    }
}

extension BoardGrouping {
    /// The heading of the column of items without a value.
    public var missingValueTitle: String {
        switch self {
        case .status: return "no status"
        case .owner: return "unassigned"
        case .priority: return "no priority"
        }
    }
}
