import CairnKit
import CairnSynthetic
import Testing

/// Random edits, from a seeded generator so that every run makes the same
/// ones, on files in odd styles: each edit changes only the lines of the key
/// it edits, and every other key reads the same before and after.
@Suite("ItemTextEditor random edits")
struct EditPropertyTests {
    private static let files: [String] = [
        EditingFixtures.commented, EditingFixtures.crlf(EditingFixtures.commented), EditingFixtures.blocky,
        EditingFixtures.withByteOrderMark(EditingFixtures.blocky), EditingFixtures.unusual,
        EditingFixtures.crlf(EditingFixtures.unusual), EditingFixtures.spaced, EditingFixtures.minimal,
    ]
    private static let strings = [
        "done", "yes", "a: b", "US-7", "Café ☕️", " padded ", "#x", "2024", "multi\nline", "it's", "say \"hi\"", "[x]",
        "a, b", "", "null", "- dash", "x #y", "back\\slash",
    ]
    private static let plains = ["5", "0.8", "2026-03-31", "true", "-3", "word"]
    private static let ids = ["US-1", "US-9", "US-10", "US-012", "PRD-2", "FB-1", "odd, one", "yes"]
    private static let newKeys = ["owner", "x-new", "estimate", "depends_on", "notes2"]

    /// The keys of a front matter, each with the file line of its key and
    /// its value, in order.
    private struct Entry {
        var key: String
        var line: Int
        var value: YAMLNode
    }

    private enum Edit: CustomStringConvertible {
        case set(String, FrontMatterValue)
        case remove(String)
        case add(String, [String])
        case removeFromList(String, [String])

        var key: String {
            switch self {
            case .set(let key, _), .remove(let key), .add(let key, _), .removeFromList(let key, _): return key
            }
        }

        var description: String {
            switch self {
            case .set(let key, let value): return "set \(key) to \(value)"
            case .remove(let key): return "remove \(key)"
            case .add(let key, let values): return "add \(values) to \(key)"
            case .removeFromList(let key, let values): return "remove \(values) from \(key)"
            }
        }

        func apply(to text: String) throws -> String {
            switch self {
            case .set(let key, let value): return try ItemTextEditor.setting(key, to: value, in: text)
            case .remove(let key): return try ItemTextEditor.removingKey(key, in: text)
            case .add(let key, let values): return try ItemTextEditor.adding(values, toList: key, in: text)
            case .removeFromList(let key, let values):
                return try ItemTextEditor.removing(values, fromList: key, in: text)
            }
        }
    }

    @Test("every edit changes only its key's lines and keeps every other key and field", arguments: 0..<6)
    func randomEdits(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        for round in 0..<40 {
            var text = Self.files[Int(random.next() % UInt64(Self.files.count))]
            for step in 0..<3 {
                let entries = try #require(Self.entries(of: text), "seed \(seed), round \(round), step \(step)")
                let edit = Self.randomEdit(entries, &random)
                let context = "seed \(seed), round \(round), step \(step): \(edit) in\n\(text)"
                let edited: String
                do {
                    edited = try edit.apply(to: text)
                } catch {
                    Issue.record("\(context)\nthrew \(error)")
                    break
                }
                try check(edit, from: text, to: edited, entries: entries, context: context)
                text = edited
            }
        }
    }

    private func check(_ edit: Edit, from text: String, to edited: String, entries: [Entry], context: String) throws {
        let after = try #require(Self.entries(of: edited), "\(context)\nno longer reads:\n\(edited)")
        let others = entries.filter { $0.key != edit.key }
        #expect(
            after.filter { $0.key != edit.key }.map { "\($0.key): \(Self.describe($0.value))" }
                == others.map { "\($0.key): \(Self.describe($0.value))" }, "\(context)\n→\n\(edited)")

        let (before, now) = (Self.item(text), Self.item(edited))
        #expect(before?.keys.map(\.name).filter { $0 != edit.key } == now?.keys.map(\.name).filter { $0 != edit.key })
        #expect(
            before?.fields.filter { $0.key != edit.key } == now?.fields.filter { $0.key != edit.key },
            "\(context)\n→\n\(edited)")
        #expect(Self.body(of: text) == Self.body(of: edited), "\(context)")

        let value = after.first { $0.key == edit.key }?.value
        switch edit {
        case .set(_, .string(let string)), .set(_, .plain(let string)):
            #expect(value?.scalarText == string, "\(context)\n→\n\(edited)")
        case .set(_, .list(let strings)):
            #expect(Self.scalarTexts(value) == strings, "\(context)\n→\n\(edited)")
        case .remove:
            #expect(value == nil, "\(context)\n→\n\(edited)")
        case .add(_, let values):
            #expect(values.allSatisfy { Self.contains(value, $0) }, "\(context)\n→\n\(edited)")
        case .removeFromList(_, let values):
            #expect(!values.contains { Self.contains(value, $0) }, "\(context)\n→\n\(edited)")
        }

        guard edited != text else { return }
        let changed = Self.changedLines(from: text, to: edited)
        let region: Range<Int>
        if let index = entries.firstIndex(where: { $0.key == edit.key }) {
            region = entries[index].line..<(index + 1 < entries.count ? entries[index + 1].line : Self.fenceLine(text))
        } else {
            region = (entries.last?.line ?? 1)..<Self.fenceLine(text)
            #expect(changed.isEmpty, "\(context)\nan added key changes lines \(changed)\n→\n\(edited)")
        }
        let inside =
            changed.isEmpty
            ? region.lowerBound < changed.lowerBound && changed.lowerBound <= region.upperBound
            : region.lowerBound <= changed.lowerBound && changed.upperBound <= region.upperBound
        #expect(inside, "\(context)\nchanged lines \(changed) outside \(region)\n→\n\(edited)")
    }

    // MARK: Generating edits

    private static func randomEdit(_ entries: [Entry], _ random: inout SplitMix64) -> Edit {
        let keys = entries.map(\.key).filter { $0 != "id" && $0 != "kind" } + newKeys
        let key = pick(keys, &random)
        let value = entries.first { $0.key == key }?.value
        let listable: Bool
        switch value?.value {
        case .mapping: listable = false
        case .sequence(let items): listable = items.allSatisfy { $0.scalarText != nil }
        default: listable = true
        }
        switch random.next() % (listable ? 6 : 3) {
        case 0: return .set(key, .string(pick(strings, &random)))
        case 1: return .set(key, .plain(pick(plains, &random)))
        case 2:
            return random.next() % 2 == 0
                ? .remove(key) : .set(key, .list([pick(ids, &random), pick(strings, &random)]))
        case 3, 4: return .add(key, [pick(ids, &random)] + (random.next() % 3 == 0 ? [pick(ids, &random)] : []))
        default:
            let present = scalarTexts(value) ?? []
            return .removeFromList(key, [present.isEmpty ? pick(ids, &random) : pick(present, &random)])
        }
    }

    private static func pick(_ choices: [String], _ random: inout SplitMix64) -> String {
        choices[Int(random.next() % UInt64(choices.count))]
    }

    // MARK: Reading back, independently of the editor

    private static func unmarked(_ text: String) -> String {
        text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
    }

    private static func entries(of text: String) -> [Entry]? {
        let plain = unmarked(text)
        guard case .success(let split) = FrontMatterSplitter.split(plain),
            case .success(let root) = YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: SourceText(plain))
        else { return nil }
        guard let root else { return [] }
        guard case .mapping(let pairs) = root.value else { return nil }
        return pairs.map { Entry(key: $0.key.scalarText ?? "?", line: $0.key.location.line, value: $0.value) }
    }

    private static func item(_ text: String) -> Item? {
        ItemFileParser.parse(path: "US-1.md", bytes: Array(text.utf8), schema: ItemSchema(.default)).item
    }

    private static func body(of text: String) -> Substring? {
        guard case .success(let split) = FrontMatterSplitter.split(unmarked(text)) else { return nil }
        return split.body
    }

    /// The line of the closing fence.
    private static func fenceLine(_ text: String) -> Int {
        guard case .success(let split) = FrontMatterSplitter.split(unmarked(text)) else { return 0 }
        return split.bodyFirstLine - 1
    }

    private static func describe(_ node: YAMLNode) -> String {
        switch node.value {
        case .scalar(let text, let isPlain): return isPlain ? text : "'\(text)'"
        case .sequence(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private static func scalarTexts(_ node: YAMLNode?) -> [String]? {
        switch node?.value {
        case .sequence(let items): return items.compactMap(\.scalarText)
        case .scalar(let text, _): return node?.isNull == true ? [] : [text]
        default: return nil
        }
    }

    private static func contains(_ list: YAMLNode?, _ value: String) -> Bool {
        (scalarTexts(list) ?? []).contains { $0 == value || (ItemID($0) != nil && ItemID($0) == ItemID(value)) }
    }

    /// The 1-based lines of `text` that `edited` changes: everything
    /// between their common first and last lines. Empty (at the line
    /// where the new lines go) for a pure insertion.
    private static func changedLines(from text: String, to edited: String) -> Range<Int> {
        let old = Array(text.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let new = Array(edited.utf8).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < min(old.count, new.count), old[prefix].elementsEqual(new[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < min(old.count, new.count) - prefix,
            old[old.count - 1 - suffix].elementsEqual(new[new.count - 1 - suffix])
        {
            suffix += 1
        }
        return (prefix + 1)..<(old.count - suffix + 1)
    }
}
