import CairnKit
import CairnSynthetic
import Foundation
import Testing

/// Random `cairn set` runs, in-process on a git repository, on a story
/// written in odd styles: a write changes only the lines of the key it
/// targets (every other byte of the file stays the same), every other field
/// parses to the same value before and after, and a refused or empty change
/// leaves the file untouched.
@Suite("cairn set random edits")
struct SetCommandPropertyTests {
    private static let path = "backlog/stories/US-7-styled.md"

    /// The same story in several styles; every one is a valid item.
    private static let styles: [String] = [
        """
        ---
        id: US-7   # the id
        'title': "Styled: story"
        status: draft  # until review

        priority: should
        labels: [ checkout ,payments ]
        x-team: {lead: ann}
        rice: {reach: 10, impact: 2, confidence: 0.5, effort: 3}
        notes: |
          keep
           me
        ...
        Body with [[US-1]] and\ttabs.

        ## Acceptance criteria
        - [ ] It works.

        """,
        """
        \u{FEFF}---
        id: US-7
        title: Block lists
        status: ready
        depends_on:
          - US-2
        labels:
            - a
            - "b, c"
        # a comment between keys
        owner: 'it''s me'
        estimate: 5
        created: 2026-01-31
        ---
        ## Acceptance criteria

        - [x] Done.
        """,
        "---\r\nid: US-7\r\ntitle: CRLF story\r\nstatus: in-progress\r\nlabels: []\r\nparent: EP-3\r\n---  \r\n"
            + "## Acceptance criteria\r\n- [ ] One.\r\n",
        "---\nid: US-7\ntitle: Minimal\n---\n",
    ]

    private static let strings = [
        "ann", "yes", "a: b", "#x", "Café ☕️", "it's", "say \"hi\"", "2024", "null", "- dash", "x #y", "back\\slash",
        "[x]", "{y}", "@at", "%pct", "`tick`", "a\ttab", "~", "*star", "&amp", "!bang", "|pipe", ">fold", "'single'",
    ]

    /// One `cairn set` argument, and what the edited field must then read as
    /// (`nil` when the value is not valid for its field and is not checked).
    private struct Edit: CustomStringConvertible {
        var arguments: [String]
        /// The top-level key whose lines may change.
        var key: String
        var expected: String?

        var description: String { arguments.joined(separator: " ") }
    }

    private static func randomEdit(present keys: [String], _ random: inout SplitMix64) -> Edit {
        func pick(_ choices: [String]) -> String { choices[Int(random.next() % UInt64(choices.count))] }
        switch random.next() % 12 {
        case 0:
            let value = pick(["draft", "ready", "in-progress", "done", "bogus"])
            return Edit(arguments: ["status=\(value)"], key: "status", expected: value == "bogus" ? nil : value)
        case 1:
            let value = pick(["must", "should", "could", "wont"])
            return Edit(arguments: ["priority=\(value)"], key: "priority", expected: value)
        case 2:
            let value = pick(strings)
            return Edit(arguments: ["owner=\(value)"], key: "owner", expected: value)
        case 3:
            let value = pick(strings)
            return Edit(arguments: ["title=\(value)"], key: "title", expected: value)
        case 4:
            let values = (0...(random.next() % 3)).map { _ in pick(["a", "checkout", "Café", "x y", "#z", "yes"]) }
            return Edit(
                arguments: ["labels=\(values.joined(separator: ","))"], key: "labels",
                expected: values.joined(separator: ", "))
        case 5:
            let value = pick(["US-2", "US-2,US-1", "US-99", ""])
            return Edit(
                arguments: ["depends_on=\(value)"], key: "depends_on",
                expected: value.contains("99") ? nil : value.replacingOccurrences(of: ",", with: ", "))
        case 6:
            let value = pick(["3", "8", "0", "lots"])
            return Edit(arguments: ["estimate=\(value)"], key: "estimate", expected: value == "lots" ? nil : value)
        case 7:
            let value = pick(["2026-01-31", "2025-12-01", "2026-02-30"])
            return Edit(arguments: ["created=\(value)"], key: "created", expected: value == "2026-02-30" ? nil : value)
        case 8:
            let value = pick(strings)
            return Edit(arguments: ["x-note=\(value)"], key: "x-note", expected: nil)
        case 9:
            let part = pick(["reach", "impact", "confidence", "effort"])
            let value = pick(["4000", "0.5", "1"])
            return Edit(arguments: ["rice.\(part)=\(value)"], key: "rice", expected: nil)
        case 10:
            let value = pick(["EP-3", "US-2"])
            return Edit(arguments: ["parent=\(value)"], key: "parent", expected: value == "EP-3" ? value : nil)
        default:
            let key = pick(keys.filter { $0 != "id" } + ["owner"])
            return Edit(arguments: ["--unset", key], key: key, expected: nil)
        }
    }

    @Test("a write changes only the targeted key's lines; every other field reads the same", arguments: 0..<4)
    func randomEdits(seed: UInt64) throws {
        var random = SplitMix64(seed: 7_000 + seed)
        let directory = try BacklogFixture.write()
        try directory.initializeGitRepository()
        let file = directory.url.appendingPathComponent(Self.path)
        var writes = 0
        for round in 0..<12 {
            try directory.write(Self.path, Self.styles[Int(random.next() % UInt64(Self.styles.count))])
            for step in 0..<3 {
                let before = try [UInt8](Data(contentsOf: file))
                let keys = Self.parse(before)?.keys.map(\.name) ?? []
                let edit = Self.randomEdit(present: keys, &random)
                let force = random.next() % 2 == 0
                let arguments = ["set", "US-7"] + edit.arguments + (force ? ["--force"] : [])
                let result = cairn(arguments, in: directory)
                let after = try [UInt8](Data(contentsOf: file))
                let context =
                    "seed \(seed), round \(round), step \(step): cairn \(arguments.joined(separator: " "))"
                    + " → \(result.status) \(result.stdout)\(result.stderr)\nbefore:\n\(String(decoding: before, as: UTF8.self))"
                    + "\nafter:\n\(String(decoding: after, as: UTF8.self))"
                switch result.status {
                case 0 where result.stdout.hasPrefix("Wrote "):
                    writes += 1
                    check(edit, from: before, to: after, context: context)
                case 0, 1:
                    #expect(after == before, "\(context)")
                default:
                    Issue.record("unexpected exit status: \(context)")
                }
            }
        }
        #expect(writes > 12, "most runs write")
    }

    private func check(_ edit: Edit, from before: [UInt8], to after: [UInt8], context: String) {
        guard let old = Self.parse(before), let new = Self.parse(after) else {
            Issue.record("no longer an item: \(context)")
            return
        }
        #expect(
            new.keys.map(\.name).filter { $0 != edit.key } == old.keys.map(\.name).filter { $0 != edit.key },
            "\(context)")
        #expect(new.fields.filter { $0.key != edit.key } == old.fields.filter { $0.key != edit.key }, "\(context)")
        #expect(
            Set(new.references.filter { $0.type.name != edit.key }.map { "\($0.type) \($0.target)" })
                == Set(old.references.filter { $0.type.name != edit.key }.map { "\($0.type) \($0.target)" }),
            "\(context)")
        if edit.arguments.first == "--unset" {
            #expect(!new.keys.contains { $0.name == edit.key }, "\(context)")
        } else if let expected = edit.expected {
            #expect((new.fields[edit.key]?.displayText ?? "") == expected, "\(context)")
        } else {
            #expect(new.keys.contains { $0.name == edit.key }, "\(context)")
        }

        let changed = Self.changedLines(from: before, to: after)
        let region: ClosedRange<Int>
        if let index = old.keys.firstIndex(where: { $0.name == edit.key }) {
            let next = index + 1 < old.keys.count ? old.keys[index + 1].position.key.line : Self.fenceLine(before)
            region = old.keys[index].position.key.line...(next - 1)
            #expect(
                changed.isEmpty || region.contains(changed.lowerBound) && region.contains(changed.upperBound - 1),
                "changed lines \(changed) outside \(region): \(context)")
        } else {
            let last = old.keys.last?.position.key.line ?? 1
            #expect(changed.isEmpty, "adding a key changes lines \(changed): \(context)")
            #expect((last + 1)...Self.fenceLine(before) ~= changed.lowerBound, "inserted at \(changed): \(context)")
        }
    }

    // MARK: Reading back

    private static func parse(_ bytes: [UInt8]) -> Item? {
        ItemFileParser.parse(path: path, bytes: bytes, schema: ItemSchema(.default)).item
    }

    /// The line of the closing fence.
    private static func fenceLine(_ bytes: [UInt8]) -> Int {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard case .success(let split) = FrontMatterSplitter.split(text) else { return 0 }
        return split.bodyFirstLine - 1
    }

    /// The 1-based lines of `old` that `new` replaces: everything between
    /// their longest common first and last lines. Empty, at the line the new
    /// lines go before, for a pure insertion.
    private static func changedLines(from old: [UInt8], to new: [UInt8]) -> Range<Int> {
        let oldLines = old.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let newLines = new.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < min(oldLines.count, newLines.count), oldLines[prefix].elementsEqual(newLines[prefix]) {
            prefix += 1
        }
        var suffix = 0
        while suffix < min(oldLines.count, newLines.count) - prefix,
            oldLines[oldLines.count - 1 - suffix].elementsEqual(newLines[newLines.count - 1 - suffix])
        {
            suffix += 1
        }
        return (prefix + 1)..<(oldLines.count - suffix + 1)
    }
}
