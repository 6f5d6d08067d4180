import CairnKit
import Testing

@Suite("OKR report")
struct OKRReportTests {
    private func ids(_ items: [Item]) -> [String] { items.map(\.id.description) }

    private func keyResult(_ id: String, in report: OKRReport) throws -> KeyResultProgress {
        let all = report.objectives.flatMap(\.keyResults) + report.keyResultsWithoutObjective
        return try #require(all.first { $0.keyResult.id.description == id })
    }

    @Test("objectives hold their key results, by id")
    func structure() throws {
        let report = OKRReport(backlog: try PlanningExample.load())
        #expect(report.objectives.map(\.objective.id.description) == ["OBJ-1", "OBJ-2"])
        #expect(
            report.objectives.map { $0.keyResults.map(\.keyResult.id.description) } == [
                ["KR-1", "KR-2", "KR-3"], ["KR-4"],
            ])
        #expect(report.keyResultsWithoutObjective.isEmpty)
    }

    @Test("progress is (current − baseline) ÷ (target − baseline), or what is missing")
    func progress() throws {
        let report = OKRReport(backlog: try PlanningExample.load())
        // KR-1: (30 − 40) ÷ (20 − 40) = 50 %; KR-2: (250 − 0) ÷ (1000 − 0) = 25 %; KR-4: 0 of 50.
        #expect(try keyResult("KR-1", in: report).progress == .percent(50))
        #expect(try keyResult("KR-2", in: report).progress == .percent(25))
        #expect(try keyResult("KR-3", in: report).progress == .noTarget)
        #expect(try keyResult("KR-4", in: report).progress == .percent(0))
        let first = try keyResult("KR-1", in: report)
        #expect(first.baseline == 40 && first.current == 30 && first.target == 20 && first.unit == "s")
    }

    @Test("the work feeding a key result: linked items and their descendants")
    func feedingWork() throws {
        let report = OKRReport(backlog: try PlanningExample.load())
        let first = try keyResult("KR-1", in: report)
        #expect(ids(first.linkedWork.map(\.item)) == ["EP-1", "US-2"])
        // EP-1 and its nine children (BUG-1, US-1…US-8): only US-1 is done; estimates
        // 1 + 3 + 5 + 3 + 2 + 8 + 5 + 3 + 13 = 43, of which US-1's 3 are done.
        let epic = first.linkedWork[0].share
        #expect([epic.items, epic.doneItems] == [10, 1] && [epic.points, epic.donePoints] == [43, 3])
        let story = first.linkedWork[1].share
        #expect([story.items, story.doneItems] == [1, 0] && [story.points, story.donePoints] == [5, 0])
        #expect(first.share == epic, "US-2 is inside EP-1 and counts once")
        #expect(first.share.summary == "1/10 done, 3 of 43 points")
        let second = try keyResult("KR-2", in: report)
        #expect(ids(second.linkedWork.map(\.item)) == ["US-1"] && second.share.summary == "1/1 done, 3 of 3 points")
        #expect(try keyResult("KR-3", in: report).linkedWork.isEmpty)
        let kiosks = try keyResult("KR-4", in: report)
        #expect(ids(kiosks.linkedWork.map(\.item)) == ["US-8"] && kiosks.share.summary == "0/1 done, 0 of 13 points")
    }

    @Test("progress is not clamped; missing values and a zero distance are named")
    func unclampedAndMissing() throws {
        let (backlog, _) = try PlanningExample.load([
            "key-results/KR-1-over.md": "---\nid: KR-1\ntitle: Over\nbaseline: 0\ntarget: 50\ncurrent: 60\n---\n",
            "key-results/KR-2-back.md": "---\nid: KR-2\ntitle: Back\nbaseline: 40\ntarget: 20\ncurrent: 42\n---\n",
            "key-results/KR-3-none.md": "---\nid: KR-3\ntitle: None\nbaseline: 0\ntarget: 10\n---\n",
            "key-results/KR-4-flat.md": "---\nid: KR-4\ntitle: Flat\nbaseline: 5\ntarget: 5\ncurrent: 5\n---\n",
            "key-results/KR-5-nobase.md": "---\nid: KR-5\ntitle: No base\ntarget: 5\ncurrent: 1\n---\n",
        ])
        let report = OKRReport(backlog: backlog)
        #expect(report.objectives.isEmpty)
        #expect(
            report.keyResultsWithoutObjective.map(\.progress) == [
                .percent(120), .percent(-10), .noCurrentValue, .targetEqualsBaseline, .noBaseline,
            ])
        #expect(
            report.keyResultsWithoutObjective.map(\.progress.summary) == [
                "120 %", "-10 %", "no current value", "target equals baseline", "no baseline",
            ])
    }
}
