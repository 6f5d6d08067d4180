import CairnKit
import Testing

/// The diff engine on backlogs held in memory: what counts as a change and
/// what does not.
@Suite("BacklogDiffer")
struct BacklogDifferTests {
    static func diff(_ base: [String: String], _ head: [String: String]) throws -> BacklogDiff {
        let old = try BoardStatsFixture.backlog(base)
        let new = try BoardStatsFixture.backlog(head)
        let checker = BacklogChecker()
        return BacklogDiffer().diff(
            from: .init(backlog: old, diagnostics: checker.check(old)),
            to: .init(backlog: new, diagnostics: checker.check(new)))
    }

    static func story(_ front: String, _ body: String = "") -> String {
        "---\nid: US-1\ntitle: Pay\nstatus: draft\npriority: must\n\(front)---\n\(body)"
    }

    static let path = "backlog/stories/US-1-pay.md"

    @Test("quoting, a record's key order, 0.80 for 0.8 and an empty value for none are not changes")
    func sameValues() throws {
        let diff = try Self.diff(
            [
                Self.path: Self.story(
                    "owner: alice\nrice: {reach: 10, effort: 2, impact: 1, confidence: 0.80}\nlabels: []\n")
            ],
            [Self.path: Self.story("owner: 'alice'\nrice:\n  effort: 2\n  reach: 10\n  impact: 1\n  confidence: 0.8\n")]
        )
        #expect(diff.changed.isEmpty)
        #expect(diff.isEmpty)
    }

    @Test("unknown keys and values that do not decode are compared as written")
    func unknownKeys() throws {
        let diff = try Self.diff(
            [Self.path: Self.story("team: payments\nestimate: lots\n")],
            [Self.path: Self.story("team: checkout\nestimate: 3\n")])
        let fields = try #require(diff.changed.first?.fields)
        #expect(fields.map(\.field) == ["team", "estimate"])
        #expect(fields.map(\.from?.text) == ["payments", "lots"])
        #expect(fields.map(\.to?.json) == [.string("checkout"), .number(3)])
    }

    @Test("sections: the text before the first heading, repeated headings by order, a changed case is the same heading")
    func sections() throws {
        let diff = try Self.diff(
            [Self.path: Self.story("", "Intro.\n\n## Notes\nOne.\n\n## Notes\nTwo.\n\n## Old\nGone.\n")],
            [Self.path: Self.story("", "Intro, edited.\n\n## notes\nOne.\n\n## Notes\nTwo, edited.\n\n## New\nHere.\n")]
        )
        let body = try #require(diff.changed.first?.body)
        #expect(
            body == [
                BodyChange(kind: .sectionChanged, section: nil, text: nil),
                BodyChange(kind: .sectionChanged, section: "Notes", text: nil),
                BodyChange(kind: .sectionAdded, section: "New", text: nil),
                BodyChange(kind: .sectionRemoved, section: "Old", text: nil),
            ])
    }

    @Test("checking a box changes a criterion, not its section; an edited criterion is one removed and one added")
    func criteria() throws {
        let diff = try Self.diff(
            [Self.path: Self.story("", "## Acceptance criteria\n- [ ] A\n- [x] B\n- [ ] C\n- [ ] C\n")],
            [Self.path: Self.story("", "## Acceptance criteria\n- [x] A\n- [ ] B\n- [ ] C, edited\n- [ ] C\n")])
        let body = try #require(diff.changed.first?.body)
        let section = "Acceptance criteria"
        #expect(
            body == [
                BodyChange(kind: .criterionChecked, section: section, text: "A"),
                BodyChange(kind: .criterionUnchecked, section: section, text: "B"),
                BodyChange(kind: .criterionRemoved, section: section, text: "C"),
                BodyChange(kind: .criterionAdded, section: section, text: "C, edited"),
            ])
    }

    @Test("a new id for the same kind, title and body is a rename; a new id with another body is not")
    func renamedByContent() throws {
        let search = "---\nid: US-4\ntitle: Search\nstatus: draft\npriority: should\n---\n\nFind things.\n"
        let renumbered = search.replacingOccurrences(of: "US-4", with: "US-40")
        let diff = try Self.diff(
            ["backlog/stories/US-4-search.md": search],
            ["backlog/stories/US-40-search.md": renumbered])
        #expect(diff.renamed.map { "\($0.from.id) \($0.to.id)" } == ["US-4 US-40"])
        #expect(diff.added.isEmpty && diff.removed.isEmpty && diff.changed.isEmpty)

        let rewritten = try Self.diff(
            ["backlog/stories/US-4-search.md": search],
            ["backlog/stories/US-40-search.md": renumbered.replacingOccurrences(of: "Find things.", with: "Find.")])
        #expect(rewritten.renamed.isEmpty)
        #expect(rewritten.added.map(\.id.description) == ["US-40"])
        #expect(rewritten.removed.map(\.id.description) == ["US-4"])
    }

    @Test("an id held by two files pairs the file at the same path first")
    func duplicateIDs() throws {
        let first = Self.story("owner: alice\n")
        let second = Self.story("owner: bob\n")
        let diff = try Self.diff(
            ["backlog/a/US-1-pay.md": first, "backlog/b/US-1-pay.md": second],
            ["backlog/a/US-1-pay.md": first, "backlog/b/US-1-pay.md": Self.story("owner: carol\n")])
        #expect(diff.changed.map(\.item.path) == ["backlog/b/US-1-pay.md"])
        #expect(diff.changed.first?.fields.map(\.to?.text) == ["carol"])
        #expect(diff.renamed.isEmpty)
    }

    @Test("a diagnostic that only moves to another line, or with its file, is neither introduced nor resolved")
    func movedDiagnostics() throws {
        let dangling = "---\nid: US-2\ntitle: Cart\nstatus: draft\npriority: must\ndepends_on: [US-9]\n---\n"
        let diff = try Self.diff(
            ["backlog/stories/US-2-cart.md": dangling],
            ["backlog/other/US-2-cart.md": dangling.replacingOccurrences(of: "title", with: "owner: al\ntitle")])
        #expect(diff.introduced.isEmpty && diff.resolved.isEmpty)
        #expect(diff.renamed.count == 1)
    }
}

@Suite("DiffRange")
struct DiffRangeTests {
    @Test(
        "git's forms: BASE, BASE HEAD, BASE..HEAD, BASE...HEAD, empty sides as HEAD",
        arguments: [
            ([], DiffRange(base: nil, head: .workingTree, usesMergeBase: false)),
            (["main"], DiffRange(base: "main", head: .workingTree, usesMergeBase: false)),
            (["main", "topic"], DiffRange(base: "main", head: .revision("topic"), usesMergeBase: false)),
            (["main..topic"], DiffRange(base: "main", head: .revision("topic"), usesMergeBase: false)),
            (["main...topic"], DiffRange(base: "main", head: .revision("topic"), usesMergeBase: true)),
            (["main..."], DiffRange(base: "main", head: .revision("HEAD"), usesMergeBase: true)),
            (["..topic"], DiffRange(base: "HEAD", head: .revision("topic"), usesMergeBase: false)),
            (["v1.0..v2.0"], DiffRange(base: "v1.0", head: .revision("v2.0"), usesMergeBase: false)),
        ])
    func forms(arguments: [String], expected: DiffRange) throws {
        #expect(try DiffRange.parse(arguments) == expected)
    }

    @Test("more than two sides, a range with a second argument, or an empty revision is refused")
    func refused() {
        #expect(throws: DiffRange.Failure.self) { try DiffRange.parse(["a", "b", "c"]) }
        #expect(throws: DiffRange.Failure.self) { try DiffRange.parse(["a..b", "c"]) }
        #expect(throws: DiffRange.Failure.self) { try DiffRange.parse([""]) }
        #expect(throws: DiffRange.Failure.self) { try DiffRange.parse(["a", ""]) }
    }
}
