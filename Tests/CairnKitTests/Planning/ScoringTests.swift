import CairnKit
import Testing

/// The four scoring models on the worked example, computed by hand.
@Suite("Scoring")
struct ScoringTests {
    private func scores(_ model: ScoringModel) throws -> [String: Score] {
        let backlog = try PlanningBacklogs.workedExample()
        var scores: [String: Score] = [:]
        for item in backlog.graph.items where item.kind == "story" || item.kind == "bug" {
            scores[item.id.description] = Scoring.score(item, by: model, configuration: backlog.configuration)
        }
        return scores
    }

    @Test("RICE = reach × impact × confidence ÷ effort")
    func rice() throws {
        let scores = try scores(.rice)
        #expect(scores["US-1"] == .number(800))  // 1000 × 2 × 0.8 ÷ 2
        #expect(scores["US-2"] == .number(1000))  // 4000 × 2 × 0.5 ÷ 4
        #expect(scores["US-3"] == .number(1000))  // 2000 × 1 × 1 ÷ 2
        #expect(scores["US-4"] == .number(400))  // 500 × 1 × 0.8 ÷ 1
        #expect(scores["US-7"] == .number(25))  // 100 × 0.5 × 0.5 ÷ 1
        #expect(scores["US-5"] == .unscored([ScoreInputProblem(field: "rice", issue: .missing)]))
        #expect(scores["US-5"]?.unscoredReason == "rice missing")
        #expect(scores["US-6"] == .unscored([ScoreInputProblem(field: "rice.effort", issue: .missing)]))
        #expect(scores["US-6"]?.unscoredReason == "rice.effort missing")
        #expect(scores["BUG-1"]?.unscoredReason == "rice missing")
    }

    @Test("WSJF = (business value + time criticality + risk reduction) ÷ job size")
    func wsjf() throws {
        let scores = try scores(.wsjf)
        #expect(scores["US-1"] == .number(4))  // (8 + 5 + 3) ÷ 4
        #expect(scores["US-2"] == .number(3))  // (8 + 8 + 2) ÷ 6
        #expect(scores["US-3"] == .number(3))  // (5 + 3 + 1) ÷ 3
        #expect(scores["US-4"] == .number(3))  // (3 + 2 + 1) ÷ 2
        #expect(scores["US-5"] == .number(2))  // (13 + 8 + 5) ÷ 13
        #expect(scores["US-6"]?.unscoredReason == "wsjf missing")
        #expect(scores["US-7"]?.unscoredReason == "wsjf missing")
    }

    @Test("MoSCoW is the priority's position in the configured order")
    func moscow() throws {
        let scores = try scores(.moscow)
        #expect(scores["US-2"] == .priority("must", position: 0))
        #expect(scores["US-3"] == .priority("should", position: 1))
        #expect(scores["US-4"] == .priority("could", position: 2))
        #expect(scores["US-7"] == .priority("wont", position: 3))
        let (backlog, _) = try PlanningBacklogs.stories([("US-1", [])])
        let score = Scoring.score(backlog.graph.items[0], by: .moscow, configuration: backlog.configuration)
        #expect(score.unscoredReason == "priority missing")
    }

    @Test("value ÷ effort divides the value field by the estimate")
    func valueEffort() throws {
        #expect(try scores(.valueEffort)["US-2"]?.unscoredReason == "value missing")
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["value: 13", "estimate: 5"]), ("US-2", []), ("US-3", ["estimate: 2"]),
        ])
        let scores = backlog.graph.items.map {
            Scoring.score($0, by: .valueEffort, configuration: backlog.configuration)
        }
        #expect(scores[0] == .number(2.6))
        #expect(scores[1].unscoredReason == "value, estimate missing")
        #expect(scores[2].unscoredReason == "value missing")
        #expect(backlog.configuration.fieldDefinitions["value"]?.type == .number(minimum: 0))
    }

    @Test("a zero divisor or a negative input leaves the item unscored, every problem named")
    func unusableInputs() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["rice: {reach: 100, impact: 1, confidence: 1, effort: 0}"]),
            ("US-2", ["rice: {reach: -5, impact: 1, effort: 2}"]),
            ("US-3", ["wsjf: {business_value: 1, time_criticality: 1, risk_reduction: 1, job_size: 0}"]),
            ("US-4", ["rice: {reach: 1e300, impact: 1e300, confidence: 1, effort: 1}"]),
        ])
        let score = { (index: Int, model: ScoringModel) in
            Scoring.score(backlog.graph.items[index], by: model, configuration: backlog.configuration)
        }
        #expect(score(0, .rice).unscoredReason == "rice.effort must be greater than 0")
        #expect(score(1, .rice).unscoredReason == "rice.confidence missing; rice.reach must be ≥ 0")
        #expect(score(2, .wsjf).unscoredReason == "wsjf.job_size must be greater than 0")
        #expect(score(3, .rice).unscoredReason == "rice is too large to score")
    }
}
