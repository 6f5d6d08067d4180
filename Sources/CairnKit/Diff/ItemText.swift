/// An item's file text, cut into front matter and body, read only for the
/// items a diff has to look into.
struct ItemText {
    let source: SourceText
    /// The front matter and body; `nil` when the text has none (which a file
    /// that defines an item always has, unless it changed while being read).
    let split: FrontMatterSplit?

    /// The text of `file` as `backlog` read it: kept from parsing, or read
    /// again from the backlog's source; `nil` when it cannot be read now.
    init?(of file: ParsedFile, in backlog: Backlog) {
        if let kept = file.source {
            source = kept
        } else {
            guard let bytes = try? backlog.source.contents(of: file.path),
                case .success(let text) = TextDecoding.decode(bytes)
            else { return nil }
            source = SourceText(text)
        }
        split = try? FrontMatterSplitter.split(source.text).get()
    }

    /// The Markdown after the front matter.
    var body: Substring { split?.body ?? "" }

    /// The front matter's keys and values in written order, the first of
    /// each key only (a duplicate is a diagnostic of its own).
    var fields: [(key: String, value: YAMLNode)] {
        guard let split,
            case .success(let root?) = YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: source),
            case .mapping(let pairs) = root.value
        else { return [] }
        var seen: Set<String> = []
        return pairs.compactMap { pair in
            guard let key = pair.key.scalarText, seen.insert(key).inserted else { return nil }
            return (key, pair.value)
        }
    }
}
