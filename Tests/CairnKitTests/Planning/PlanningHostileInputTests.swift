import CairnKit
import Foundation
import Testing

/// Backlogs built to hurt `rank`, `ready`, `blocked` and `plan`: missing
/// dependencies, unlisted priorities, huge numbers, thousands of links on
/// one item, long cycles, wide characters.
@Suite("Planning on hostile backlogs")
struct PlanningHostileInputTests {
    private func readiness(_ backlog: Backlog) -> Readiness {
        Readiness(backlog: backlog, order: RankingOrder(backlog: backlog, by: .moscow), scope: RankingScope())
    }

    private func plan(_ backlog: Backlog) -> PlanOrder {
        PlanOrder(backlog: backlog, order: RankingOrder(backlog: backlog, by: .moscow), scope: RankingScope())
    }

    /// A backlog of `count` stories from `front(number)`: the front-matter
    /// lines after `id`, `title` and `status: ready`.
    private func numberedStories(_ count: Int, _ front: (Int) -> String) throws -> (Backlog, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        for number in 1...count {
            try directory.write(
                "backlog/stories/US-\(number).md",
                "---\nid: US-\(number)\ntitle: Step\nstatus: ready\npriority: should\n\(front(number))---\n")
        }
        return (try BacklogLoader().load(from: WorkingTreeSource(root: directory.url)), directory)
    }

    @Test("a dependency on an item that does not exist blocks: not ready, blocked on it first, not planned")
    func missingDependency() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["depends_on: [US-99]"]), ("US-2", ["depends_on: [US-1]"]), ("US-3", []),
            ("US-4", ["depends_on: [US-3, US-98, US-98]"]),
        ])
        #expect(PlanningBacklogs.ids(readiness(backlog).ready()) == ["US-3"])
        let blocked = readiness(backlog).blocked()
        #expect(
            blocked.map(ReadinessBlockedRenderer.chainText) == [
                "US-1 ← US-99 (missing)", "US-2 ← US-1 ← US-99 (missing)", "US-4 ← US-98 (missing)",
            ])
        #expect(blocked.map(\.end) == [.missing, .missing, .missing])
        #expect(blocked.map(\.distance) == [1, 2, 1])
        #expect(blocked[2].waitsOn.map(\.description) == ["US-3", "US-98"])
        let json = try ReadinessBlockedRenderer.json(blocked, in: backlog.graph)
        #expect(json.contains(#""blocker":"US-99","blockerStatus":null,"chain":["US-1","US-99"],"chainEnd":"missing""#))
        let result = plan(backlog)
        #expect(result.steps.map(\.item.id.description) == ["US-3"])
        #expect(
            result.unplanned.map { "\($0.item.id) \(PlanOrderRenderer.reasonText($0.reason))" } == [
                "US-1 depends on missing US-99", "US-2 waits on US-1, which cannot be planned",
                "US-4 depends on missing US-98",
            ])
    }

    @Test("a priority the configuration does not list, or a value that is no number, is named, not called missing")
    func unusableFields() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["priority: urgent"]), ("US-2", ["value: lots", "estimate: 2"]), ("US-3", ["rice: high"]),
        ])
        let score = { (index: Int, model: ScoringModel) in
            Scoring.score(backlog.graph.items[index], by: model, configuration: backlog.configuration)
        }
        #expect(score(0, .moscow).unscoredReason == "priority is not one of must, should, could, wont")
        #expect(score(1, .valueEffort).unscoredReason == "value is invalid")
        #expect(score(2, .rice).unscoredReason == "rice is invalid")
        #expect(score(1, .moscow).unscoredReason == "priority missing")
    }

    @Test("huge scores print as numbers, never inf, and JSON never holds Infinity")
    func hugeNumbers() throws {
        let (backlog, _) = try PlanningBacklogs.stories([
            ("US-1", ["value: 1e308", "estimate: 1"]), ("US-2", ["value: 1e308", "estimate: 0.5"]),
            ("US-3", ["value: 123456789012.345", "estimate: 1"]),
        ])
        let ranked = RankingOrder(backlog: backlog, by: .valueEffort).openItems(in: RankingScope())
        let table = RankingRenderer.table(ranked, in: backlog.graph)
        #expect(table.contains("  1e+308  ") && table.contains("  123456789012.35  "))
        #expect(table.contains("value is too large to score") && !table.contains("inf"))
        let json = try RankingRenderer.json(ranked, by: .valueEffort, in: backlog.graph)
        #expect(json.contains(#""score":1e+308"#) && !json.contains("Infinity") && !json.contains("NaN"))
        let csv = RankingRenderer.csv(ranked, in: backlog.graph)
        #expect(!csv.contains("inf"))
    }

    @Test("blocked is linear: one item waiting on 2,000 items that all wait on it")
    func blockedFan() throws {
        let count = 2_000
        let all = (2...count + 1).map { "US-\($0)" }.joined(separator: ", ")
        let (backlog, _) = try numberedStories(count + 1) {
            $0 == 1 ? "depends_on: [\(all)]\n" : "depends_on: [US-1]\n"
        }
        let clock = ContinuousClock()
        var blocked: [BlockedItem] = []
        let elapsed = clock.measure { blocked = readiness(backlog).blocked() }
        #expect(blocked.count == count + 1)
        #expect(elapsed < .seconds(2), "blocked() took \(elapsed)")
    }

    @Test("a long dependency cycle is written out once; the other members name the first")
    func longCycle() throws {
        let count = 50
        let (backlog, _) = try numberedStories(count) { "depends_on: [US-\($0 % count + 1)]\n" }
        let result = plan(backlog)
        #expect(result.steps.isEmpty && result.unplanned.count == count)
        let first = try #require(result.unplanned.first)
        #expect(first.reason == .cycle((1...count).map { ItemID(prefix: "US", number: $0) }))
        let others = result.unplanned.dropFirst().map { PlanOrderRenderer.reasonText($0.reason) }
        #expect(others.allSatisfy { $0 == "in the cycle of \(first.item.id) (50 items)" })
        let csv = PlanOrderRenderer.csv(result, in: backlog.graph)
        #expect(csv.components(separatedBy: "→ US-25 →").count == 2)  // the cycle is written once
        let table = PlanOrderRenderer.table(result, in: backlog.graph)
        #expect(table.contains("cycle US-1 → US-2 → US-3 → … (+47) → US-1"))
    }

    @Test("table cells show the first ids of long lists and how many more; CSV and JSON keep them all")
    func longListsInTables() throws {
        let count = 300
        let all = (2...count + 1).map { "US-\($0)" }.joined(separator: ", ")
        let (backlog, _) = try numberedStories(count + 2) { number in
            switch number {
            case 1: return "depends_on: [\(all)]\n"
            case count + 2: return "depends_on: [US-1]\n"
            default: return "status: draft\n"
            }
        }
        let result = plan(backlog)
        let table = PlanOrderRenderer.table(result, in: backlog.graph)
        #expect(table.contains("  US-2, US-3, US-4, … (+297)  "))
        #expect(table.split(separator: "\n").allSatisfy { $0.count < 80 })
        #expect(PlanOrderRenderer.markdown(result, in: backlog.graph).contains("| US-2, US-3, US-4, … (+297) |"))
        #expect(PlanOrderRenderer.csv(result, in: backlog.graph).contains("\"\(all)\""))
        #expect(try PlanOrderRenderer.json(result, by: .moscow, in: backlog.graph).contains("\"US-301\"]"))
        let blocked = readiness(backlog).blocked()
        let blockedTable = ReadinessBlockedRenderer.table(blocked, in: backlog.graph)
        #expect(blockedTable.contains("  US-2, US-3, US-4, … (+297)  "))
        #expect(ReadinessBlockedRenderer.csv(blocked, in: backlog.graph).contains("\"\(all)\""))
    }

    @Test("titles are cut by terminal cells, wide characters counting two; Markdown escapes # and $")
    func wideTitlesAndMarkdown() throws {
        let directory = try TemporaryDirectory()
        for (id, title) in [("US-1", String(repeating: "全角テキスト", count: 10)), ("US-2", "# $x$ cost")] {
            try directory.write(
                "backlog/stories/\(id).md", "---\nid: \(id)\ntitle: \"\(title)\"\nstatus: ready\npriority: must\n---\n")
        }
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        let ranked = RankingOrder(backlog: backlog, by: .moscow).openItems(in: RankingScope())
        let lines = RankingRenderer.table(ranked, in: backlog.graph, width: 80).split(separator: "\n")
        let titleWidth = 80 - (lines[0].count - "TITLE".count)
        let cut = try #require(lines[1].split(separator: " ").last)
        #expect(cut.last == "…")
        let cells = 2 * (cut.count - 1) + 1  // every character but the ellipsis is wide
        #expect(cells <= titleWidth && cells >= titleWidth - 1, "\(cut) takes \(cells) of \(titleWidth) cells")
        #expect(RankingRenderer.markdown(ranked, in: backlog.graph).contains(##"| \# \$x\$ cost |"##))
    }
}
