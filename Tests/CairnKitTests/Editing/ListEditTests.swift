import CairnKit
import Testing

/// `cairn link` and `cairn unlink`: adding to and removing from a list in
/// the style it is written in.
@Suite("ItemTextEditor list edits")
struct ListEditTests {
    private func file(_ frontMatter: String) -> String { "---\nid: US-1\n" + frontMatter + "---\nBody\n" }

    // MARK: Adding

    @Test("a flow list gets the new item after its last, with the list's own separator and quotes")
    func addToFlowList() throws {
        #expect(
            try ItemTextEditor.adding(["US-3"], toList: "depends_on", in: file("depends_on: [US-1, US-2]\n"))
                == file("depends_on: [US-1, US-2, US-3]\n"))
        #expect(
            try ItemTextEditor.adding(["c"], toList: "labels", in: file("labels: [ a , \"b\" ]  # tags\n"))
                == file("labels: [ a , \"b\" , c ]  # tags\n"))
        #expect(
            try ItemTextEditor.adding(["US-9", "US-8"], toList: "evidence", in: file("evidence: ['FB-1']\n"))
                == file("evidence: ['FB-1', 'US-9', 'US-8']\n"))
    }

    @Test("a multi-line flow list gets a line of its own, before a trailing comma and comments")
    func addToMultiLineFlowList() throws {
        let text = file("implements: [\n  PRD-1,  # first\n  PRD-2,\n]\n")
        #expect(
            try ItemTextEditor.adding(["PRD-3"], toList: "implements", in: text)
                == file("implements: [\n  PRD-1,  # first\n  PRD-2,\n  PRD-3,\n]\n"))
        let commented = file("implements: [PRD-1,  # first\n    PRD-2]\n")
        #expect(
            try ItemTextEditor.adding(["PRD-3"], toList: "implements", in: commented)
                == file("implements: [PRD-1,  # first\n    PRD-2,\n    PRD-3]\n"))
    }

    @Test("an empty flow list gets its first item")
    func addToEmptyFlowList() throws {
        #expect(
            try ItemTextEditor.adding(["US-2"], toList: "depends_on", in: file("depends_on: []  # none\n"))
                == file("depends_on: [US-2]  # none\n"))
        #expect(
            try ItemTextEditor.adding(["US-2"], toList: "depends_on", in: file("depends_on: [ ]\n"))
                == file("depends_on: [US-2]\n"))
    }

    @Test("a block list gets a new line after its last item, with that item's indentation and dash")
    func addToBlockList() throws {
        let text = file("depends_on:\n    # blockers\n    -   US-9    # API\n\n    -   \"US-10\"\n  # end\nowner: x\n")
        #expect(
            try ItemTextEditor.adding(["US-11"], toList: "depends_on", in: text)
                == file(
                    "depends_on:\n    # blockers\n    -   US-9    # API\n\n    -   \"US-10\"\n    -   US-11\n  # end\nowner: x\n"
                ))
        let flush = file("evidence:\n- FB-1\n")
        #expect(
            try ItemTextEditor.adding(["FB-2"], toList: "evidence", in: flush) == file("evidence:\n- FB-1\n- FB-2\n"))
    }

    @Test("a block list in a CRLF file gets a CRLF line")
    func addToBlockListCRLF() throws {
        let text = EditingFixtures.crlf(file("relates_to:\n  - US-2\nowner: x\n"))
        #expect(
            try ItemTextEditor.adding(["US-3"], toList: "relates_to", in: text)
                == EditingFixtures.crlf(file("relates_to:\n  - US-2\n  - US-3\nowner: x\n")))
    }

    @Test("a single value becomes a flow list of two, in its quotes")
    func addToSingleValue() throws {
        #expect(
            try ItemTextEditor.adding(["US-4"], toList: "depends_on", in: file("depends_on: US-3  # soon\n"))
                == file("depends_on: [US-3, US-4]  # soon\n"))
        #expect(
            try ItemTextEditor.adding(["US-4"], toList: "depends_on", in: file("depends_on: \"US-3\"\n"))
                == file("depends_on: [\"US-3\", \"US-4\"]\n"))
        #expect(
            try ItemTextEditor.adding(["b"], toList: "labels", in: file("labels: a, odd\n"))
                == file("labels: [\"a, odd\", b]\n"))
    }

    @Test("an absent or empty key gets a new list")
    func addToAbsentOrEmpty() throws {
        #expect(
            try ItemTextEditor.adding(["US-4", "US-5"], toList: "depends_on", in: file("owner: x\n"))
                == file("owner: x\ndepends_on: [US-4, US-5]\n"))
        #expect(
            try ItemTextEditor.adding(["US-4"], toList: "depends_on", in: file("depends_on:\nowner: x\n"))
                == file("depends_on: [US-4]\nowner: x\n"))
        #expect(
            try ItemTextEditor.adding(["US-4"], toList: "depends_on", in: file("depends_on: ~  # none\n"))
                == file("depends_on: [US-4]  # none\n"))
    }

    @Test("a new item is quoted where brackets or commas would end it, and only there")
    func itemQuoting() throws {
        #expect(
            try ItemTextEditor.adding(["a, b", "[x]", "{y}", "z"], toList: "labels", in: file("labels: [w]\n"))
                == file("labels: [w, \"a, b\", \"[x]\", \"{y}\", z]\n"))
        #expect(
            try ItemTextEditor.adding(["a, b", "x]"], toList: "labels", in: file("labels:\n  - w\n"))
                == file("labels:\n  - w\n  - a, b\n  - x]\n"))
    }

    @Test("an item the list holds is not added again; ids compare as ids")
    func addPresent() throws {
        let text = file("depends_on: [US-012, \"US-3\"]\n")
        #expect(try ItemTextEditor.adding(["US-12", "US-3", "US-12"], toList: "depends_on", in: text) == text)
        #expect(
            try ItemTextEditor.adding(["US-4", "US-4"], toList: "depends_on", in: text)
                == file("depends_on: [US-012, \"US-3\", US-4]\n"))
        let single = file("parent: EP-1\n")
        #expect(try ItemTextEditor.adding(["EP-01"], toList: "parent", in: single) == single)
    }

    // MARK: Removing

    @Test("an item of a flow list goes with one separator beside it")
    func removeFromFlowList() throws {
        let text = file("depends_on: [ US-1 , \"US-2\" , US-3 ]  # all\n")
        #expect(
            try ItemTextEditor.removing(["US-1"], fromList: "depends_on", in: text)
                == file("depends_on: [ \"US-2\" , US-3 ]  # all\n"))
        #expect(
            try ItemTextEditor.removing(["US-2"], fromList: "depends_on", in: text)
                == file("depends_on: [ US-1 , US-3 ]  # all\n"))
        #expect(
            try ItemTextEditor.removing(["US-3"], fromList: "depends_on", in: text)
                == file("depends_on: [ US-1 , \"US-2\" ]  # all\n"))
        #expect(
            try ItemTextEditor.removing(["US-3", "US-1", "US-2"], fromList: "depends_on", in: text)
                == file("depends_on: []  # all\n"))
    }

    @Test("an item of a multi-line flow list goes with its line")
    func removeFromMultiLineFlowList() throws {
        let text = file("implements: [\n  PRD-1,  # first\n  PRD-2,\n  PRD-3,\n]\n")
        #expect(
            try ItemTextEditor.removing(["PRD-1"], fromList: "implements", in: text)
                == file("implements: [\n  PRD-2,\n  PRD-3,\n]\n"))
        #expect(
            try ItemTextEditor.removing(["PRD-3"], fromList: "implements", in: text)
                == file("implements: [\n  PRD-1,  # first\n  PRD-2,\n]\n"))
        #expect(
            try ItemTextEditor.removing(["PRD-1", "PRD-2", "PRD-3"], fromList: "implements", in: text)
                == file("implements: []\n"))
    }

    @Test("an item of a block list goes with its line; comments between items stay")
    func removeFromBlockList() throws {
        let text = file(
            "depends_on:  # blockers\n    -   US-9    # API\n    # then\n    -   \"US-10\"\n    - US-11\nowner: x\n")
        #expect(
            try ItemTextEditor.removing(["US-10"], fromList: "depends_on", in: text)
                == file("depends_on:  # blockers\n    -   US-9    # API\n    # then\n    - US-11\nowner: x\n"))
        #expect(
            try ItemTextEditor.removing(["US-9"], fromList: "depends_on", in: text)
                == file("depends_on:  # blockers\n    # then\n    -   \"US-10\"\n    - US-11\nowner: x\n"))
        #expect(
            try ItemTextEditor.removing(["US-9", "US-10", "US-11"], fromList: "depends_on", in: text)
                == file("depends_on: []  # blockers\nowner: x\n"))
    }

    @Test("a single value that is removed leaves an empty list")
    func removeSingleValue() throws {
        #expect(
            try ItemTextEditor.removing(["US-3"], fromList: "depends_on", in: file("depends_on: US-3  # one\n"))
                == file("depends_on: []  # one\n"))
    }

    @Test("every occurrence goes; ids compare as ids")
    func removeAllOccurrences() throws {
        #expect(
            try ItemTextEditor.removing(["US-3"], fromList: "depends_on", in: file("depends_on: [US-3, US-4, US-03]\n"))
                == file("depends_on: [US-4]\n"))
    }

    @Test("removing what the list does not hold changes nothing")
    func removeAbsent() throws {
        for frontMatter in [
            "depends_on: [US-4]\n", "depends_on: US-4\n", "depends_on:\n", "owner: x\n", "labels: [US-3]\n",
        ] {
            let text = file(frontMatter)
            #expect(try ItemTextEditor.removing(["US-3"], fromList: "depends_on", in: text) == text)
        }
    }

    @Test("a CRLF file with a byte order mark keeps both")
    func removeCRLFWithByteOrderMark() throws {
        let text = EditingFixtures.withByteOrderMark(EditingFixtures.crlf(file("relates_to:\n  - US-2\n  - US-3\n")))
        #expect(
            try ItemTextEditor.removing(["US-2"], fromList: "relates_to", in: text)
                == EditingFixtures.withByteOrderMark(EditingFixtures.crlf(file("relates_to:\n  - US-3\n"))))
    }

    @Test("a list edit on a mapping is refused")
    func notAList() {
        let text = file("rice:\n  reach: 3\n")
        #expect(throws: ItemTextEditError.notAList(key: "rice", location: SourcePosition(line: 4, column: 3))) {
            try ItemTextEditor.adding(["x"], toList: "rice", in: text)
        }
        #expect(throws: ItemTextEditError.notAList(key: "rice", location: SourcePosition(line: 4, column: 3))) {
            try ItemTextEditor.removing(["x"], fromList: "rice", in: text)
        }
    }
}
