import CairnKit
import Testing

/// `cairn ready` and `cairn blocked` as a library.
@Suite("Readiness")
struct ReadinessTests {
    private func readiness(_ backlog: Backlog, _ scope: RankingScope = RankingScope()) -> Readiness {
        Readiness(backlog: backlog, order: RankingOrder(backlog: backlog, by: .moscow), scope: scope)
    }

    @Test(
        "ready now: US-2 (its dependency US-1 is done), US-4 (in progress), US-7, BUG-1; no drafts; manual rank, then priority, then score"
    )
    func readySet() throws {
        let backlog = try PlanningBacklogs.workedExample()
        #expect(PlanningBacklogs.ids(readiness(backlog).ready()) == ["US-7", "BUG-1", "US-2", "US-4"])
        let byRice = Readiness(
            backlog: backlog, order: RankingOrder(backlog: backlog, by: .rice), scope: RankingScope())
        #expect(PlanningBacklogs.ids(byRice.ready()) == ["US-7", "US-2", "BUG-1", "US-4"])
        #expect(PlanningBacklogs.ids(readiness(backlog, RankingScope(kinds: ["bug"])).ready()) == ["BUG-1"])
    }

    @Test("blocked: US-3 waits on US-2 (ready), US-6 on US-5 (a draft)")
    func blocked() throws {
        let blocked = readiness(try PlanningBacklogs.workedExample()).blocked()
        #expect(blocked.map(\.item.id.description) == ["US-3", "US-6"])
        #expect(blocked.map { $0.waitsOn.map(\.description) } == [["US-2"], ["US-5"]])
        #expect(blocked.map { $0.chainStart.map(\.description) } == [["US-3", "US-2"], ["US-6", "US-5"]])
        #expect(blocked.map(\.blocker.description) == ["US-2", "US-5"])
        #expect(blocked.map(\.distance) == [1, 1])
        #expect(blocked.map(\.end) == [.open(status: "ready"), .open(status: "draft")])
        #expect(blocked.map(ReadinessBlockedRenderer.chainText) == ["US-3 ← US-2 (ready)", "US-6 ← US-5 (draft)"])
    }

    @Test("a chain runs to the first open blocker, preferring a dropped dependency, else the highest-ranked")
    func chains() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["status: draft"]), ("US-2", ["depends_on: [US-1]"]), ("US-3", ["depends_on: [US-2]"]),
            ("US-4", ["status: dropped"]), ("US-5", ["depends_on: [US-3, US-4]"]),
            ("US-6", ["priority: must"]), ("US-7", ["depends_on: [US-3, US-6]"]),
        ])
        let blocked = readiness(backlog).blocked()
        #expect(
            blocked.map(ReadinessBlockedRenderer.chainText) == [
                "US-2 ← US-1 (draft)", "US-3 ← US-2 ← US-1 (draft)", "US-5 ← US-4 (dropped)", "US-7 ← US-6 (ready)",
            ])
        #expect(blocked[2].end == .dropped(status: "dropped"))
        #expect(blocked[2].waitsOn.map(\.description) == ["US-3", "US-4"])
        #expect(PlanningBacklogs.ids(readiness(backlog).ready()) == ["US-6"])
    }

    @Test("a dependency cycle ends the chain; an item depending on itself is a cycle of one")
    func cycles() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-9", ["depends_on: [US-10]"]), ("US-10", ["depends_on: [US-9]"]), ("US-11", ["depends_on: [US-9]"]),
            ("US-12", ["depends_on: [US-12]"]),
        ])
        #expect(
            readiness(backlog).blocked().map(ReadinessBlockedRenderer.chainText) == [
                "US-9 ← US-10 (in a cycle)", "US-10 ← US-9 (in a cycle)", "US-11 ← US-9 (in a cycle)",
                "US-12 ← US-12 (in a cycle)",
            ])
        #expect(readiness(backlog).ready().isEmpty)
    }

    @Test("a long chain keeps its first three ids and the blocker; every chain is measured")
    func longChain() throws {
        let (backlog, _) = try PlanningBacklogs.stories(
            [("US-1", ["status: draft"])] + (2...7).map { ("US-\($0)", ["depends_on: [US-\($0 - 1)]"]) })
        let blocked = readiness(backlog).blocked()
        #expect(
            blocked.map(ReadinessBlockedRenderer.chainText) == [
                "US-2 ← US-1 (draft)", "US-3 ← US-2 ← US-1 (draft)", "US-4 ← US-3 ← US-2 ← US-1 (draft)",
                "US-5 ← US-4 ← US-3 ← … ← US-1 (draft)", "US-6 ← US-5 ← US-4 ← … ← US-1 (draft)",
                "US-7 ← US-6 ← US-5 ← … ← US-1 (draft)",
            ])
        #expect(blocked.map(\.distance) == [1, 2, 3, 4, 5, 6])
        #expect(blocked.allSatisfy { $0.blocker.description == "US-1" })
    }

    @Test("a dependency written twice waits once; an item with an unknown status never starts")
    func repeatedDependencyAndOddStatuses() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["status: draft"]), ("US-2", ["depends_on: [US-1, US-1]"]),
            ("US-3", ["depends_on: [US-1, US-4, US-1]"]), ("US-4", []), ("US-5", ["status: someday"]),
        ])
        let blocked = readiness(backlog).blocked()
        #expect(blocked.map { $0.waitsOn.map(\.description) } == [["US-1"], ["US-1", "US-4"]])
        #expect(PlanningBacklogs.ids(readiness(backlog).ready()) == ["US-4"])
    }
}
