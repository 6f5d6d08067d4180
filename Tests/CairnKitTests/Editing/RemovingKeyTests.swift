import CairnKit
import Testing

/// Removing a key with its value and the lines they occupy, nothing more.
@Suite("ItemTextEditor removing keys")
struct RemovingKeyTests {
    private let fixture = EditingFixtures.commented

    @Test("a key goes with its line and the comment on it; the comment above stays")
    func plainKey() throws {
        #expect(
            try ItemTextEditor.removingKey("status", in: fixture)
                == fixture.replacingOnce("status: draft  # until review\n", with: ""))
        #expect(
            try ItemTextEditor.removingKey("id", in: fixture)
                == fixture.replacingOnce("id: US-12   # the id\n", with: ""))
    }

    @Test("a block list goes with all its lines, comments between items included")
    func blockList() throws {
        #expect(
            try ItemTextEditor.removingKey("depends_on", in: fixture)
                == fixture.replacingOnce(
                    "depends_on:\n    # blockers first\n    -   US-9    # the API\n    -   \"US-10\"\n", with: ""))
    }

    @Test("a block scalar goes with its lines; the blank line after it stays")
    func blockScalar() throws {
        #expect(
            try ItemTextEditor.removingKey("description", in: fixture)
                == fixture.replacingOnce("description: |\n  Multi-line\n    indented\n", with: ""))
    }

    @Test("the last key goes and the closing fence stays, `...` included")
    func lastKey() throws {
        #expect(
            try ItemTextEditor.removingKey("rice", in: fixture)
                == fixture.replacingOnce("rice:\n  reach: 4000   # people\n  impact: 2\n", with: ""))
        #expect(
            try ItemTextEditor.removingKey("closing", in: EditingFixtures.blocky)
                == EditingFixtures.blocky.replacingOnce("closing: >-\n  the end\n", with: ""))
    }

    @Test("the only key goes, leaving empty front matter")
    func onlyKey() throws {
        #expect(try ItemTextEditor.removingKey("id", in: EditingFixtures.minimal) == "---\n---\n")
    }

    @Test("a key after a block that keeps its trailing lines takes the blank lines after it along")
    func afterKeepingBlock() throws {
        let text = "---\nid: US-1\nnotes: |+\n  kept\n\nowner: x\n\n# end\n---\n"
        #expect(try ItemTextEditor.removingKey("owner", in: text) == "---\nid: US-1\nnotes: |+\n  kept\n\n# end\n---\n")
    }

    @Test("an absent key changes nothing")
    func absentKey() throws {
        #expect(try ItemTextEditor.removingKey("owner", in: fixture) == fixture)
        #expect(try ItemTextEditor.removingKey(path: ["rice", "effort"], in: fixture) == fixture)
        #expect(
            try ItemTextEditor.removingKey(path: ["owner", "name"], in: EditingFixtures.unusual)
                == EditingFixtures.unusual)
    }

    @Test("a key of a nested mapping goes; a mapping left empty reads {}")
    func nestedKey() throws {
        #expect(
            try ItemTextEditor.removingKey(path: ["rice", "impact"], in: fixture)
                == fixture.replacingOnce("  impact: 2\n", with: ""))
        #expect(
            try ItemTextEditor.removingKey(path: ["custom_thing", "a"], in: fixture)
                == fixture.replacingOnce("{a: 1, b: [x, y]}", with: "{b: [x, y]}"))
        #expect(
            try ItemTextEditor.removingKey(path: ["custom_thing", "b"], in: fixture)
                == fixture.replacingOnce("{a: 1, b: [x, y]}", with: "{a: 1}"))
        let single = "---\nid: US-1\nrice:  # scores\n  reach: 4\nowner: x\n---\n"
        #expect(
            try ItemTextEditor.removingKey(path: ["rice", "reach"], in: single)
                == "---\nid: US-1\nrice: {}  # scores\nowner: x\n---\n")
        #expect(
            try ItemTextEditor.removingKey(path: ["rice", "reach"], in: "---\nid: US-1\nrice: {reach: 4}\n---\n")
                == "---\nid: US-1\nrice: {}\n---\n")
    }

    @Test("CRLF and a byte order mark stay")
    func crlfAndByteOrderMark() throws {
        let text = EditingFixtures.withByteOrderMark(EditingFixtures.crlf(EditingFixtures.unusual))
        #expect(
            try ItemTextEditor.removingKey("x-team", in: text)
                == EditingFixtures.withByteOrderMark(
                    EditingFixtures.crlf(
                        EditingFixtures.unusual.replacingOnce(
                            "x-team:\n  name: core\n  members:\n  - ann\n  - bob\n", with: ""))))
    }
}
