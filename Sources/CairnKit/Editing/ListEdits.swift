/// One step of a list edit: the replacements, and what the list must read
/// back as, element by element.
struct ListEdit {
    var replacements: [TextReplacement]
    /// The expected value of the key, from its value before the edit.
    var expected: ExpectedNode
}

extension EditPlanner {
    /// Appends `value` to the list at top-level `key`, in the list's own
    /// style: after the last item of `[…]`, as a new `- ` line of a block
    /// list, or turning a single value into `[old, new]`. `nil` when the
    /// list already holds it.
    func appending(_ value: String, toList key: String) throws(ItemTextEditError) -> ListEdit? {
        guard let root = document.root, let pair = try uniquePair(key, in: root, named: [key]) else {
            return ListEdit(replacements: try setting([key], to: .list([value])), expected: .written(.list([value])))
        }
        try requireNoAnchor(pair, named: [key])
        let list = pair.value
        let written = ExpectedNode.written(.string(value))
        switch list.content {
        case .scalar(let text, let style):
            if isNull(list) {
                return ListEdit(
                    replacements: try replacement(of: pair, in: root, with: .value(.list([value]))),
                    expected: .written(.list([value])))
            }
            if ListElement.matches(text, value) { return nil }
            let keepsText = style == .plain ? ScalarWriter.canBePlain(text, in: .flow) : !style.isBlock
            let first =
                keepsText
                ? document.text(list.start..<list.contentEnd) : ScalarWriter.string(text, keeping: style, in: .flow)
            let new = ScalarWriter.string(value, keeping: style, in: .flow)
            return ListEdit(
                replacements: [TextReplacement(list.start..<list.contentEnd, with: "[" + first + ", " + new + "]")],
                expected: .sequence([keepsText ? .unchanged(original(key)) : .written(.string(text)), written]))
        case .sequence(let items):
            if items.contains(where: { $0.scalarText.map { ListElement.matches($0, value) } ?? false }) { return nil }
            let kept = originalElements(key).map(ExpectedNode.unchanged)
            return ListEdit(replacements: [appending(value, to: list, items)], expected: .sequence(kept + [written]))
        case .mapping, .alias:
            throw .notAList(key: key, location: document.position(of: list.start))
        }
    }

    /// Removes the first item of the list at top-level `key` that is
    /// `value`. `nil` when no item is.
    ///
    /// Removing the last item leaves `key: []`: the key keeps its place,
    /// its line and the comment on it, an item added again goes back to the
    /// same place, and a template's empty list stays an empty list.
    func removingFirst(_ value: String, fromList key: String) throws(ItemTextEditError) -> ListEdit? {
        guard let root = document.root, let pair = try uniquePair(key, in: root, named: [key]) else { return nil }
        try requireNoAnchor(pair, named: [key])
        let list = pair.value
        switch list.content {
        case .scalar(let text, _):
            guard !isNull(list), ListElement.matches(text, value) else { return nil }
            return ListEdit(
                replacements: try replacement(of: pair, in: root, with: .value(.list([]))), expected: .sequence([]))
        case .sequence(let items):
            guard let index = items.firstIndex(where: { $0.scalarText.map { ListElement.matches($0, value) } ?? false })
            else { return nil }
            var kept = originalElements(key).map(ExpectedNode.unchanged)
            kept.remove(at: index)
            if list.isFlow {
                let spans = items.map { ($0.start, $0.contentEnd) }
                return ListEdit(
                    replacements: [flowRemoval(of: index, among: spans, in: list)], expected: .sequence(kept))
            }
            if items.count == 1 {
                return ListEdit(
                    replacements: try replacement(of: pair, in: root, with: .value(.list([]))), expected: .sequence([]))
            }
            let item = items[index]
            let lines = document.lineStart(of: item.start)..<document.lineBoundary(after: item.end)
            return ListEdit(replacements: [TextReplacement(lines, with: "")], expected: .sequence(kept))
        case .mapping, .alias:
            throw .notAList(key: key, location: document.position(of: list.start))
        }
    }

    private func appending(_ value: String, to list: LayoutNode, _ items: [LayoutNode]) -> TextReplacement {
        let hint = quoting(of: items)
        guard let last = items.last else {
            let open = openingBracket(of: list)
            return TextReplacement(
                open..<list.contentEnd, with: "[" + ScalarWriter.string(value, keeping: nil, in: .flow) + "]")
        }
        if list.isFlow {
            let separator = flowSeparator(items.map { ($0.start, $0.contentEnd) })
            return TextReplacement(
                inserting: separator + ScalarWriter.string(value, keeping: hint, in: .flow), at: last.contentEnd)
        }
        let offset = document.lineBoundary(after: last.end)
        let prefix =
            blockItemPrefix(of: last)
            ?? String(repeating: " ", count: document.position(of: list.start).column - 1) + "- "
        let text = prefix + ScalarWriter.string(value, keeping: hint, in: .block) + document.lineEnding(before: offset)
        return TextReplacement(inserting: text, at: offset)
    }

    /// The value of top-level `key` as Cairn's parser read it.
    private func original(_ key: String) -> YAMLNode {
        document.pairs.first { $0.key.scalarText == key }?.value
            ?? YAMLNode(value: .scalar("", isPlain: true), location: .startOfFile)
    }

    private func originalElements(_ key: String) -> [YAMLNode] {
        if case .sequence(let elements) = original(key).value { return elements }
        return []
    }
}

/// How list items are compared: by text, and item ids by identity, so that
/// `US-012` is the same item as `US-12`.
enum ListElement {
    static func matches(_ written: String, _ value: String) -> Bool {
        if written == value { return true }
        guard let writtenID = ItemID(written), let valueID = ItemID(value) else { return false }
        return writtenID == valueID
    }
}
