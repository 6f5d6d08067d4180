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

    @Test("one strongly connected component with two cycles reports both, each once")
    func componentWithTwoCycles() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", "depends_on: [US-2, US-3]"),
            "stories/US-2-b.md": item("US-2", "depends_on: [US-1]"),
            "stories/US-3-c.md": item("US-3", "depends_on: [US-1]"),
        ])
        let diagnostics = try backlog.check(rule: "dependency-cycle")
        let viaTwo = "dependency cycle: US-1 → US-2 → US-1; none of these items can start before the others"
        let viaThree = "dependency cycle: US-3 → US-1 → US-3; none of these items can start before the others"
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/stories/US-1-a.md:5:14 \(viaTwo)",
                "backlog/stories/US-1-a.md:5:20 \(viaThree)",
                "backlog/stories/US-2-b.md:5:14 \(viaTwo)",
                "backlog/stories/US-3-c.md:5:14 \(viaThree)",
            ])
        #expect(Set(diagnostics.map(\.message)).count == 2)
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
