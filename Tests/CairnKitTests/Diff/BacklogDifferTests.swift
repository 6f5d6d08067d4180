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

/// What the review of `cairn diff` found, each pinned.
@Suite("BacklogDiffer: renamed ids, broken files, size limits")
struct BacklogDifferEdgeTests {
    @Test("a renamed item keeps its old error: it is neither introduced nor resolved")
    func renamedItemKeepsItsError() throws {
        // US-45 contains "US-4": only the whole id may be replaced.
        let dangling = "---\nid: US-4\ntitle: A\nstatus: draft\npriority: must\ndepends_on: [US-45]\n---\n"
        let diff = try BacklogDifferTests.diff(
            ["backlog/stories/US-4-a.md": dangling],
            ["backlog/stories/US-40-a.md": dangling.replacingOccurrences(of: "id: US-4\n", with: "id: US-40\n")])
        #expect(diff.renamed.map { "\($0.from.id)→\($0.to.id)" } == ["US-4→US-40"])
        #expect(diff.introduced.isEmpty && diff.resolved.isEmpty)
        #expect(!diff.introducesErrors)
    }

    @Test("a new id in the same file pairs the two, even with other edits")
    func newIDSamePath() throws {
        let diff = try BacklogDifferTests.diff(
            [BacklogDifferTests.path: "---\nid: US-1\ntitle: Pay\nstatus: draft\npriority: must\n---\n\nOld.\n"],
            [BacklogDifferTests.path: "---\nid: US-2\ntitle: Pay\nstatus: ready\npriority: must\n---\n\nNew.\n"])
        #expect(diff.added.isEmpty && diff.removed.isEmpty)
        #expect(diff.renamed.map { "\($0.from.id)→\($0.to.id)" } == ["US-1→US-2"])
        #expect(diff.changed.first?.previousID?.description == "US-1")
        #expect(diff.changed.first?.fields.map(\.field) == ["status"])
    }

    @Test("an item whose file no longer parses is broken, not removed")
    func brokenFile() throws {
        let diff = try BacklogDifferTests.diff(
            [BacklogDifferTests.path: BacklogDifferTests.story("")],
            [BacklogDifferTests.path: "---\nid: US-1\ntitle: [unclosed\n---\n"])
        #expect(diff.broken.map(\.id.description) == ["US-1"])
        #expect(diff.removed.isEmpty)
        #expect(diff.introduced.map(\.rule) == ["front-matter-syntax"])
    }

    @Test("front matter a merge left conflict markers in lists no field changes; the conflict is the news")
    func conflictMarkers() throws {
        let conflicted = """
            ---
            id: US-1
            title: Pay
            <<<<<<< HEAD
            status: ready
            =======
            status: done
            >>>>>>> feature
            priority: must
            ---

            """
        let diff = try BacklogDifferTests.diff(
            [BacklogDifferTests.path: BacklogDifferTests.story("")], [BacklogDifferTests.path: conflicted])
        #expect(diff.changed.allSatisfy { $0.fields.isEmpty })
        #expect(diff.introduced.map(\.rule) == ["merge-conflict"])
    }

    @Test("the suggested rename quotes a path a shell would split")
    func quotedSuggestion() throws {
        let item = try #require(
            try BoardStatsFixture.backlog([
                "backlog/stories/US-3-my file.md": "---\nid: US-3\ntitle: A\nstatus: draft\npriority: must\n---\n"
            ]).graph.items.first)
        let conflict = IDConflict(
            id: item.id, base: DiffItem(item), head: DiffItem(item), suggestedID: ItemID(prefix: "US", number: 4))
        #expect(conflict.suggestion == "cairn rename 'backlog/stories/US-3-my file.md' US-4")
    }
}

@Suite("DiffMarkdownRenderer: the size of one comment")
struct DiffMarkdownLimitTests {
    @Test("past the limit each list says how many entries it left out, and the comment stays within it")
    func limit() throws {
        var base: [String: String] = [:]
        var head: [String: String] = [:]
        for number in 1...400 {
            let path = "backlog/stories/US-\(number)-item.md"
            let text = "---\nid: US-\(number)\ntitle: Item \(number)\nstatus: draft\npriority: must\n---\n"
            base[path] = text
            head[path] = text.replacingOccurrences(of: "draft", with: "ready")
        }
        let old = try BoardStatsFixture.backlog(base)
        let new = try BoardStatsFixture.backlog(head)
        let diff = BacklogDiffer().diff(
            from: .init(backlog: old, diagnostics: []), to: .init(backlog: new, diagnostics: []))
        let endpoints = DiffEndpoints(
            base: .init(name: "main", commit: nil), head: .init(name: "HEAD", commit: nil), mergeBase: nil)
        let full = DiffMarkdownRenderer().render(diff, endpoints: endpoints, in: new, base: old)
        #expect(full.contains("#### US-400 · Item 400"))
        #expect(!full.contains("did not fit"))

        let cut = DiffMarkdownRenderer(limit: 5_000).render(diff, endpoints: endpoints, in: new, base: old)
        #expect(cut.utf16.count <= 5_000)
        #expect(cut.contains("#### US-1 · Item 1"))
        #expect(!cut.contains("#### US-400 · Item 400"))
        let shown = cut.components(separatedBy: "\n#### ").count - 1
        #expect(cut.contains("\n- … and \(400 - shown) more\n"))
        #expect(
            cut.hasSuffix(
                "\n_\(400 - shown) entries did not fit in one comment; `cairn diff --format json` lists them all._\n"))
    }
}
