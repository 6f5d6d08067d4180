/// Which items `cairn list` shows: filters combine with AND, the values of
/// one filter with OR. An empty filter matches everything.
public struct ItemFilter: Hashable, Sendable {
    /// Kind names (`story`).
    public var kinds: [String]
    /// Statuses (`ready`).
    public var statuses: [String]
    /// Priorities (`must`).
    public var priorities: [String]
    /// Owners, compared exactly.
    public var owners: [String]
    /// An item matches when it carries at least one of these labels.
    public var labels: [String]

    public init(
        kinds: [String] = [], statuses: [String] = [], priorities: [String] = [], owners: [String] = [],
        labels: [String] = []
    ) {
        self.kinds = kinds
        self.statuses = statuses
        self.priorities = priorities
        self.owners = owners
        self.labels = labels
    }

    /// Whether `item` passes every filter.
    public func matches(_ item: Item) -> Bool {
        Self.passes(item.kind, kinds) && Self.passes(item.status, statuses) && Self.passes(item.priority, priorities)
            && Self.passes(item.owner, owners) && (labels.isEmpty || item.labels.contains(where: labels.contains))
    }

    /// Values that can never match because `configuration` defines no such
    /// kind, status or priority, each as a sentence with a suggestion when
    /// one is close ("unknown status 'redy'; did you mean 'ready'?").
    public func unknownValues(in configuration: Configuration) -> [String] {
        Self.unknown(kinds, "kind", configuration.kinds.map(\.name))
            + Self.unknown(statuses, "status", configuration.statuses.order)
            + Self.unknown(priorities, "priority", configuration.priorities)
    }

    private static func passes(_ value: String?, _ accepted: [String]) -> Bool {
        accepted.isEmpty || value.map(accepted.contains) ?? false
    }

    private static func unknown(_ values: [String], _ name: String, _ known: [String]) -> [String] {
        values.filter { !known.contains($0) }.map { value in
            let suggestion = Suggestion.closest(to: value, in: known).map { "; did you mean '\($0)'?" }
            return "unknown \(name) '\(value)'" + (suggestion ?? "; expected one of " + known.joined(separator: ", "))
        }
    }
}
