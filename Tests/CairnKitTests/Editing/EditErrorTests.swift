import CairnKit
import Testing

/// Every way an edit is refused, with the place to look.
@Suite("ItemTextEditor errors")
struct EditErrorTests {
    private func set(_ text: String, key: String = "status") throws {
        _ = try ItemTextEditor.setting(key, to: .string("done"), in: text)
    }

    @Test("a file without front matter")
    func missingFrontMatter() {
        #expect(throws: ItemTextEditError.missingFrontMatter(.emptyFile)) { try set(" \n") }
        #expect(throws: ItemTextEditError.missingFrontMatter(.noOpeningFence)) { try set("# Title\n") }
        #expect(throws: ItemTextEditError.missingFrontMatter(.unclosed)) { try set("---\nid: US-1\n") }
        #expect(
            ItemTextEditError.missingFrontMatter(.noOpeningFence).description
                == "line 1: the file has no front matter; it must start with a line of ---")
    }

    @Test("front matter that does not parse, with the parser's location")
    func unreadable() {
        #expect(
            throws: ItemTextEditError.unreadableFrontMatter(
                message: "did not find expected ',' or ']' (while parsing a flow sequence)",
                location: SourcePosition(line: 3, column: 9))
        ) {
            try set("---\nid: US-1\nlabels: [a, b\nstatus: x\n---\n")
        }
        #expect(throws: ItemTextEditError.self) {
            try set("---\nid: US-1\n\tstatus: x\n---\n")
        }
    }

    @Test("front matter the parser refuses before reading it: too deep, or an alias bomb")
    func refusedYAML() {
        let deep =
            "---\nid: US-1\nx: " + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "\n---\n"
        #expect(
            throws: ItemTextEditError.unreadableFrontMatter(
                message: "it nests lists or mappings more than 64 levels deep; such YAML is refused",
                location: SourcePosition(line: 3, column: 1))
        ) {
            try set(deep)
        }
        let ten = { (name: String) in "[" + Array(repeating: "*\(name)", count: 10).joined(separator: ", ") + "]" }
        let bomb =
            "---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b \(ten("a"))\nc: &c \(ten("b"))\nd: &d \(ten("c"))\n---\n"
        #expect(
            throws: ItemTextEditError.unreadableFrontMatter(
                message:
                    "it expands to more than 10000 YAML nodes; anchors and aliases that expand without bound are refused",
                location: SourcePosition(line: 2, column: 1))
        ) {
            try set(bomb)
        }
    }

    @Test("front matter that is not a mapping written one key per line")
    func unsupported() {
        #expect(
            throws: ItemTextEditError.unsupportedFrontMatter(
                reason: "the front matter must be a mapping of keys, not a list",
                location: SourcePosition(line: 2, column: 1))
        ) {
            try set("---\n- a\n- b\n---\n")
        }
        #expect(
            throws: ItemTextEditError.unsupportedFrontMatter(
                reason: "the front matter is one flow mapping { … }; Cairn edits front matter written one key per line",
                location: SourcePosition(line: 2, column: 1))
        ) {
            try set("---\n{id: US-1, status: x}\n---\n")
        }
    }

    @Test("a duplicate key is refused when edited, and kept when another key is")
    func duplicateKey() throws {
        let text = "---\nid: US-1\nstatus: a\nowner: x\nstatus: b\n---\n"
        let error = ItemTextEditError.duplicateKey(
            key: "status", first: SourcePosition(line: 3, column: 1), duplicate: SourcePosition(line: 5, column: 1))
        #expect(throws: error) { try set(text) }
        #expect(throws: error) { try ItemTextEditor.removingKey("status", in: text) }
        #expect(throws: error) { try ItemTextEditor.adding(["x"], toList: "status", in: text) }
        #expect(
            error.description == "line 5: status is written twice (first on line 3); remove one before editing it")
        #expect(
            try ItemTextEditor.setting("owner", to: .string("yo"), in: text)
                == "---\nid: US-1\nstatus: a\nowner: yo\nstatus: b\n---\n")
    }

    @Test("a value with an anchor or alias is refused")
    func anchorsAndAliases() {
        let anchored = "---\nid: US-1\nstatus: &s draft\nowner: *s\n---\n"
        #expect(throws: ItemTextEditError.anchorOrAlias(key: "status", location: SourcePosition(line: 3, column: 9))) {
            try set(anchored)
        }
        #expect(throws: ItemTextEditError.anchorOrAlias(key: "owner", location: SourcePosition(line: 4, column: 8))) {
            try set(anchored, key: "owner")
        }
        let inList = "---\nid: US-1\nx: &a US-2\ndepends_on: [US-1, *a]\n---\n"
        #expect(
            throws: ItemTextEditError.anchorOrAlias(key: "depends_on", location: SourcePosition(line: 4, column: 13))
        ) {
            try ItemTextEditor.adding(["US-3"], toList: "depends_on", in: inList)
        }
    }

    @Test("a key path through a value that is not a mapping")
    func notAMapping() {
        #expect(throws: ItemTextEditError.notAMapping(key: "status", location: SourcePosition(line: 3, column: 9))) {
            try ItemTextEditor.setting(
                path: ["status", "inner"], to: .plain("1"), in: "---\nid: US-1\nstatus: draft\n---\n")
        }
        #expect(throws: ItemTextEditError.notAMapping(key: "labels", location: SourcePosition(line: 3, column: 9))) {
            try ItemTextEditor.removingKey(path: ["labels", "a"], in: "---\nid: US-1\nlabels: [a]\n---\n")
        }
    }

    @Test("a value or key that cannot be written as asked")
    func invalidValue() {
        let text = EditingFixtures.minimal
        #expect(throws: ItemTextEditError.self) { try ItemTextEditor.setting("estimate", to: .plain("a: b"), in: text) }
        #expect(throws: ItemTextEditError.self) { try ItemTextEditor.setting("estimate", to: .plain("null"), in: text) }
        #expect(throws: ItemTextEditError.self) { try ItemTextEditor.setting("estimate", to: .plain(""), in: text) }
        #expect(throws: ItemTextEditError.invalidValue(reason: "a key to edit must not be empty")) {
            try ItemTextEditor.setting("", to: .string("x"), in: text)
        }
        #expect(throws: ItemTextEditError.invalidValue(reason: "a key to edit must not be empty")) {
            try ItemTextEditor.setting(path: [], to: .string("x"), in: text)
        }
        #expect(
            ItemTextEditError.invalidValue(reason: "x").description == "x"
                && (try? ItemTextEditor.setting("estimate", to: .plain("[1]"), in: text)) == nil)
    }

    @Test("the safety net refuses an edit that would not read back as intended")
    func verificationFailure() {
        // An item whose text stands on the line after its dash: removing the
        // text's line would leave an empty item, which the read-back catches.
        let text = "---\nid: US-1\nlabels:\n  -\n    a\n  - b\n---\n"
        #expect {
            try ItemTextEditor.removing(["a"], fromList: "labels", in: text)
        } throws: { error in
            guard case .verificationFailed(let reason) = error as? ItemTextEditError else { return false }
            return reason == "labels would read [, b] instead of [b]"
        }
    }
}
