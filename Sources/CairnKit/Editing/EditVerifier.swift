import CairnMarkdown

/// What a value must read back as after an edit.
indirect enum ExpectedNode {
    /// Exactly as before: same shape, same texts, same quoting.
    case unchanged(YAMLNode)
    /// The value the edit wrote, read by ``FrontMatterValue``'s rules.
    case written(FrontMatterValue)
    case sequence([ExpectedNode])
    case mapping([ExpectedPair])
}

/// A key and what its value must read back as.
struct ExpectedPair {
    /// The key as read before the edit, or `nil` for a new key.
    var original: YAMLNode?
    var key: String
    var value: ExpectedNode
}

/// The safety net: reads an edited text back with Cairn's own parser and
/// returns it only when every key reads as expected.
enum EditVerifier {
    /// What the body must read back as.
    enum BodyExpectation {
        /// The body's bytes stay the same.
        case unchanged
        /// The body's mentions are those before, with `old` renamed to `new`.
        case mentionsRenamed(old: ItemID, new: ItemID)
    }

    /// The edited text, when it reads back as `expected` and the body as
    /// `body` demands.
    static func verified(
        _ replacements: [TextReplacement], on document: EditableItemText, expected: [ExpectedPair],
        body: BodyExpectation = .unchanged
    ) throws(ItemTextEditError) -> String {
        guard let text = document.text(applying: replacements) else {
            throw .verificationFailed(reason: "two changes would overlap")
        }
        let edited: EditableItemText
        do {
            edited = try EditableItemText(text)
        } catch {
            throw .verificationFailed(reason: "the edited file no longer reads: \(error)")
        }
        if let problem = mismatch(edited.pairs, expected, at: []) { throw .verificationFailed(reason: problem) }
        switch body {
        case .unchanged:
            guard edited.bytes[edited.bodyRange].elementsEqual(document.bytes[document.bodyRange]) else {
                throw .verificationFailed(reason: "the body would change")
            }
        case .mentionsRenamed(let old, let new):
            let before = MarkdownParser.parse(document.text(document.bodyRange)).mentions.map { mention in
                ItemID(mention.target) == old ? new.description : mention.target
            }
            let after = MarkdownParser.parse(edited.text(edited.bodyRange)).mentions.map(\.target)
            guard before == after else {
                throw .verificationFailed(
                    reason:
                        "the body's mentions would read \(after.joined(separator: ", ")), not \(before.joined(separator: ", "))"
                )
            }
        }
        return text
    }

    /// Every pair before the edit, with the value at `path` replaced by
    /// `value`, or removed when `value` is `nil`; a key path through absent
    /// keys makes the mappings it needs.
    static func expectedPairs(_ pairs: [YAMLPair], changing path: ArraySlice<String>, to value: ExpectedNode?)
        -> [ExpectedPair]
    {
        guard let key = path.first else { return pairs.map(unchanged) }
        var result: [ExpectedPair] = []
        var found = false
        for pair in pairs {
            guard !found, pair.key.scalarText == key else {
                result.append(unchanged(pair))
                continue
            }
            found = true
            if path.count == 1 {
                if let value { result.append(ExpectedPair(original: pair.key, key: key, value: value)) }
                continue
            }
            var inner: [YAMLPair] = []
            if case .mapping(let pairs) = pair.value.value { inner = pairs }
            let nested = expectedPairs(inner, changing: path.dropFirst(), to: value)
            result.append(ExpectedPair(original: pair.key, key: key, value: .mapping(nested)))
        }
        if !found {
            if path.count == 1 {
                if let value { result.append(ExpectedPair(original: nil, key: key, value: value)) }
            } else {
                let nested = expectedPairs([], changing: path.dropFirst(), to: value)
                result.append(ExpectedPair(original: nil, key: key, value: .mapping(nested)))
            }
        }
        return result
    }

    private static func unchanged(_ pair: YAMLPair) -> ExpectedPair {
        ExpectedPair(original: pair.key, key: pair.key.scalarText ?? "", value: .unchanged(pair.value))
    }

    // MARK: Comparing

    private static func mismatch(_ actual: [YAMLPair], _ expected: [ExpectedPair], at path: [String]) -> String? {
        let actualKeys = actual.map { $0.key.scalarText ?? $0.key.shapeDescription }
        let expectedKeys = expected.map(\.key)
        guard actualKeys == expectedKeys else {
            let place = path.isEmpty ? "the front matter" : path.joined(separator: ".")
            return "\(place) would hold the keys \(list(actualKeys)) instead of \(list(expectedKeys))"
        }
        for (pair, wanted) in zip(actual, expected) {
            let name = path + [wanted.key]
            if let original = wanted.original, !same(pair.key, original) {
                return "the key \(name.joined(separator: ".")) would be written differently"
            }
            if let problem = mismatch(pair.value, wanted.value, at: name) { return problem }
        }
        return nil
    }

    private static func mismatch(_ actual: YAMLNode, _ expected: ExpectedNode, at path: [String]) -> String? {
        let differs = "\(path.joined(separator: ".")) would read \(describe(actual)) instead of \(describe(expected))"
        switch expected {
        case .unchanged(let original):
            return same(actual, original) ? nil : differs
        case .written(.string(let text)):
            guard case .scalar(text, let isPlain) = actual.value, !isPlain || ScalarWriter.readsAsString(text) else {
                return differs
            }
            return nil
        case .written(.plain(let text)):
            guard case .scalar(text, true) = actual.value else { return differs }
            return nil
        case .written(.list(let texts)):
            return mismatch(actual, .sequence(texts.map { .written(.string($0)) }), at: path)
        case .sequence(let elements):
            guard case .sequence(let items) = actual.value, items.count == elements.count else { return differs }
            for (index, (item, element)) in zip(items, elements).enumerated() {
                if let problem = mismatch(item, element, at: path.dropLast() + ["\(path.last ?? "")[\(index)]"]) {
                    return problem
                }
            }
            return nil
        case .mapping(let pairs):
            guard case .mapping(let actualPairs) = actual.value else { return differs }
            return mismatch(actualPairs, pairs, at: path)
        }
    }

    /// The same value, location aside.
    private static func same(_ lhs: YAMLNode, _ rhs: YAMLNode) -> Bool {
        switch (lhs.value, rhs.value) {
        case (.scalar(let left, let leftPlain), .scalar(let right, let rightPlain)):
            return left == right && leftPlain == rightPlain
        case (.sequence(let left), .sequence(let right)):
            return left.count == right.count && zip(left, right).allSatisfy { same($0, $1) }
        case (.mapping(let left), .mapping(let right)):
            return left.count == right.count
                && zip(left, right).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
        default:
            return false
        }
    }

    private static func describe(_ node: YAMLNode) -> String {
        switch node.value {
        case .scalar(let text, let isPlain): return isPlain ? text : "\"\(text)\""
        case .sequence(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private static func describe(_ expected: ExpectedNode) -> String {
        switch expected {
        case .unchanged(let node): return describe(node)
        case .written(.string(let text)), .written(.plain(let text)): return text
        case .written(.list(let texts)): return "[" + texts.joined(separator: ", ") + "]"
        case .sequence(let elements): return "[" + elements.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { $0.key + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private static func list(_ keys: [String]) -> String {
        keys.isEmpty ? "none" : keys.joined(separator: ", ")
    }
}
