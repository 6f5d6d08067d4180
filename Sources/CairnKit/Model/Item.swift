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
public struct Item: Sendable {
    public var id: ItemID
    /// The kind's name (`story`), from the `kind` field or the id's prefix.
    public var kind: String
    /// The file, relative to the repository root.
    public var path: String
    /// Every front-matter key as written, in order, with positions; unknown keys included.
    public var keys: [(name: String, position: FieldPosition)]
    /// The values of known fields that decoded cleanly.
    public var fields: [String: FieldValue]
    /// Outgoing references from fields and body mentions, in file order.
    public var references: [Reference]
    /// Sections, task items and links of the body, in file coordinates.
    public var body: MarkdownDocument

    public var title: String? { fields["title"]?.stringValue }
    public var status: String? { fields["status"]?.stringValue }
    public var priority: String? { fields["priority"]?.stringValue }
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
        keys.first { $0.name == field }?.position
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
