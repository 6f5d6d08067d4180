import Foundation
import Testing

/// The real binary against a backlog that parses but breaks every graph and
/// content rule: exact places, severities, hints, and severities from cairn.yml.
@Suite("cairn binary: broken backlog")
struct BrokenBacklogTests {
    @Test("every rule reports at its exact place, with its severity; exit 1")
    func json() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let report = try CheckReport(json: result.stdout)
        #expect(report.places == BrokenBacklog.places)
        let count = BrokenBacklog.itemCount
        #expect(report.summary == .init(errors: 18, warnings: 3, notes: 0, files: count, items: count))

        func only(_ rule: String, _ file: String) -> CheckReport.Entry? {
            let entries = report.entries(rule, in: "backlog/" + file)
            return entries.count == 1 ? entries.first : nil
        }
        #expect(only("dangling-reference", "stories/US-3-dates.md")?.hint == "did you mean EP-1?")
        #expect(
            only("dangling-reference", "stories/US-3-dates.md")?.message
                == "US-3 relates_to names EP-11, which is not an item of the backlog")
        #expect(only("unknown-field", "stories/US-2-cards.md")?.hint?.hasPrefix("did you mean owner?") == true)
        #expect(only("invalid-config", "cairn.yml")?.message == "unknown rule \"dangling-referense\"")
        #expect(only("invalid-config", "cairn.yml")?.hint == "did you mean dangling-reference?")
        #expect(only("self-reference", "stories/US-4-self.md")?.message == "US-4 names itself in relates_to")
        #expect(
            only("parent-kind", "stories/US-8-under-prd.md")?.message
                == "story US-8 has parent PRD-1 of kind prd, but the parent of a story must be of kind epic")
        #expect(only("missing-section", "prds/PRD-1-checkout.md")?.hint == "add a heading: ## Non-goals")
        #expect(only("missing-field", "bugs/BUG-1-crash.md")?.message.hasPrefix("bug BUG-1 has no status") == true)
        #expect(
            only("broken-link", "stories/US-2-cards.md")?.message
                == "US-2 links to ../designs/flow.md, but backlog/designs/flow.md does not exist")
        #expect(
            report.diagnostics.filter { $0.rule == "invalid-value" }.map(\.message) == [
                "US-3: status \"doing\" is not one of draft, ready, in-progress, in-review, done, dropped",
                "US-3: due must be a date (YYYY-MM-DD), not \"2024-02-30\"",
            ])

        // A cycle is reported once per file in it, with one message naming the whole path.
        let cycle = report.diagnostics.filter { $0.rule == "dependency-cycle" }
        #expect(
            Set(cycle.map(\.message)) == [
                "dependency cycle: US-5 → US-6 → US-7 → US-5; none of these items can start before the others"
            ])
        let hierarchy = report.diagnostics.filter { $0.rule == "hierarchy-cycle" }
        #expect(Set(hierarchy.map(\.message)).count == 1)
        #expect(hierarchy.first?.message.hasPrefix("hierarchy cycle: EP-2 → EP-3 → EP-2") == true)

        // A duplicate id is reported on both files, each pointing at the other.
        let first = only("duplicate-id", "stories/US-9-first.md")
        let second = only("duplicate-id", "stories/US-9-second.md")
        #expect(first?.notes.map { "\($0.file):\($0.line):\($0.column)" } == ["backlog/stories/US-9-second.md:2:5"])
        #expect(second?.notes.map { "\($0.file):\($0.line):\($0.column)" } == ["backlog/stories/US-9-first.md:2:5"])
    }

    @Test("the text format of a dangling reference: location, source line, caret and hint")
    func text() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        let result = try repository.cairn("check")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                """

                backlog/stories/US-3-dates.md:6:14: error: US-3 relates_to names EP-11, which is not an item of the backlog \
                [dangling-reference]
                relates_to: [EP-11]
                             ^
                  hint: did you mean EP-1?

                """))
        #expect(result.stdout.hasSuffix("\n18 errors, 3 warnings in 17 files (17 items)\n"))
    }

    /// cairn.yml turning every error rule off and unknown-field down to a note.
    static let lenient = """
        kinds:
          epic:
            parents: [objective, epic]
        rules:
          missing-field: off
          invalid-value: off
          unknown-field: note
          duplicate-id: off
          id-filename-mismatch: off
          dangling-reference: off
          self-reference: off
          dependency-cycle: off
          hierarchy-cycle: off
          parent-kind: off
          missing-acceptance-criteria: off
          missing-section: off
          broken-link: off

        """

    @Test("rules set to off in cairn.yml leave only warnings and notes: exit 0")
    func overrides() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        try repository.write("backlog/cairn.yml", Self.lenient)
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let report = try CheckReport(json: result.stdout)
        #expect(
            report.places == [
                "backlog/epics/EP-1-checkout.md:4:9 warning status-inconsistency",
                "backlog/stories/US-1-x.md:7:14 warning priority-inversion",
                "backlog/stories/US-2-cards.md:6:1 note unknown-field",
            ])
        let text = try repository.cairn("check")
        #expect(text.status == 0)
        #expect(text.stdout.hasSuffix("\n2 warnings, 1 note in 17 files (17 items)\n"))

        // Raising a warning to an error makes the check fail again.
        try repository.write("backlog/cairn.yml", Self.lenient + "  priority-inversion: error\n")
        let raised = try repository.cairn("check", "--format", "json")
        #expect(raised.status == 1)
        #expect(
            try CheckReport(json: raised.stdout).places.contains(
                "backlog/stories/US-1-x.md:7:14 error priority-inversion"))
    }
}
