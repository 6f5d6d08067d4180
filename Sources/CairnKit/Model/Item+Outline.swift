import CairnMarkdown

extension Item {
    /// The fields whose values rules of the backlog scope read, besides an
    /// item's links: whether it is open or done, how it ranks, when a
    /// release is due, and its parent.
    public static let outlineFieldNames: Set<String> = ["status", "priority", "date", "parent"]

    /// What rules of the backlog scope may read of this item (see
    /// ``RuleScope/backlog``): its id, kind and path, every front-matter key
    /// with its positions, its references (links and `[[ID]]` mentions) and
    /// the values of ``outlineFieldNames``; no body and no other value.
    ///
    /// An edit that leaves every outline as it was — a story's text, its
    /// title, owner, labels, estimate or scores — cannot change what those
    /// rules report, so a check after it parses only the edited files.
    public var outline: Item {
        Item(
            id: id, kind: kind, path: path, keys: keys,
            fields: fields.filter { Self.outlineFieldNames.contains($0.key) }, references: references,
            body: MarkdownDocument())
    }
}
