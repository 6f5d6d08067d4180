/// Items by priority, most important first as the configuration lists
/// priorities, then priorities it does not know, then none; ties by id and path.
struct PriorityOrder {
    let configuration: Configuration

    func precedes(_ lhs: Item, _ rhs: Item) -> Bool {
        (position(lhs.priority), lhs.id, lhs.path) < (position(rhs.priority), rhs.id, rhs.path)
    }

    private func position(_ priority: String?) -> Int {
        let count = configuration.priorities.count
        guard let priority else { return count + 1 }
        return configuration.priorityRank(priority) ?? count
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
