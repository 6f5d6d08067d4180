/// Everything a backlog can configure in `cairn.yml`; ``Configuration/default``
/// serves a backlog without one.
public struct Configuration: Hashable, Sendable {
    /// The backlog root, relative to the repository root.
    public var root: String
    /// The folder, relative to the repository root, where `cairn new` looks
    /// for `<kind>.md` templates before using the built-in ones.
    public var templates: String
    /// Glob patterns, relative to the backlog root, of files that are not items.
    public var ignore: [GlobPattern]
    /// Files larger than this many bytes are reported, not parsed.
    public var maxFileSize: Int
    /// Kinds in declaration order.
    public var kinds: [KindDefinition]
    public var statuses: StatusScheme
    /// Priorities from most to least important (MoSCoW by default).
    public var priorities: [String]
    /// Fields beyond the built-in ones, keyed by name.
    public var customFields: [String: FieldDefinition]
    /// Severity overrides by rule id; `nil` turns a rule off.
    public var ruleSeverities: [String: Severity?]

    public init(
        root: String, ignore: [GlobPattern], maxFileSize: Int, kinds: [KindDefinition], statuses: StatusScheme,
        priorities: [String], customFields: [String: FieldDefinition], ruleSeverities: [String: Severity?],
        templates: String = "Templates"
    ) {
        self.root = root
        self.templates = templates
        self.ignore = ignore
        self.maxFileSize = maxFileSize
        self.kinds = kinds
        self.statuses = statuses
        self.priorities = priorities
        self.customFields = customFields
        self.ruleSeverities = ruleSeverities
    }

    /// The kind named `name`.
    public func kind(named name: String) -> KindDefinition? {
        kinds.first { $0.name == name }
    }

    /// The position of `priority` in ``priorities``, 0 for the most important.
    public func priorityRank(_ priority: String?) -> Int? {
        priority.flatMap { priorities.firstIndex(of: $0) }
    }

    /// Every field an item may carry: the built-in ones, then custom ones
    /// (a custom field with a built-in's name replaces it).
    public var fieldDefinitions: [String: FieldDefinition] {
        var fields: [String: FieldDefinition] = [:]
        for field in builtInFields { fields[field.name] = field }
        for (name, field) in customFields { fields[name] = field }
        return fields
    }

    private var builtInFields: [FieldDefinition] {
        let nonNegative = FieldType.number(minimum: 0)
        return [
            FieldDefinition("id", .string),
            FieldDefinition("kind", .enumeration(kinds.map(\.name))),
            FieldDefinition("title", .string),
            FieldDefinition("status", .enumeration(statuses.order)),
            FieldDefinition("priority", .enumeration(priorities)),
            FieldDefinition("owner", .string),
            FieldDefinition("labels", .strings),
            FieldDefinition("parent", .id),
            FieldDefinition("release", .id),
            FieldDefinition("depends_on", .ids),
            FieldDefinition("implements", .ids),
            FieldDefinition("key_results", .ids),
            FieldDefinition("evidence", .ids),
            FieldDefinition("relates_to", .ids),
            FieldDefinition("estimate", nonNegative),
            FieldDefinition("rank", nonNegative),
            FieldDefinition("value", nonNegative),
            FieldDefinition("created", .date),
            FieldDefinition("updated", .date),
            FieldDefinition("due", .date),
            FieldDefinition("rice", .record(["reach", "impact", "confidence", "effort"])),
            FieldDefinition("wsjf", .record(["business_value", "time_criticality", "risk_reduction", "job_size"])),
            FieldDefinition("baseline", .number(minimum: nil), kinds: ["key-result"]),
            FieldDefinition("target", .number(minimum: nil), kinds: ["key-result"]),
            FieldDefinition("current", .number(minimum: nil), kinds: ["key-result"]),
            FieldDefinition("unit", .string, kinds: ["key-result"]),
            FieldDefinition("date", .date, kinds: ["release"]),
            FieldDefinition("horizon", .enumeration(["now", "next", "later"])),
        ]
    }
}
