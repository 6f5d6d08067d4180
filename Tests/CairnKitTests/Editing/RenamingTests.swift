import CairnKit
import Testing

/// `cairn rename`: every reference to the old id, in fields and mentions,
/// and nothing else.
@Suite("ItemTextEditor renaming references")
struct RenamingTests {
    private let linkFields = Configuration.default.linkFieldNames
    private let old = ItemID(prefix: "US", number: 12)
    private let new = ItemID(prefix: "US", number: 345)

    private func rename(_ text: String) throws -> String {
        try ItemTextEditor.renamingReferences(from: old, to: new, linkFields: linkFields, in: text)
    }

    @Test("the default link fields are the id and id-list fields")
    func defaultLinkFields() {
        #expect(
            linkFields == ["parent", "release", "depends_on", "implements", "key_results", "evidence", "relates_to"])
    }

    @Test("the id, link fields in every style and body mentions are rewritten; nothing else is")
    func everyReference() throws {
        let text = """
            ---
            id: US-12   # renamed
            title: Split US-12 and [[US-12]] out of US-123
            parent: US-12
            depends_on: [ US-1 , "US-12" , US-123 ]
            relates_to:
              - 'US-12'  # itself
              - US-120
            evidence: [US-012]
            x-note: US-12
            labels: [US-12]
            ---
            # About [[US-12]]

            See [[US-12]], not [[US-123]] nor US-12 nor [US-12] nor [[ US-12 ]].
            - [ ] Check with [[US-12]]\tand `[[US-12]]` in code.

            ```
            [[US-12]] in a fence
            ```

                [[US-12]] indented code

            <!-- [[US-12]] in a comment -->
            Café ☕️ [[US-12]]
            """
        let expected = """
            ---
            id: US-345   # renamed
            title: Split US-12 and [[US-12]] out of US-123
            parent: US-345
            depends_on: [ US-1 , "US-345" , US-123 ]
            relates_to:
              - 'US-345'  # itself
              - US-120
            evidence: [US-345]
            x-note: US-12
            labels: [US-12]
            ---
            # About [[US-345]]

            See [[US-345]], not [[US-123]] nor US-12 nor [US-12] nor [[ US-12 ]].
            - [ ] Check with [[US-345]]\tand `[[US-12]]` in code.

            ```
            [[US-12]] in a fence
            ```

                [[US-12]] indented code

            <!-- [[US-12]] in a comment -->
            Café ☕️ [[US-345]]
            """
        #expect(try rename(text) == expected)
    }

    @Test("CRLF, a byte order mark and `...` stay")
    func crlfAndByteOrderMark() throws {
        let text = EditingFixtures.withByteOrderMark(
            EditingFixtures.crlf("---\nid: US-7\nparent: US-12\n...\nSee [[US-12]].\n"))
        #expect(
            try rename(text)
                == EditingFixtures.withByteOrderMark(
                    EditingFixtures.crlf("---\nid: US-7\nparent: US-345\n...\nSee [[US-345]].\n")))
    }

    @Test("a file without references comes back unchanged")
    func noReferences() throws {
        let text = EditingFixtures.blocky
        #expect(try rename(text) == text)
        #expect(try ItemTextEditor.renamingReferences(from: old, to: old, linkFields: linkFields, in: text) == text)
    }

    @Test("only the link fields given are rewritten")
    func givenFieldsOnly() throws {
        let text = "---\nid: US-1\nparent: US-12\nblocked_by: [US-12]\n---\n"
        #expect(
            try ItemTextEditor.renamingReferences(from: old, to: new, linkFields: ["blocked_by"], in: text)
                == "---\nid: US-1\nparent: US-12\nblocked_by: [US-345]\n---\n")
    }

    @Test("a mention written with an escape cannot be rewritten in place and is refused")
    func escapedMention() {
        let text = "---\nid: US-1\n---\nSee [[US\\-12]].\n"
        #expect(
            throws: ItemTextEditError.unrewritableMention(target: "US-12", location: SourcePosition(line: 4, column: 5))
        ) {
            try rename(text)
        }
    }

    @Test("a reference through an alias or with an anchor is refused")
    func aliases() {
        let aliased = "---\nid: US-1\nx: &p US-12\nparent: *p\n---\n"
        #expect(throws: ItemTextEditError.anchorOrAlias(key: "parent", location: SourcePosition(line: 4, column: 9))) {
            try rename(aliased)
        }
        let anchored = "---\nid: US-1\nparent: &p US-12\nx: *p\n---\n"
        #expect(throws: ItemTextEditError.anchorOrAlias(key: "parent", location: SourcePosition(line: 3, column: 9))) {
            try rename(anchored)
        }
        let unrelated = "---\nid: US-1\nparent: &p EP-1\nrelates_to: [US-12]\nx: *p\n---\n"
        #expect(
            (try? rename(unrelated)) == "---\nid: US-1\nparent: &p EP-1\nrelates_to: [US-345]\nx: *p\n---\n")
    }

    @Test("a referring file keeps its own id, even the same old id held by mistake")
    func referrerKeepsItsID() throws {
        let text = "---\nid: US-12\ntitle: The other US-12\ndepends_on: [US-12]\n---\nSee [[US-12]].\n"
        let renamed = try ItemTextEditor.renamingReferences(
            from: old, to: new, linkFields: linkFields, rewritingID: false, in: text)
        #expect(renamed == "---\nid: US-12\ntitle: The other US-12\ndepends_on: [US-345]\n---\nSee [[US-345]].\n")
    }
}
