/// Compares two backlogs — a base and a head, each loaded from the working
/// tree, the index or a commit — and says what the head changes.
///
/// Linear in the items of both sides: items are paired by id through
/// dictionaries, and only pairs whose file text differs are read further.
public struct BacklogDiffer: Sendable {
    public init() {}

    /// The two sides of a diff, each with the diagnostics its check found.
    public struct Side: Sendable {
        public var backlog: Backlog
        public var diagnostics: [Diagnostic]

        public init(backlog: Backlog, diagnostics: [Diagnostic]) {
            self.backlog = backlog
            self.diagnostics = diagnostics
        }
    }

    /// What `head` changes relative to `base`. `conflicts` (from
    /// ``IDConflictFinder``) are reported as they are; their ids pair with
    /// nothing, since the two items behind such an id are different items.
    public func diff(from base: Side, to head: Side, conflicts: [IDConflict] = []) -> BacklogDiff {
        let pairing = ItemPairing(
            base: base.backlog, head: head.backlog, conflicting: Set(conflicts.map(\.id)))

        var renamed: [ItemRename] = []
        var changed: [ItemChanges] = []
        var links: [LinkChange] = []
        for pair in pairing.pairs {
            let (old, new) = (pair.base.item, pair.head.item)
            if old.path != new.path || old.id != new.id {
                renamed.append(ItemRename(from: DiffItem(old), to: DiffItem(new)))
            }
            guard !ItemText.same(pair.base.file, in: base.backlog, pair.head.file, in: head.backlog),
                let oldText = ItemText(of: pair.base.file, in: base.backlog),
                let newText = ItemText(of: pair.head.file, in: head.backlog)
            else { continue }
            let fields = FieldComparison.changes(from: (old, oldText), to: (new, newText))
            let body = BodyComparison.changes(from: (old, oldText), to: (new, newText))
            links += Self.linkChanges(from: old.references, to: new.references, id: new.id)
            if !fields.isEmpty || !body.isEmpty {
                changed.append(
                    ItemChanges(
                        item: DiffItem(new), previousID: old.id == new.id ? nil : old.id, fields: fields, body: body))
            }
        }
        for item in pairing.added { links += Self.linkChanges(from: [], to: item.references, id: item.id) }
        for item in pairing.removed { links += Self.linkChanges(from: item.references, to: [], id: item.id) }

        let movedPaths = Dictionary(
            renamed.map { ($0.from.path, $0.to.path) }, uniquingKeysWith: { first, _ in first })
        let renamedIDs = Dictionary(
            renamed.filter { $0.from.id != $0.to.id }.map { ($0.from.id.description, $0.to.id.description) },
            uniquingKeysWith: { first, _ in first })
        let delta = DiagnosticDelta(
            base: base.diagnostics, head: head.diagnostics, movedPaths: movedPaths, renamedIDs: renamedIDs)
        return BacklogDiff(
            added: pairing.added.map(DiffItem.init).sorted(by: Self.byIDAndPath),
            removed: pairing.removed.map(DiffItem.init).sorted(by: Self.byIDAndPath),
            broken: pairing.broken.map(DiffItem.init).sorted(by: Self.byIDAndPath),
            renamed: renamed.sorted { Self.byIDAndPath($0.to, $1.to) },
            changed: changed.sorted { Self.byIDAndPath($0.item, $1.item) },
            links: links.sorted(by: Self.linkOrder),
            introduced: delta.introduced,
            resolved: delta.resolved,
            conflicts: conflicts)
    }

    /// The links in `new` and not in `old`, and the other way round; a link
    /// is its type and target, wherever it is written.
    private static func linkChanges(from old: [Reference], to new: [Reference], id: ItemID) -> [LinkChange] {
        let before = Set(old.map { LinkKey(type: $0.type, target: $0.target) })
        let after = Set(new.map { LinkKey(type: $0.type, target: $0.target) })
        return after.subtracting(before).map { LinkChange(id: id, type: $0.type, target: $0.target, change: .added) }
            + before.subtracting(after).map { LinkChange(id: id, type: $0.type, target: $0.target, change: .removed) }
    }

    private struct LinkKey: Hashable {
        var type: LinkType
        var target: ItemID
    }

    private static func byIDAndPath(_ lhs: DiffItem, _ rhs: DiffItem) -> Bool {
        (lhs.id, lhs.path) < (rhs.id, rhs.path)
    }

    private static func linkOrder(_ lhs: LinkChange, _ rhs: LinkChange) -> Bool {
        (lhs.id, lhs.type, lhs.target, lhs.change.rawValue) < (rhs.id, rhs.type, rhs.target, rhs.change.rawValue)
    }
}
