import CairnKit
import Testing

/// Wording, limits and configuration of the rules over items and links.
@Suite("Item and link rules")
struct ItemRuleTests {
    @Test("missing-field names the item, the field and what its kind requires")
    func missingField() throws {
        let backlog = try RuleTestBacklog(["feedback/FB-1-call.md": "---\nid: FB-1\ntitle: \n---\n"])
        let diagnostics = try backlog.check(rule: "missing-field")
        #expect(diagnostics.map(\.place) == ["backlog/feedback/FB-1-call.md:1:1"])
        #expect(diagnostics.first?.message == "feedback FB-1 has no title; feedback items require id, title")
        #expect(diagnostics.first?.hint == "add `title: …` to the front matter")
    }

    @Test("duplicate-id reports every file with notes at the others and a free id")
    func duplicateID() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1"), "stories/US-1-b.md": item("US-1"), "epics/US-1-c.md": item("US-1"),
            "stories/US-7-d.md": item("US-7"),
        ])
        let diagnostics = try backlog.check(rule: "duplicate-id")
        #expect(
            diagnostics.map(\.place) == [
                "backlog/epics/US-1-c.md:2:5", "backlog/stories/US-1-a.md:2:5", "backlog/stories/US-1-b.md:2:5",
            ])
        #expect(diagnostics.allSatisfy { $0.message == "US-1 is also the id of 2 other files; ids must be unique" })
        #expect(diagnostics.allSatisfy { $0.hint == "give all but one of the files a free id, such as US-8" })
        #expect(
            diagnostics.first?.notes.map { "\($0.file):\($0.location.line):\($0.location.column) \($0.message)" } == [
                "backlog/stories/US-1-a.md:2:5 US-1 is also used here",
                "backlog/stories/US-1-b.md:2:5 US-1 is also used here",
            ])
    }

    @Test("duplicate-id reports the ids in order, numerically, each id's files by path")
    func duplicateIDOrder() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-10-a.md": item("US-10"), "stories/US-10-b.md": item("US-10"),
            "stories/US-2-a.md": item("US-2"), "stories/US-2-b.md": item("US-2"),
            "epics/EP-3-b.md": item("EP-3"), "epics/EP-3-a.md": item("EP-3"),
        ]).load()
        var sink = DiagnosticSink(rule: "duplicate-id", severity: .error)
        DuplicateIDRule().check(RuleContext(backlog: backlog), into: &sink)
        #expect(
            sink.diagnostics.map { String($0.file.dropFirst("backlog/".count)) } == [
                "epics/EP-3-a.md", "epics/EP-3-b.md", "stories/US-2-a.md", "stories/US-2-b.md", "stories/US-10-a.md",
                "stories/US-10-b.md",
            ])
    }

    @Test("id-filename-mismatch: the id must be followed by - or .md; the hint gives the right name")
    func idFileName() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1"), "stories/US-1.md": item("US-1"), "stories/US-12-x.md": item("US-1"),
            "stories/US-1x.md": item("US-1"), "stories/US-10-y.md": item("US-10"),
        ])
        let diagnostics = try backlog.check(rule: "id-filename-mismatch")
        #expect(diagnostics.map(\.place) == ["backlog/stories/US-12-x.md:2:5", "backlog/stories/US-1x.md:2:5"])
        #expect(diagnostics.first?.message == "the file name US-12-x.md does not start with US-1, the id of its item")
        #expect(
            diagnostics.first?.hint
                == "rename the file to backlog/stories/US-1-x.md, or correct the id if the name is right")
    }

    @Test("status-inconsistency lists at most five open children")
    func openChildrenCap() throws {
        var files = ["epics/EP-1-a.md": item("EP-1", status: "done")]
        for number in 1...7 {
            files["stories/US-\(number)-s.md"] = item(
                "US-\(number)", status: number == 3 ? nil : "draft", "parent: EP-1")
        }
        files["stories/US-8-s.md"] = item("US-8", status: "done", "parent: EP-1")
        let diagnostics = try RuleTestBacklog(files).check(rule: "status-inconsistency")
        #expect(diagnostics.map(\.place) == ["backlog/epics/EP-1-a.md:4:9"])
        #expect(
            diagnostics.first?.message
                == "EP-1 is done but has 7 open children: US-1 (draft), US-2 (draft), US-3 (no status), US-4 (draft), US-5 (draft) and 2 more"
        )
    }

    @Test("priority-inversion follows the configured priorities")
    func customPriorities() throws {
        let backlog = try RuleTestBacklog(
            [
                "stories/US-1-a.md": item("US-1", "priority: p0\ndepends_on: [US-2, US-3]"),
                "stories/US-2-b.md": item("US-2", "priority: p1"),
                "stories/US-3-c.md": item("US-3", "priority: p3"),
            ],
            configuration: "priorities: [p0, p1, p2, p3]\n")
        let diagnostics = try backlog.check(rule: "priority-inversion")
        #expect(diagnostics.map(\.place) == ["backlog/stories/US-1-a.md:6:20"])
        #expect(diagnostics.first?.message == "US-1 has priority p0 but depends on US-3, which has priority p3")
        #expect(diagnostics.first?.hint == "raise US-3 to p1 or higher, lower US-1, or remove the dependency")
    }

    @Test("acceptance criteria and sections follow the configured kinds and statuses")
    func configuredKinds() throws {
        let configuration = """
            statuses:
              order: [idea, planned, building, shipped, cancelled]
              ready: [planned]
              done: [shipped]
              dropped: [cancelled]
            kinds:
              spike:
                prefix: SP
                acceptance_criteria: true
                required_sections: [Question, Findings]

            """
        let backlog = try RuleTestBacklog(
            [
                "spikes/SP-1-a.md": item("SP-1", status: "building", body: "## Question\nWhy?\n"),
                "spikes/SP-2-b.md": item("SP-2", status: "idea", body: "# question\n# FINDINGS\n"),
                "spikes/SP-3-c.md": item("SP-3", status: "cancelled", body: "## Question\n## Findings\n"),
            ],
            configuration: configuration)
        let criteria = try backlog.check(rule: "missing-acceptance-criteria")
        #expect(
            criteria.map { "\($0.place) \($0.message)" } == [
                "backlog/spikes/SP-1-a.md:4:9 spike SP-1 is building but has no acceptance criteria"
            ])
        let sections = try backlog.check(rule: "missing-section")
        #expect(
            sections.map { "\($0.place) \($0.message)" } == [
                "backlog/spikes/SP-1-a.md:2:1 spike SP-1 has no \"Findings\" section; spike items require Question, Findings"
            ])
        #expect(sections.first?.hint == "add a heading: ## Findings")
    }

    @Test("broken-link resolves like GitHub: folder-relative, root-relative, decoded, inside the repository")
    func brokenLinks() throws {
        let body = """
            [readme](../../README.md) [root](/README.md#top) [spaces](my%20notes.txt) [raw spaces](<my notes.txt>)
            [up too far](../../../x.md) [missing](/docs/none.md) [query](US-2-b.md?x=1#y) [ftp](ftp://host/x.md)
            [protocol-relative](//example.com/x.md) [empty]() [self](#s) [dir](./)

            """
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", body: body), "stories/US-2-b.md": item("US-2"),
            "stories/my notes.txt": "notes\n",
        ])
        try backlog.directory.write("README.md", "# Repository\n")
        let diagnostics = try backlog.check(rule: "broken-link")
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/stories/US-1-a.md:7:1 US-1 links to ../../../x.md, which points outside the repository",
                "backlog/stories/US-1-a.md:7:29 US-1 links to /docs/none.md, but docs/none.md does not exist",
            ])
        #expect(
            diagnostics.map(\.hint) == [
                "link to a file inside the repository, or use a full https: URL",
                "fix the path; it is resolved from the repository root",
            ])
    }

    @Test("self-reference flags link fields only, once per reference")
    func selfReference() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", "relates_to: [US-1]\nimplements: [US-1]", body: "I am [[US-1]].\n")
        ])
        let diagnostics = try backlog.check(rule: "self-reference")
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/stories/US-1-a.md:5:14 US-1 names itself in relates_to",
                "backlog/stories/US-1-a.md:6:14 US-1 names itself in implements",
            ])
    }
}
