import CairnMarkdown

/// The kind of a link between two items; the name of the field it comes from.
public struct LinkType: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) { self.name = name }

    public static let parent = LinkType("parent")
    public static let dependsOn = LinkType("depends_on")
    public static let implements = LinkType("implements")
    public static let keyResults = LinkType("key_results")
    public static let evidence = LinkType("evidence")
    public static let release = LinkType("release")
    public static let relatesTo = LinkType("relates_to")
    /// A `[[ID]]` mention in the body.
    public static let mention = LinkType("mention")

    public var description: String { name }

    public static func < (lhs: LinkType, rhs: LinkType) -> Bool { lhs.name < rhs.name }
}

/// One reference from an item to another, as written in the file.
public struct Reference: Hashable, Sendable {
    public var type: LinkType
    public var target: ItemID
    /// Where the referring id is written.
    public var location: SourcePosition

    public init(type: LinkType, target: ItemID, location: SourcePosition) {
        self.type = type
        self.target = target
        self.location = location
    }
}

/// Where a front-matter key and its value are written.
public struct FieldPosition: Hashable, Sendable {
    public var key: SourcePosition
    public var value: SourcePosition
}

/// One backlog item: a story, epic, PRD, key result, release and so on.
///
/// Built once from a file's front matter and body; every field already has
/// its declared type, and every position is in file coordinates.
///
/// A value whose parts live in one shared, immutable box: rules, the graph
/// and the planners pass items around by the ten thousand, and copying one
/// costs a single reference count instead of one per part. Setting a part
/// builds a new box, so copies never see each other's changes.
public struct Item: Sendable {
    private var storage: Storage

    init(
        id: ItemID, kind: String, path: String, keys: [(name: String, position: FieldPosition)],
        fields: [String: FieldValue], references: [Reference], body: MarkdownDocument
    ) {
        storage = Storage(
            id: id, kind: kind, path: path, keys: keys, fields: fields, references: references, body: body)
    }

    /// The item's id (`US-12`).
    public var id: ItemID {
        get { storage.id }
        set { storage = storage.replacing(id: newValue) }
    }
    /// The kind's name (`story`), from the `kind` field or the id's prefix.
    public var kind: String {
        get { storage.kind }
        set { storage = storage.replacing(kind: newValue) }
    }
    /// The file, relative to the repository root.
    public var path: String {
        get { storage.path }
        set { storage = storage.replacing(path: newValue) }
    }
    /// Every front-matter key as written, in order, with positions; unknown keys included.
    public var keys: [(name: String, position: FieldPosition)] {
        get { storage.keys }
        set { storage = storage.replacing(keys: newValue) }
    }
    /// The values of known fields that decoded cleanly.
    public var fields: [String: FieldValue] {
        get { storage.fields }
        set { storage = storage.replacing(fields: newValue) }
    }
    /// Outgoing references from fields and body mentions, in file order.
    public var references: [Reference] {
        get { storage.references }
        set { storage = storage.replacing(references: newValue) }
    }
    /// Sections, task items and links of the body, in file coordinates.
    public var body: MarkdownDocument {
        get { storage.body }
        set { storage = storage.replacing(body: newValue) }
    }

    public var title: String? { storage.title }
    public var status: String? { storage.status }
    public var priority: String? { storage.priority }
    public var owner: String? { fields["owner"]?.stringValue }
    public var labels: [String] {
        if case .strings(let labels) = fields["labels"] { return labels }
        return []
    }
    /// The single parent, if any.
    public var parent: ItemID? {
        if case .id(let parent) = fields["parent"] { return parent }
        return nil
    }

    /// Where `field` is written, if it is.
    public func position(of field: String) -> FieldPosition? {
        storage.keys.first { $0.name == field }?.position
    }

    /// The parts of an item, never changed once built; with the fields
    /// every rule asks for looked up once.
    private final class Storage: Sendable {
        let id: ItemID
        let kind: String
        let path: String
        let keys: [(name: String, position: FieldPosition)]
        let fields: [String: FieldValue]
        let references: [Reference]
        let body: MarkdownDocument
        let title: String?
        let status: String?
        let priority: String?

        init(
            id: ItemID, kind: String, path: String, keys: [(name: String, position: FieldPosition)],
            fields: [String: FieldValue], references: [Reference], body: MarkdownDocument
        ) {
            self.id = id
            self.kind = kind
            self.path = path
            self.keys = keys
            self.fields = fields
            self.references = references
            self.body = body
            title = fields["title"]?.stringValue
            status = fields["status"]?.stringValue
            priority = fields["priority"]?.stringValue
        }

        /// A box with the same parts but those given.
        func replacing(
            id: ItemID? = nil, kind: String? = nil, path: String? = nil,
            keys: [(name: String, position: FieldPosition)]? = nil, fields: [String: FieldValue]? = nil,
            references: [Reference]? = nil, body: MarkdownDocument? = nil
        ) -> Storage {
            Storage(
                id: id ?? self.id, kind: kind ?? self.kind, path: path ?? self.path, keys: keys ?? self.keys,
                fields: fields ?? self.fields, references: references ?? self.references, body: body ?? self.body)
        }
    }
}

extension FieldValue {
    /// The text of a string value, or `nil` for other types.
    public var stringValue: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value of a numeric field, integer or not.
    public var numberValue: Double? {
        switch self {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }
}
