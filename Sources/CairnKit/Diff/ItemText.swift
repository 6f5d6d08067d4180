/// An item's file text, cut into front matter and body, read only for the
/// items a diff has to look into.
struct ItemText {
    let source: SourceText
    /// The front matter and body; `nil` when the text has none (which a file
    /// that defines an item always has, unless it changed while being read).
    let split: FrontMatterSplit?

    /// The text of `file` as `backlog` read it, read again from the
    /// backlog's source if it was not kept; `nil` when it cannot be read now.
    init?(of file: ParsedFile, in backlog: Backlog) {
        guard let text = backlog.sourceText(of: file.path) else { return nil }
        source = text
        split = try? FrontMatterSplitter.split(source.text).get()
    }

    /// Whether `old` in `base` and `new` in `head` hold the same bytes: by
    /// their blob ids when both sides know them, else by their texts.
    static func same(_ old: ParsedFile, in base: Backlog, _ new: ParsedFile, in head: Backlog) -> Bool {
        if let oldID = base.blobIDs[old.path], let newID = head.blobIDs[new.path] { return oldID == newID }
        return ItemText(of: old, in: base)?.source.text == ItemText(of: new, in: head)?.source.text
    }

    /// The Markdown after the front matter.
    var body: Substring { split?.body ?? "" }

    /// The front matter's keys and values in written order, the first of
    /// each key only (a duplicate is a diagnostic of its own); `nil` when the
    /// front matter does not read as a YAML mapping (conflict markers a
    /// merge left, a syntax error), which its own diagnostic reports.
    var fields: [(key: String, value: YAMLNode)]? {
        guard let split else { return nil }
        guard case .success(let root) = YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: source)
        else { return nil }
        guard let root else { return [] }
        guard case .mapping(let pairs) = root.value else { return nil }
        var seen: Set<String> = []
        return pairs.compactMap { pair in
            guard let key = pair.key.scalarText, seen.insert(key).inserted else { return nil }
            return (key, pair.value)
        }
    }
}
