/// Renders a diff as one JSON object for scripts and bots, keys sorted:
///
/// `added`, `removed`, `broken` (items: `id`, `kind`, `title`, `status`,
/// `path`; broken items no longer parse),
/// `renamed` (`id`, `fromID`, `from`, `to` — paths), `changed` (one entry
/// per field: `id`, `field`, `from`, `to`, values in their JSON types and
/// `null` when absent), `body` (`id`, `change`, `section`, `text`), `links`
/// (`id`, `type`, `target`, `change`: `added` or `removed`), `introduced`
/// and `resolved` (diagnostics as `cairn check --format json` writes
/// them), `conflicts` (`id`, `base`, `head` — paths — `suggestedID`,
/// `suggestion`), `base`, `head`, `mergeBase`, `summary` and
/// `schemaVersion`.
public enum DiffJSONRenderer {
    /// The version of the JSON layout; raised on any incompatible change.
    public static let schemaVersion = 1

    public static func render(_ diff: BacklogDiff, endpoints: DiffEndpoints) throws -> String {
        try JSONOutput.encode(Document(diff, endpoints: endpoints))
    }

    private struct Document: Encodable {
        var schemaVersion = DiffJSONRenderer.schemaVersion
        var base: DiffEndpoints.Side
        var head: DiffEndpoints.Side
        var mergeBase: String?
        var added: [ItemEntry]
        var removed: [ItemEntry]
        var broken: [ItemEntry]
        var renamed: [RenameEntry]
        var changed: [FieldEntry]
        var body: [BodyEntry]
        var links: [LinkEntry]
        var introduced: [JSONDiagnosticRenderer.Entry]
        var resolved: [JSONDiagnosticRenderer.Entry]
        var conflicts: [ConflictEntry]
        var summary: DiffSummary

        init(_ diff: BacklogDiff, endpoints: DiffEndpoints) {
            base = endpoints.base
            head = endpoints.head
            mergeBase = endpoints.mergeBase
            added = diff.added.map(ItemEntry.init)
            removed = diff.removed.map(ItemEntry.init)
            broken = diff.broken.map(ItemEntry.init)
            renamed = diff.renamed.map(RenameEntry.init)
            changed = diff.changed.flatMap { item in item.fields.map { FieldEntry(id: item.item.id, change: $0) } }
            body = diff.changed.flatMap { item in item.body.map { BodyEntry(id: item.item.id, change: $0) } }
            links = diff.links.map(LinkEntry.init)
            introduced = diff.introduced.map(JSONDiagnosticRenderer.Entry.init)
            resolved = diff.resolved.map(JSONDiagnosticRenderer.Entry.init)
            conflicts = diff.conflicts.map(ConflictEntry.init)
            summary = DiffSummary(diff)
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            try container.encode(schemaVersion, forKey: .schemaVersion)
            try container.encode(base, forKey: .base)
            try container.encode(head, forKey: .head)
            try container.encode(mergeBase.map(JSONValue.string) ?? .null, forKey: .mergeBase)
            try container.encode(added, forKey: .added)
            try container.encode(removed, forKey: .removed)
            try container.encode(broken, forKey: .broken)
            try container.encode(renamed, forKey: .renamed)
            try container.encode(changed, forKey: .changed)
            try container.encode(body, forKey: .body)
            try container.encode(links, forKey: .links)
            try container.encode(introduced, forKey: .introduced)
            try container.encode(resolved, forKey: .resolved)
            try container.encode(conflicts, forKey: .conflicts)
            try container.encode(summary, forKey: .summary)
        }

        private enum Key: String, CodingKey {
            case schemaVersion, base, head, mergeBase, added, removed, broken, renamed, changed, body, links,
                introduced,
                resolved, conflicts, summary
        }
    }

    private struct ItemEntry: Encodable {
        var id: String
        var kind: String
        var title: JSONValue
        var status: JSONValue
        var path: String

        init(_ item: DiffItem) {
            id = item.id.description
            kind = item.kind
            title = item.title.map(JSONValue.string) ?? .null
            status = item.status.map(JSONValue.string) ?? .null
            path = item.path
        }
    }

    private struct RenameEntry: Encodable {
        var id: String
        var fromID: String
        var from: String
        var to: String

        init(_ rename: ItemRename) {
            id = rename.to.id.description
            fromID = rename.from.id.description
            from = rename.from.path
            to = rename.to.path
        }
    }

    private struct FieldEntry: Encodable {
        var id: String
        var field: String
        var from: JSONValue
        var to: JSONValue

        init(id: ItemID, change: FieldChange) {
            self.id = id.description
            field = change.field
            from = change.from?.json ?? .null
            to = change.to?.json ?? .null
        }
    }

    private struct BodyEntry: Encodable {
        var id: String
        var change: String
        var section: JSONValue
        var text: JSONValue

        init(id: ItemID, change: BodyChange) {
            self.id = id.description
            self.change = change.kind.rawValue
            section = change.section.map(JSONValue.string) ?? .null
            text = change.text.map(JSONValue.string) ?? .null
        }
    }

    private struct LinkEntry: Encodable {
        var id: String
        var type: String
        var target: String
        var change: String

        init(_ link: LinkChange) {
            id = link.id.description
            type = link.type.name
            target = link.target.description
            change = link.change.rawValue
        }
    }

    private struct ConflictEntry: Encodable {
        var id: String
        var base: String
        var head: String
        var suggestedID: String
        var suggestion: String

        init(_ conflict: IDConflict) {
            id = conflict.id.description
            base = conflict.base.path
            head = conflict.head.path
            suggestedID = conflict.suggestedID.description
            suggestion = conflict.suggestion
        }
    }
}

extension DiffEndpoints.Side: Encodable {
    private enum Key: String, CodingKey { case name, commit }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(name, forKey: .name)
        try container.encode(commit.map(JSONValue.string) ?? .null, forKey: .commit)
    }
}
