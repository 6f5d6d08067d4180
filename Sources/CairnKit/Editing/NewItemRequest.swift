/// What `cairn new` is asked to create.
public struct NewItemRequest: Sendable {
    /// The kind's name (`story`).
    public var kind: String
    public var title: String
    public var parent: ItemID?
    /// `--set key=value` pairs, in the order given.
    public var assignments: [FieldAssignment]
    /// The day to record as `created`.
    public var created: CalendarDate

    public init(
        kind: String, title: String, parent: ItemID? = nil, assignments: [FieldAssignment] = [],
        created: CalendarDate
    ) {
        self.kind = kind
        self.title = title
        self.parent = parent
        self.assignments = assignments
        self.created = created
    }
}

/// The file `cairn new` would write: where, with what, and from which template.
public struct NewItemPlan: Sendable {
    public var id: ItemID
    /// The title the item gets (the request's, or the one given with `--set`).
    public var title: String
    /// The path relative to the repository root.
    public var path: String
    public var text: String
    public var template: TemplateOrigin

    /// The file as a change set to validate and write.
    public var changes: ChangeSet {
        var changes = ChangeSet()
        changes.write(text, to: path)
        return changes
    }
}

/// Why `cairn new` cannot plan the item it was asked for.
public enum NewItemError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind is not configured; `known` lists the kinds that are.
    case unknownKind(String, known: [String], suggestion: String?)
    /// Neither the repository nor Cairn has a template for the kind.
    case noTemplate(kind: String, path: String)
    /// A `--set` value that cannot be used as given.
    case invalidAssignment(name: String, reason: String)
    /// The path the item would get is taken by another file.
    case fileExists(path: String)

    public var description: String {
        switch self {
        case .unknownKind(let kind, let known, let suggestion):
            let hint = suggestion.map { " (did you mean \($0)?)" } ?? ""
            return "unknown kind \"\(kind)\"\(hint); the kinds are " + known.joined(separator: ", ")
        case .noTemplate(let kind, let path):
            return "there is no template for kind \(kind); write one at \(path)"
        case .invalidAssignment(let name, let reason):
            return "--set \(name): \(reason)"
        case .fileExists(let path):
            return "\(path) already exists"
        }
    }
}
