import CairnKit
import Testing

@Suite("Check reports limited to paths")
struct CheckReportTests {
    let backlog: RuleTestBacklog

    init() throws {
        backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", "depends_on: [US-404]"),
            "stories/US-2-b.md": item("US-2", "depends_on: [US-405]"),
            "epics/EP-1-c.md": item("EP-1"),
        ])
    }

    @Test("no scope reports everything; a file or a folder narrows diagnostics and counts alike")
    func scopes() throws {
        let loaded = try backlog.load()
        let checker = BacklogChecker()
        let everything = checker.report(on: loaded)
        #expect(everything.diagnostics.map(\.file) == ["backlog/stories/US-1-a.md", "backlog/stories/US-2-b.md"])
        #expect(everything.summary == DiagnosticSummary(errors: 2, warnings: 0, notes: 0, files: 3, items: 3))

        let one = checker.report(on: loaded, scopes: ["backlog/stories/US-1-a.md"])
        #expect(one.diagnostics.map(\.file) == ["backlog/stories/US-1-a.md"])
        #expect(one.summary.files == 1 && one.hasErrors)

        let epics = checker.report(on: loaded, scopes: ["backlog/epics"])
        #expect(epics.diagnostics.isEmpty && !epics.hasErrors)
        #expect(epics.summary == DiagnosticSummary(errors: 0, warnings: 0, notes: 0, files: 1, items: 1))

        // A prefix of a name is not a folder.
        #expect(checker.report(on: loaded, scopes: ["backlog/stories/US-1"]).summary.files == 0)
        #expect(checker.report(on: loaded, scopes: [""]).summary.files == 3)
    }
}
