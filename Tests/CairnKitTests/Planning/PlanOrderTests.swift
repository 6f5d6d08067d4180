import CairnKit
import Testing

/// `cairn plan` as a library: Kahn's algorithm with a priority queue.
@Suite("Plan order")
struct PlanOrderTests {
    private func plan(_ backlog: Backlog, _ model: ScoringModel = .moscow, _ scope: RankingScope = RankingScope())
        -> PlanOrder
    {
        PlanOrder(backlog: backlog, order: RankingOrder(backlog: backlog, by: model), scope: scope)
    }

    private func stepIDs(_ plan: PlanOrder) -> [String] {
        plan.steps.map(\.item.id.description)
    }

    @Test("the worked example: dependencies first, then the highest-ranked free item")
    func workedExample() throws {
        let backlog = try PlanningBacklogs.workedExample()
        let byPriority = plan(backlog)
        #expect(stepIDs(byPriority) == ["US-7", "BUG-1", "US-2", "US-3", "US-5", "US-4", "US-6", "US-8"])
        #expect(byPriority.steps.map { $0.after.map(\.description) }[3] == ["US-2"])
        #expect(byPriority.unplanned.isEmpty)
        #expect(stepIDs(plan(backlog, .rice)) == ["US-7", "US-2", "US-3", "US-4", "BUG-1", "US-5", "US-6", "US-8"])
        #expect(stepIDs(plan(backlog, .wsjf)) == ["US-7", "US-2", "US-3", "US-4", "US-5", "BUG-1", "US-6", "US-8"])
    }

    @Test("a dependency outranks its dependent's score: the higher-ranked item waits")
    func dependencyBeforeRank() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["priority: must", "depends_on: [US-3]"]), ("US-2", ["priority: should"]),
            ("US-3", ["priority: could"]),
        ])
        #expect(stepIDs(plan(backlog)) == ["US-2", "US-3", "US-1"])
    }

    @Test("cycles, dropped dependencies and what waits on them are reported, not planned")
    func unplanned() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", []), ("US-9", ["depends_on: [US-10]"]), ("US-10", ["depends_on: [US-9, US-1]"]),
            ("US-11", ["depends_on: [US-10]"]), ("US-12", ["depends_on: [US-13]"]), ("US-13", ["status: dropped"]),
            ("US-14", ["depends_on: [US-1, US-12]"]), ("US-15", ["depends_on: [US-15]"]),
        ])
        let result = plan(backlog)
        #expect(stepIDs(result) == ["US-1"])
        #expect(
            result.unplanned.map { "\($0.item.id) \(PlanOrderRenderer.reasonText($0.reason))" } == [
                "US-9 cycle US-9 → US-10 → US-9", "US-10 cycle US-9 → US-10 → US-9",
                "US-11 waits on US-10, which cannot be planned", "US-12 depends on dropped US-13",
                "US-14 waits on US-12, which cannot be planned", "US-15 cycle US-15 → US-15",
            ])
    }

    @Test("open items of other kinds that planned work depends on are planned too")
    func dependenciesOfOtherKinds() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/prds/PRD-1.md", "---\nid: PRD-1\ntitle: Spec\nstatus: draft\n---\n")
        try directory.write(
            "backlog/bugs/BUG-1.md", "---\nid: BUG-1\ntitle: Bug\nstatus: ready\ndepends_on: [PRD-1]\n---\n")
        try directory.write("backlog/bugs/BUG-2.md", "---\nid: BUG-2\ntitle: Bug\nstatus: done\n---\n")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        #expect(stepIDs(plan(backlog)) == ["PRD-1", "BUG-1"])
        let readiness = Readiness(
            backlog: backlog, order: RankingOrder(backlog: backlog, by: .moscow), scope: RankingScope())
        #expect(readiness.ready().isEmpty)
    }

    @Test("a chain of 1,000 dependencies plans in order, and its blocker chains stay short")
    func longChain() throws {
        let count = 1_000
        let directory = try TemporaryDirectory()
        for number in 1...count {
            let dependency = number > 1 ? "depends_on: [US-\(number - 1)]\n" : ""
            try directory.write(
                "backlog/stories/US-\(number).md",
                "---\nid: US-\(number)\ntitle: Step\nstatus: ready\npriority: must\n\(dependency)---\n")
        }
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        let result = plan(backlog)
        #expect(result.steps.count == count && result.unplanned.isEmpty)
        #expect(result.steps.map(\.item.id.number) == Array(1...count))
        let readiness = Readiness(
            backlog: backlog, order: RankingOrder(backlog: backlog, by: .moscow), scope: RankingScope())
        let blocked = readiness.blocked()
        #expect(blocked.count == count - 1 && blocked.map(\.distance) == Array(1..<count))
        #expect(blocked.allSatisfy { $0.chainStart.count <= 3 || $0.distance <= 3 })
    }
}
