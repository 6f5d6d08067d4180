import CairnKit
import Testing

/// Cycles are reported once each, with the full path, on every file in them.
@Suite("Cycle reporting")
struct CycleReportingTests {
    @Test("two disjoint dependency cycles are two paths, each on all of its files")
    func disjointDependencyCycles() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", "depends_on: [US-2]"),
            "stories/US-2-b.md": item("US-2", "depends_on: [US-1]"),
            "stories/US-3-c.md": item("US-3", "depends_on: [US-4]"),
            "stories/US-4-d.md": item("US-4", "depends_on: [US-5]"),
            "stories/US-5-e.md": item("US-5", "depends_on: [US-3, US-1]"),
        ])
        let diagnostics = try backlog.check(rule: "dependency-cycle")
        let first = "dependency cycle: US-1 → US-2 → US-1; none of these items can start before the others"
        let second = "dependency cycle: US-3 → US-4 → US-5 → US-3; none of these items can start before the others"
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/stories/US-1-a.md:5:14 \(first)",
                "backlog/stories/US-2-b.md:5:14 \(first)",
                "backlog/stories/US-3-c.md:5:14 \(second)",
                "backlog/stories/US-4-d.md:5:14 \(second)",
                "backlog/stories/US-5-e.md:5:14 \(second)",
            ])
    }

    @Test("a knot of two cycles is reported once, with its shortest cycle, on every member")
    func knotWithTwoCycles() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", "depends_on: [US-2, US-3]"),
            "stories/US-2-b.md": item("US-2", "depends_on: [US-1]"),
            "stories/US-3-c.md": item("US-3", "depends_on: [US-1]"),
        ])
        let diagnostics = try backlog.check(rule: "dependency-cycle")
        let message =
            "dependency cycle: US-1 → US-2 → US-1; none of these items can start before the others; "
            + "3 items in all are caught in this knot"
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/stories/US-1-a.md:5:14 \(message)",
                "backlog/stories/US-2-b.md:5:14 \(message)",
                "backlog/stories/US-3-c.md:5:14 \(message)",
            ])
    }

    @Test("a ring of thousands of items is one cycle with an elided path, once per file")
    func largeRing() throws {
        var files: [String: String] = [:]
        let count = 3_000
        for number in 1...count {
            files["stories/US-\(number)-s.md"] = item("US-\(number)", "depends_on: [US-\(number % count + 1)]")
        }
        let diagnostics = try RuleTestBacklog(files).check(rule: "dependency-cycle")
        #expect(diagnostics.count == count)
        #expect(Set(diagnostics.map(\.message)).count == 1)
        let message = try #require(diagnostics.first?.message)
        #expect(message.hasPrefix("dependency cycle: US-1 → US-2 → "))
        #expect(message.contains("→ US-25 → … 2951 more … → US-2977 →"))
        #expect(message.contains("→ US-3000 → US-1;"))
    }

    @Test("two disjoint hierarchy cycles, at the parent values; a self-parent is not a cycle")
    func disjointHierarchyCycles() throws {
        let backlog = try RuleTestBacklog([
            "epics/EP-1-a.md": item("EP-1", "parent: EP-2"),
            "epics/EP-2-b.md": item("EP-2", "parent: EP-1"),
            "stories/US-1-c.md": item("US-1", "parent: BUG-1"),
            "bugs/BUG-1-d.md": item("BUG-1", "parent: US-2"),
            "stories/US-2-e.md": item("US-2", "parent: US-1"),
            "stories/US-3-f.md": item("US-3", "parent: US-3"),
            "stories/US-4-g.md": item("US-4", "parent: EP-1"),
        ])
        let diagnostics = try backlog.check(rule: "hierarchy-cycle")
        let epics = "hierarchy cycle: EP-1 → EP-2 → EP-1; each of these items would be its own ancestor"
        let mixed = "hierarchy cycle: BUG-1 → US-2 → US-1 → BUG-1; each of these items would be its own ancestor"
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/bugs/BUG-1-d.md:5:9 \(mixed)",
                "backlog/epics/EP-1-a.md:5:9 \(epics)",
                "backlog/epics/EP-2-b.md:5:9 \(epics)",
                "backlog/stories/US-1-c.md:5:9 \(mixed)",
                "backlog/stories/US-2-e.md:5:9 \(mixed)",
            ])
    }
}
