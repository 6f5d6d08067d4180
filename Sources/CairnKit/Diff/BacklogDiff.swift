/// What a branch changes in the backlog, in backlog terms: items added,
/// removed and renamed, fields, links and body changes of the items on both
/// sides, the diagnostics the branch introduces and resolves, and the ids
/// both sides took independently since they parted.
///
/// A value computed by ``BacklogDiffer``; every list is sorted by id (then
/// path), so the same two sides always give the same report.
public struct BacklogDiff: Sendable {
    /// Items only the head side has.
    public var added: [DiffItem]
    /// Items only the base side has.
    public var removed: [DiffItem]
    /// Items whose file the head side still has but which no longer parse
    /// into an item; the diagnostics say why.
    public var broken: [DiffItem]
    /// Items that moved to another file, or whose id changed while their
    /// content stayed (`cairn rename`).
    public var renamed: [ItemRename]
    /// Items on both sides whose fields, links or body differ.
    public var changed: [ItemChanges]
    /// Links added and removed, of changed, renamed, added and removed items.
    public var links: [LinkChange]
    /// Diagnostics the head side has and the base side has not.
    public var introduced: [Diagnostic]
    /// Diagnostics the base side has and the head side has not.
    public var resolved: [Diagnostic]
    /// Ids both sides added since their merge base, each for another item.
    public var conflicts: [IDConflict]

    /// Whether the two sides hold the same backlog.
    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && broken.isEmpty && renamed.isEmpty && changed.isEmpty && links.isEmpty
            && introduced.isEmpty && resolved.isEmpty && conflicts.isEmpty
    }

    /// Whether the head side has errors the base side has not.
    public var introducesErrors: Bool {
        introduced.contains { $0.severity == .error }
    }
}

/// An item as a diff names it.
public struct DiffItem: Hashable, Sendable {
    public var id: ItemID
    public var kind: String
    public var title: String?
    public var status: String?
    /// The file, relative to the repository root.
    public var path: String

    public init(_ item: Item) {
        id = item.id
        kind = item.kind
        title = item.title
        status = item.status
        path = item.path
    }
}

/// An item that moved: the same id in another file, or another id for the
/// same content.
public struct ItemRename: Hashable, Sendable {
    public var from: DiffItem
    public var to: DiffItem
}

/// What changed in one item present on both sides.
public struct ItemChanges: Sendable {
    /// The item on the head side.
    public var item: DiffItem
    /// The id on the base side, when it differs.
    public var previousID: ItemID?
    /// Front-matter fields whose value differs, link fields included, in the
    /// order the head side writes them.
    public var fields: [FieldChange]
    /// Sections and task items added, removed, changed, checked and unchecked.
    public var body: [BodyChange]
}

/// One front-matter field whose value differs. A side without the field
/// (or with an empty value) has `nil`.
public struct FieldChange: Hashable, Sendable {
    public var field: String
    public var from: DiffValue?
    public var to: DiffValue?
}

/// A front-matter value as a diff shows it.
public struct DiffValue: Hashable, Sendable {
    /// As a person would write it: `done`, `[US-1, US-2]`, `{effort: 3, reach: 40}`.
    public var text: String
    /// In its natural JSON type, when the field decoded as its declared type;
    /// otherwise strings, arrays and objects as written.
    public var json: JSONValue
}

/// A link added or removed.
public struct LinkChange: Hashable, Sendable {
    public enum Change: String, Hashable, Sendable {
        case added, removed
    }

    /// The item the link goes from, by its head-side id when it has one.
    public var id: ItemID
    public var type: LinkType
    public var target: ItemID
    public var change: Change
}

/// A change in an item's Markdown body.
public struct BodyChange: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case sectionAdded = "section-added"
        case sectionRemoved = "section-removed"
        case sectionChanged = "section-changed"
        case criterionAdded = "criterion-added"
        case criterionRemoved = "criterion-removed"
        case criterionChecked = "criterion-checked"
        case criterionUnchecked = "criterion-unchecked"
    }

    public var kind: Kind
    /// The section's heading; `nil` for the text before the first heading.
    public var section: String?
    /// The task item's text, for criterion changes.
    public var text: String?

    public init(kind: Kind, section: String?, text: String? = nil) {
        self.kind = kind
        self.section = section
        self.text = text
    }
}

/// One id that both sides took for different items since their merge base.
public struct IDConflict: Hashable, Sendable {
    public var id: ItemID
    /// The item the base side added.
    public var base: DiffItem
    /// The item the head side added.
    public var head: DiffItem
    /// A free id to move the head side's item to.
    public var suggestedID: ItemID

    public init(id: ItemID, base: DiffItem, head: DiffItem, suggestedID: ItemID) {
        self.id = id
        self.base = base
        self.head = head
        self.suggestedID = suggestedID
    }

    /// The command, run from the repository root, that moves the head
    /// side's item to ``suggestedID``; the path is quoted for a POSIX shell
    /// when it needs to be.
    public var suggestion: String {
        "cairn rename \(Self.shellQuoted(head.path)) \(suggestedID)"
    }

    private static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0))
        }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
