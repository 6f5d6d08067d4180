import CairnMarkdown

extension Item {
    /// The fields whose values belong to an item's structure besides its
    /// links: its parent, which rules also follow by id.
    public static let structureFieldNames: Set<String> = ["parent"]

    /// The fields whose values an outline adds to the structure: whether an
    /// item is open or done, how it ranks, when a release is due.
    public static let outlineValueNames: Set<String> = ["status", "priority", "date"]

    /// What rules of the backlog scope may read of this item (see
    /// ``RuleScope/backlog``): its id, kind and path, every front-matter key
    /// with its positions, its references (links and `[[ID]]` mentions) and
    /// the values of ``structureFieldNames``; no body and no other value.
    public var structure: Item { keeping(Self.structureFieldNames) }

    /// What rules of the links scope may read of this item and of the
    /// items along their paths (see ``RuleScope/links(_:)``): its
    /// ``structure`` and the values of ``outlineValueNames``.
    ///
    /// An edit that leaves every outline as it was — a story's text, its
    /// title, owner, labels, estimate or scores — cannot change what those
    /// rules report, so a check after it parses only the edited files; one
    /// that leaves every structure as it was — a status, priority or date —
    /// checks again only the items whose links lead to the edited ones.
    public var outline: Item { keeping(Self.structureFieldNames.union(Self.outlineValueNames)) }

    /// The item with only the fields `names`, no body.
    private func keeping(_ names: Set<String>) -> Item {
        Item(
            id: id, kind: kind, path: path, keys: keys, fields: fields.filter { names.contains($0.key) },
            references: references, body: MarkdownDocument())
    }
}
