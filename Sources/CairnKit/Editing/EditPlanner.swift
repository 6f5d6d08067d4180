/// What to write in place of a value, or as the value of a new key.
indirect enum NewValue {
    case value(FrontMatterValue)
    /// `{key: value}`: a key path reaching through a key that is absent or
    /// empty makes the mappings it needs.
    case mapping(key: String, NewValue)
    /// `{}`: what a nested mapping holds once its last key is removed.
    case emptyMapping

    /// `value` at the end of `path`, inside the mappings the path makes.
    static func nested(_ path: ArraySlice<String>, _ value: FrontMatterValue) -> NewValue {
        guard let key = path.first else { return .value(value) }
        return .mapping(key: key, nested(path.dropFirst(), value))
    }
}

/// Plans text replacements on one item file's front matter: each keeps
/// every byte it does not mean to change.
struct EditPlanner {
    let document: EditableItemText

    /// The replacements that set the key at `path` to `value`, inserting
    /// the key (and mappings on the way) when absent.
    func setting(_ path: [String], to value: FrontMatterValue) throws(ItemTextEditError) -> [TextReplacement] {
        guard let root = document.root else {
            return [try insertionIntoEmptyFrontMatter(path[...], value)]
        }
        return try setting(path[...], to: value, in: root, named: [])
    }

    /// The replacements that remove the key at `path`; none when it is absent.
    func removing(_ path: [String]) throws(ItemTextEditError) -> [TextReplacement] {
        guard let root = document.root else { return [] }
        var mapping = root
        var parent: LayoutPair?
        for (depth, key) in path.enumerated() {
            let name = Array(path[...depth])
            guard let pair = try uniquePair(key, in: mapping, named: name) else { return [] }
            if depth == path.count - 1 {
                try requireNoAnchor(pair, named: name)
                return try removal(of: pair, from: mapping, parent: parent)
            }
            guard case .mapping = pair.value.content else {
                if isNull(pair.value) { return [] }
                throw .notAMapping(key: dotted(name), location: document.position(of: pair.value.start))
            }
            try requireNoAnchor(pair, named: name)
            parent = pair
            mapping = pair.value
        }
        return []
    }

    // MARK: Finding keys

    /// The pair whose key reads `key`, or `nil`; two such pairs are an error.
    func uniquePair(_ key: String, in mapping: LayoutNode, named name: [String]) throws(ItemTextEditError)
        -> LayoutPair?
    {
        guard case .mapping(let pairs) = mapping.content else { return nil }
        let matching = pairs.filter { $0.key.scalarText == key }
        if matching.count > 1 {
            throw .duplicateKey(
                key: dotted(name), first: document.position(of: matching[0].key.start),
                duplicate: document.position(of: matching[1].key.start))
        }
        return matching.first
    }

    func requireNoAnchor(_ pair: LayoutPair, named name: [String]) throws(ItemTextEditError) {
        if pair.key.involvesAnchorOrAlias || pair.value.involvesAnchorOrAlias {
            throw .anchorOrAlias(key: dotted(name), location: document.position(of: pair.value.start))
        }
    }

    /// A plain `null`, `~` or nothing.
    func isNull(_ node: LayoutNode) -> Bool {
        if case .scalar(let text, .plain) = node.content { return ScalarWriter.isNull(text) }
        return false
    }

    func dotted(_ name: [String]) -> String { name.joined(separator: ".") }

    // MARK: Setting

    private func setting(
        _ path: ArraySlice<String>, to value: FrontMatterValue, in mapping: LayoutNode, named: [String]
    )
        throws(ItemTextEditError) -> [TextReplacement]
    {
        guard let key = path.first else { return [] }
        let name = named + [key]
        let rest = path.dropFirst()
        guard let pair = try uniquePair(key, in: mapping, named: name) else {
            return [try insertion(of: key, .nested(rest, value), into: mapping)]
        }
        try requireNoAnchor(pair, named: name)
        if rest.isEmpty { return try replacement(of: pair, in: mapping, with: .value(value)) }
        if case .mapping = pair.value.content { return try setting(rest, to: value, in: pair.value, named: name) }
        guard isNull(pair.value) else {
            throw .notAMapping(key: dotted(name), location: document.position(of: pair.value.start))
        }
        return try replacement(of: pair, in: mapping, with: .nested(rest, value))
    }

    /// Replaces a pair's value. A scalar or flow value is replaced where it
    /// stands, keeping what follows on its line (a comment). A block list
    /// set to a list stays a block list; any other block value gives way to
    /// a value written after the key's colon.
    func replacement(of pair: LayoutPair, in mapping: LayoutNode, with newValue: NewValue)
        throws(ItemTextEditError) -> [TextReplacement]
    {
        let old = pair.value
        let context: ScalarWriter.Context = mapping.isFlow ? .flow : .block
        if old.isEmpty {
            let text = try inline(newValue, in: context, replacing: old)
            // `key:` gets its value after the colon; a key without one, as
            // `a` in `{a, b: 1}`, gets the colon too.
            guard let colonEnd = colonEnd(after: pair.key) else {
                return [TextReplacement(inserting: ": " + text, at: pair.key.contentEnd)]
            }
            return [TextReplacement(inserting: " " + text, at: colonEnd)]
        }
        if case .value(.list(let elements)) = newValue, !elements.isEmpty, !old.isFlow,
            case .sequence(let items) = old.content, let first = items.first, let prefix = blockItemPrefix(of: first)
        {
            let lineEnding = document.lineEnding(before: document.lineStart(of: first.start))
            let written = elements.map { ScalarWriter.string($0, keeping: quoting(of: items), in: .block) }
            return [TextReplacement(first.start..<old.contentEnd, with: written.joined(separator: lineEnding + prefix))]
        }
        let text = try inline(newValue, in: context, replacing: old)
        if old.isCollection, !old.isFlow, let colonEnd = colonEnd(after: pair.key),
            document.lineStart(of: old.start) > colonEnd
        {
            return [
                TextReplacement(inserting: " " + text, at: colonEnd),
                TextReplacement(document.lineContentEnd(of: colonEnd)..<old.contentEnd, with: ""),
            ]
        }
        return [TextReplacement(old.start..<old.contentEnd, with: text)]
    }

    /// A new key and value at the end of a mapping.
    func insertion(of key: String, _ newValue: NewValue, into mapping: LayoutNode) throws(ItemTextEditError)
        -> TextReplacement
    {
        guard case .mapping(let pairs) = mapping.content, let first = pairs.first, let last = pairs.last else {
            let open = openingBracket(of: mapping)
            let text = try "{" + ScalarWriter.key(key) + ": " + inline(newValue, in: .flow, replacing: nil) + "}"
            return TextReplacement(open..<mapping.contentEnd, with: text)
        }
        if mapping.isFlow {
            let separator = flowSeparator(pairs.map { ($0.key.start, $0.value.contentEnd) })
            let text = try separator + ScalarWriter.key(key) + ": " + inline(newValue, in: .flow, replacing: nil)
            return TextReplacement(inserting: text, at: last.value.contentEnd)
        }
        let offset = document.lineBoundary(after: last.value.end)
        let indentation = document.indentation(ofLineAt: first.key.start)
        let lineEnding = document.lineEnding(before: offset)
        let isRoot = mapping.start == document.root?.start
        let text = try indentation + keyAndValue(key, newValue, lineEnding: lineEnding, isTopLevel: isRoot)
        return TextReplacement(inserting: text + lineEnding, at: offset)
    }

    private func insertionIntoEmptyFrontMatter(_ path: ArraySlice<String>, _ value: FrontMatterValue)
        throws(ItemTextEditError) -> TextReplacement
    {
        let offset = document.yamlRange.upperBound
        let lineEnding = document.lineEnding(before: document.yamlRange.lowerBound)
        guard let key = path.first else { return TextReplacement(inserting: "", at: offset) }
        let text = try keyAndValue(key, .nested(path.dropFirst(), value), lineEnding: lineEnding, isTopLevel: true)
        return TextReplacement(inserting: text + lineEnding, at: offset)
    }

    /// `key: value` for a new line. A new top-level list follows the file's
    /// first list: a block list when that is one, `[…]` otherwise.
    private func keyAndValue(_ key: String, _ newValue: NewValue, lineEnding: String, isTopLevel: Bool)
        throws(ItemTextEditError) -> String
    {
        let written = ScalarWriter.key(key) + ":"
        if isTopLevel, case .value(.list(let elements)) = newValue, !elements.isEmpty,
            let prefix = blockListPrefixInUse()
        {
            return written
                + elements.map { lineEnding + prefix + ScalarWriter.string($0, keeping: nil, in: .block) }.joined()
        }
        return try written + " " + inline(newValue, in: .block, replacing: nil)
    }

    /// The line prefix (`  - `) of the file's first top-level list, when
    /// that list is a block list.
    private func blockListPrefixInUse() -> String? {
        for pair in document.rootPairs {
            guard case .sequence(let items) = pair.value.content, let first = items.first else { continue }
            return pair.value.isFlow ? nil : blockItemPrefix(of: first)
        }
        return nil
    }

    // MARK: Removing

    private func removal(of pair: LayoutPair, from mapping: LayoutNode, parent: LayoutPair?)
        throws(ItemTextEditError) -> [TextReplacement]
    {
        guard case .mapping(let pairs) = mapping.content,
            let index = pairs.firstIndex(where: { $0.key.start == pair.key.start })
        else { return [] }
        if mapping.isFlow {
            return [flowRemoval(of: index, among: pairs.map { ($0.key.start, $0.value.contentEnd) }, in: mapping)]
        }
        if pairs.count == 1, let parent, let grandparent = mappingHolding(parent) {
            return try replacement(of: parent, in: grandparent, with: .emptyMapping)
        }
        let start = document.lineStart(of: pair.key.start)
        var end = document.lineBoundary(after: pair.value.end)
        // Blank lines after a block that keeps its trailing lines (`|+`)
        // belong to it: those the removed key kept apart would join it.
        if index > 0, pairs[index - 1].value.end != pairs[index - 1].value.contentEnd {
            end = document.endOfBlankLines(from: end, before: document.yamlRange.upperBound)
        }
        return [TextReplacement(start..<end, with: "")]
    }

    /// The mapping in which `pair` stands, searched from the root.
    private func mappingHolding(_ pair: LayoutPair) -> LayoutNode? {
        var pending = document.root.map { [$0] } ?? []
        while let node = pending.popLast() {
            guard case .mapping(let pairs) = node.content else { continue }
            if pairs.contains(where: { $0.key.start == pair.key.start }) { return node }
            pending += pairs.map(\.value)
        }
        return nil
    }

    // MARK: Writing values

    /// The value as one piece of text, for after a colon or inside brackets.
    func inline(_ newValue: NewValue, in context: ScalarWriter.Context, replacing old: LayoutNode?)
        throws(ItemTextEditError) -> String
    {
        switch newValue {
        case .value(.string(let text)):
            return ScalarWriter.string(text, keeping: old?.scalarStyle, in: context)
        case .value(.plain(let text)):
            return try ScalarWriter.plain(text, in: context)
        case .value(.list(let elements)):
            var hint: ScalarStyle?
            if case .sequence(let items) = old?.content { hint = quoting(of: items) }
            return "[" + elements.map { ScalarWriter.string($0, keeping: hint, in: .flow) }.joined(separator: ", ")
                + "]"
        case .mapping(let key, let value):
            return try "{" + ScalarWriter.key(key) + ": " + inline(value, in: .flow, replacing: nil) + "}"
        case .emptyMapping:
            return "{}"
        }
    }

    // MARK: Layout helpers

    /// The quotes every item of a list is written in, if all use the same:
    /// new items follow a list's style, not one odd item's.
    func quoting(of items: [LayoutNode]) -> ScalarStyle? {
        guard let style = items.first?.scalarStyle, style == .singleQuoted || style == .doubleQuoted,
            items.allSatisfy({ $0.scalarStyle == style })
        else { return nil }
        return style
    }

    /// The text before a block list item on its line (`  - `), when it is
    /// indentation, a dash and blanks.
    func blockItemPrefix(of item: LayoutNode) -> String? {
        let prefix = document.bytes[document.lineStart(of: item.start)..<item.start]
        guard let dash = prefix.firstIndex(where: { $0 != UInt8(ascii: " ") }), prefix[dash] == UInt8(ascii: "-"),
            prefix[(dash + 1)...].allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }),
            dash + 1 < prefix.endIndex
        else { return nil }
        return String(decoding: prefix, as: UTF8.self)
    }

    /// Just past the colon that follows a key, when only blanks come between.
    func colonEnd(after key: LayoutNode) -> Int? {
        var index = key.contentEnd
        while index < document.bytes.count,
            document.bytes[index] == UInt8(ascii: " ") || document.bytes[index] == UInt8(ascii: "\t")
        {
            index += 1
        }
        guard index < document.bytes.count, document.bytes[index] == UInt8(ascii: ":") else { return nil }
        return index + 1
    }

    /// The offset of a flow collection's `[` or `{`, after any tag.
    func openingBracket(of collection: LayoutNode) -> Int {
        let bytes = document.bytes
        return bytes[collection.start..<collection.contentEnd].firstIndex {
            $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{")
        } ?? collection.start
    }

    /// What goes before a new last item of a flow collection: the separator
    /// between its last two items (`, ` or ` , `), or a comma and a line
    /// break with the same indentation when items stand one per line.
    func flowSeparator(_ items: [(start: Int, end: Int)]) -> String {
        guard items.count >= 2, items[items.count - 2].end <= items[items.count - 1].start else { return ", " }
        let between = document.bytes[items[items.count - 2].end..<items[items.count - 1].start]
        guard let lastBreak = between.lastIndex(of: UInt8(ascii: "\n")) else {
            return String(decoding: between, as: UTF8.self)
        }
        let indentation = String(decoding: between[(lastBreak + 1)...], as: UTF8.self)
        return "," + document.lineEnding(before: lastBreak + 1) + indentation
    }

    /// Removes one item of a flow collection with one separator beside it;
    /// without its only item, the collection reads `[]` or `{}`.
    func flowRemoval(of index: Int, among items: [(start: Int, end: Int)], in collection: LayoutNode)
        -> TextReplacement
    {
        if items.count == 1 {
            let open = openingBracket(of: collection)
            let empty = document.bytes[open] == UInt8(ascii: "{") ? "{}" : "[]"
            return TextReplacement(open..<collection.contentEnd, with: empty)
        }
        if index < items.count - 1 { return TextReplacement(items[index].start..<items[index + 1].start, with: "") }
        return TextReplacement(items[index - 1].end..<items[index].end, with: "")
    }
}
