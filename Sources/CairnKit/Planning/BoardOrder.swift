/// Items by priority, most important first as the configuration lists
/// priorities, then priorities it does not know, then none; ties by id and path.
struct PriorityOrder {
    private let rank: [String: Int]

    init(_ priorities: [String]) {
        rank = Dictionary(priorities.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func precedes(_ lhs: Item, _ rhs: Item) -> Bool {
        (position(lhs.priority), lhs.id, lhs.path) < (position(rhs.priority), rhs.id, rhs.path)
    }

    private func position(_ priority: String?) -> Int {
        guard let priority else { return rank.count + 1 }
        return rank[priority] ?? rank.count
    }
}

/// The order of the groups of a board column or a stats table: the values
/// the configuration lists (or a filter names), then the other values that
/// occur, by name, then — when it occurs — the group of items without a value.
enum GroupOrder {
    static func keys(fixed: [String], present: some Collection<String?>) -> [String?] {
        let extra = Set(present.compactMap { $0 }).subtracting(fixed).sorted()
        let missing: [String?] = present.contains(where: { $0 == nil }) ? [nil] : []
        return fixed.map(Optional.some) + extra.map(Optional.some) + missing
    }
}
