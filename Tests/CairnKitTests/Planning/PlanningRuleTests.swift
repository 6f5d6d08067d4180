import CairnKit
import Testing

/// `release-order`, `key-result-without-target` and
/// `work-for-dropped-objective` on the worked example.
@Suite("Planning rules")
struct PlanningRuleTests {
    struct Found: Equatable {
        var rule: String
        var file: String
        var line: Int
        var column: Int
        var message: String
    }

    static let planningRules = ["release-order", "key-result-without-target", "work-for-dropped-objective"]

    private func check(today: CalendarDate?) throws -> [Found] {
        let rules = Self.planningRules.compactMap(RuleRegistry.rule(withID:))
        return BacklogChecker(rules: rules, today: today).check(try PlanningExample.load()).map {
            Found(rule: $0.rule, file: $0.file, line: $0.location.line, column: $0.location.column, message: $0.message)
        }
    }

    @Test("the worked example: REL-1 late with US-4 open, US-6 before US-5, KR-3 without target, US-8 for OBJ-2")
    func workedExample() throws {
        let stories = "backlog/stories/"
        #expect(
            try check(today: PlanningExample.today()) == [
                Found(
                    rule: "key-result-without-target",
                    file: "backlog/key-results/KR-3-fewer-abandoned-carts.md", line: 2,
                    column: 5, message: "KR-3 is a key result without a target"),
                Found(
                    rule: "release-order", file: stories + "US-4-receipt-by-email.md", line: 10, column: 10,
                    message: "US-4 is in-progress but its release REL-1 was due on 2026-10-01"),
                Found(
                    rule: "release-order", file: stories + "US-6-split-payments.md", line: 10, column: 14,
                    message:
                        "US-6 is planned for REL-2 (2026-12-15) but depends on US-5, planned for the later REL-3 (2027-03-01)"
                ),
                Found(
                    rule: "work-for-dropped-objective", file: stories + "US-8-kiosk-mode.md", line: 8, column: 15,
                    message: "US-8 works toward KR-4, a key result of the dropped objective OBJ-2"),
            ])
    }

    @Test("without today, release-order judges no dates; on REL-1's own day it is not late")
    func today() throws {
        #expect(try check(today: nil).filter { $0.message.contains("was due") }.isEmpty)
        #expect(
            try check(today: PlanningExample.day("2026-10-01")).filter { $0.message.contains("was due") }.isEmpty)
        let late = try check(today: PlanningExample.day("2027-03-02")).filter { $0.message.contains("was due") }
        #expect(
            late.map(\.message) == [
                "EP-1 is in-progress but its release REL-2 was due on 2026-12-15",
                "US-2 is ready but its release REL-2 was due on 2026-12-15",
                "US-3 is ready but its release REL-2 was due on 2026-12-15",
                "US-4 is in-progress but its release REL-1 was due on 2026-10-01",
                "US-5 is draft but its release REL-3 was due on 2027-03-01",
                "US-6 is ready but its release REL-2 was due on 2026-12-15",
            ])
    }

    @Test("the checker passes today to every rule")
    func checkerPassesToday() throws {
        let backlog = try PlanningExample.load()
        let context = RuleContext(backlog: backlog, today: try PlanningExample.today())
        var sink = DiagnosticSink(rule: "release-order", severity: .warning)
        ReleaseOrderRule().check(context, into: &sink)
        #expect(sink.diagnostics.count == 2)
        var withoutToday = DiagnosticSink(rule: "release-order", severity: .warning)
        ReleaseOrderRule().check(RuleContext(backlog: backlog), into: &withoutToday)
        #expect(withoutToday.diagnostics.count == 1)
    }
}
