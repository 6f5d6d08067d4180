import CairnKit
import Testing

/// The rank order: manual rank, then score, then unscored; ties by priority, then id.
@Suite("Ranking order")
struct RankingOrderTests {
    private func ranking(_ model: ScoringModel, _ scope: RankingScope = RankingScope()) throws -> [RankedItem] {
        let backlog = try PlanningBacklogs.workedExample()
        return RankingOrder(backlog: backlog, by: model).openItems(in: scope)
    }

    @Test("RICE: the manual rank first, then scores best first, then unscored by priority and id")
    func rice() throws {
        let items = try ranking(.rice)
        #expect(
            PlanningBacklogs.ids(items) == ["US-7", "US-2", "US-3", "US-4", "BUG-1", "US-5", "US-6", "US-8"])
        #expect(items.map(\.basis) == [.rank, .score, .score, .score, .unscored, .unscored, .unscored, .unscored])
        #expect(items[0].manualRank == 1 && items[0].score == .number(25))
        #expect(
            items.map { $0.score.unscoredReason ?? "" }.suffix(4) == [
                "rice missing", "rice missing", "rice.effort missing", "rice missing",
            ])
    }

    @Test("WSJF ties at 3 break by priority: must, should, could")
    func wsjf() throws {
        #expect(
            PlanningBacklogs.ids(try ranking(.wsjf))
                == ["US-7", "US-2", "US-3", "US-4", "US-5", "BUG-1", "US-6", "US-8"])
    }

    @Test("MoSCoW, the default: must > should > could > wont, ties by id")
    func moscow() throws {
        #expect(
            PlanningBacklogs.ids(try ranking(.moscow))
                == ["US-7", "BUG-1", "US-2", "US-3", "US-5", "US-4", "US-6", "US-8"])
    }

    @Test("open work only: no done story, no epic, objective, key result, release or feedback")
    func scope() throws {
        #expect(PlanningBacklogs.ids(try ranking(.moscow, RankingScope(kinds: ["bug"]))) == ["BUG-1"])
        #expect(PlanningBacklogs.ids(try ranking(.moscow, RankingScope(kinds: ["epic"]))) == ["EP-1"])
        #expect(!PlanningBacklogs.ids(try ranking(.moscow)).contains("US-1"))
        #expect(RankingScope().includes(kind: "task") && !RankingScope().includes(kind: "key-result"))
    }

    @Test("ties: equal ranks and scores break by priority, then id (US-9 before US-10)")
    func ties() throws {
        let rice = "rice: {reach: 10, impact: 1, confidence: 1, effort: 1}"
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-10", [rice, "priority: should"]), ("US-9", [rice, "priority: should"]),
            ("US-3", [rice, "priority: must"]), ("US-4", [rice]),
            ("US-5", ["rank: 2", "priority: could"]), ("US-6", ["rank: 2", "priority: must"]),
            ("US-7", ["rank: 0.5"]), ("US-8", ["priority: wont"]), ("US-1", []),
        ])
        let items = RankingOrder(backlog: backlog, by: .rice).openItems(in: RankingScope())
        #expect(
            PlanningBacklogs.ids(items) == ["US-7", "US-6", "US-5", "US-3", "US-9", "US-10", "US-4", "US-8", "US-1"])
    }
}
