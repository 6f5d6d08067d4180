import Testing

@testable import CairnKit

/// Conflict markers, found through `ItemFileParser.parse` and read back by
/// the rule's message.
@Suite("Merge conflict markers")
struct MergeConflictScannerTests {
    private func conflicts(_ text: String) -> [MergeConflict] {
        ItemFileParser.parse(path: "backlog/stories/US-1-a.md", bytes: Array(text.utf8), schema: ItemSchema(.default))
            .problems.compactMap {
                if case .mergeConflict(let conflict) = $0 { return conflict }
                return nil
            }
    }

    @Test("CRLF line endings, diff3 base sections and a conflict around the opening fence")
    func shapes() throws {
        let crlf = conflicts(
            "---\r\nid: US-1\r\n<<<<<<< HEAD\r\nstatus: ready\r\n=======\r\nstatus: done\r\n>>>>>>> x\r\n---\r\n")
        #expect(crlf.map(\.startLine) == [3])
        #expect(crlf.first?.endLine == 7)
        #expect(crlf.first?.inFrontMatter == true)
        #expect(crlf.first?.ours.fields == [MergeConflictField(name: "status", value: "ready")])

        let diff3 = conflicts(
            "---\nid: US-1\n<<<<<<< HEAD\nlabels:\n  - a\n||||||| base\nlabels: []\n=======\nlabels: [b]\n>>>>>>> x\n---\n"
        )
        #expect(diff3.first?.ours.fields == [MergeConflictField(name: "labels", value: "- a")])
        #expect(diff3.first?.theirs.fields == [MergeConflictField(name: "labels", value: "[b]")])

        let fence = conflicts("<<<<<<< HEAD\n---\nid: US-1\n=======\n---\nid: US-2\n>>>>>>> x\ntitle: T\n---\nBody\n")
        #expect(fence.first?.inFrontMatter == true)
        #expect(MergeConflictRule.message(try #require(fence.first)).contains("id is `US-1` on HEAD and `US-2` on x"))
    }

    @Test("markers of other lengths, indented, or outside a region are Markdown, not conflicts")
    func lookalikes() {
        #expect(conflicts("---\nid: US-1\n---\n<<<<<<<< eight\n======= \n>>>>>>> x\n  <<<<<<< indented\n").isEmpty)
        #expect(conflicts("---\nid: US-1\n---\nTitle\n=======\n").isEmpty)
    }

    @Test("an unclosed region runs to the end of the file; the item stays known from the lines outside")
    func unclosedInFrontMatter() throws {
        let text = "---\nid: US-1\ntitle: T\n---\nIntro\n<<<<<<< HEAD\nmine\n=======\n"
        let found = conflicts(text)
        #expect(found.map(\.endLine) == [nil])
        #expect(found.first?.inFrontMatter == false)
        #expect(
            MergeConflictRule.message(try #require(found.first))
                == "a merge left a conflict marker <<<<<<< in the body with no >>>>>>> after it; "
                + "resolve the conflict and remove the markers")

        let front = ItemFileParser.parse(
            path: "backlog/stories/US-1-a.md",
            bytes: Array("---\nid: US-1\ntitle: T\n<<<<<<<\nstatus: ready\n=======\n>>>>>>>\n---\n".utf8),
            schema: ItemSchema(.default))
        #expect(front.item?.id.description == "US-1")
        #expect(front.problems.count == 1)
        #expect(front.fieldProblems.isEmpty)
        #expect(
            MergeConflictRule.message(
                try #require(conflicts("---\nid: US-1\n<<<<<<<\nstatus: ready\n=======\n>>>>>>>\n---\n").first))
                == "unresolved merge conflict in the front matter, lines 3–6: status is `ready` on the first side "
                + "and not set on the second side; resolve the conflict and remove the markers")
    }
}
