import CairnMarkdown

/// Plans the rewrite of every reference to one id in one item file: the
/// `id` itself, link-field values and `[[ID]]` mentions in the body.
struct ReferenceRenamer {
    let document: EditableItemText
    let old: ItemID
    let new: ItemID
    /// Whether the file's own `id` is rewritten too: true for the item being
    /// renamed, false for the files that refer to it (one of which may hold
    /// the same id by mistake and must keep it).
    let rewritesID: Bool

    /// The fields whose values are rewritten.
    private func fields(_ linkFields: Set<String>) -> Set<String> {
        rewritesID ? linkFields.union(["id"]) : linkFields
    }

    /// The replacements, each the id's text alone, in the quoting it had.
    /// Fields are `linkFields` (and `id`), with a single id or a list of ids.
    func replacements(linkFields: Set<String>) throws(ItemTextEditError) -> [TextReplacement] {
        var replacements: [TextReplacement] = []
        let fields = fields(linkFields)
        for (pair, read) in zip(document.rootPairs, document.pairs) {
            guard let key = pair.key.scalarText, fields.contains(key) else { continue }
            let value = pair.value
            var scalars: [LayoutNode] = [value]
            if case .sequence(let items) = value.content { scalars = items }
            let matching = scalars.filter { node in node.scalarText.flatMap(ItemID.init) == old }
            if value.involvesAnchorOrAlias, !matching.isEmpty || refersToOld(read.value) {
                throw .anchorOrAlias(key: key, location: document.position(of: value.start))
            }
            let context: ScalarWriter.Context = value.isFlow ? .flow : .block
            for node in matching {
                replacements.append(
                    TextReplacement(
                        node.start..<node.contentEnd,
                        with: ScalarWriter.string(new.description, keeping: node.scalarStyle, in: context)))
            }
        }
        return replacements + (try mentionReplacements())
    }

    /// The front matter as it must read back: every field value that was
    /// the old id, alone or in a list, is the new one.
    func expectedPairs(linkFields: Set<String>) -> [ExpectedPair] {
        let fields = fields(linkFields)
        return document.pairs.map { pair in
            let key = pair.key.scalarText ?? ""
            guard fields.contains(key) else {
                return ExpectedPair(original: pair.key, key: key, value: .unchanged(pair.value))
            }
            var value = pair.value
            switch value.value {
            case .scalar: value = renamed(value)
            case .sequence(let items): value.value = .sequence(items.map(renamed))
            case .mapping: break
            }
            return ExpectedPair(original: pair.key, key: key, value: .unchanged(value))
        }
    }

    private func renamed(_ node: YAMLNode) -> YAMLNode {
        guard case .scalar(let text, let isPlain) = node.value, ItemID(text) == old else { return node }
        return YAMLNode(value: .scalar(new.description, isPlain: isPlain), location: node.location)
    }

    private func refersToOld(_ node: YAMLNode) -> Bool {
        switch node.value {
        case .scalar(let text, _): return ItemID(text) == old
        case .sequence(let items): return items.contains { ItemID($0.scalarText ?? "") == old }
        case .mapping: return false
        }
    }

    /// The target of each `[[old]]` mention in the body; mentions in code
    /// are no mentions and stay as they are.
    private func mentionReplacements() throws(ItemTextEditError) -> [TextReplacement] {
        let body = document.bodyRange
        let mentions = MarkdownParser.parse(document.text(body)).mentions.filter { ItemID($0.target) == old }
        guard !mentions.isEmpty else { return [] }
        let bodyFirstLine = document.position(of: body.lowerBound).line
        var replacements: [TextReplacement] = []
        for mention in mentions {
            let written = Array("[[\(mention.target)]]".utf8)
            let line = mention.position.line + bodyFirstLine - 1
            let offset = document.offset(line: line, column: mention.position.column)
            guard let offset, offset >= body.lowerBound, offset + written.count <= document.bytes.count,
                document.bytes[offset..<(offset + written.count)].elementsEqual(written)
            else {
                throw .unrewritableMention(
                    target: mention.target, location: location(ofBracketsFrom: offset, line: line))
            }
            let target = (offset + 2)..<(offset + written.count - 2)
            replacements.append(TextReplacement(target, with: new.description))
        }
        return replacements
    }

    /// Where an escaped mention is: the first `[[` from where the parser
    /// placed it, on that line.
    private func location(ofBracketsFrom offset: Int?, line: Int) -> SourcePosition {
        let start = offset ?? document.offset(line: line, column: 1) ?? document.bodyRange.lowerBound
        let end = document.lineContentEnd(of: start)
        let brackets = document.bytes[start..<end].indices.first { index in
            index + 1 < end && document.bytes[index] == UInt8(ascii: "[")
                && document.bytes[index + 1] == UInt8(ascii: "[")
        }
        return document.position(of: brackets ?? start)
    }
}
