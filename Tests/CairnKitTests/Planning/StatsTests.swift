import CairnKit
import Testing

/// The counts of `cairn stats`, computed by hand from the worked example's
/// 22 files and asserted exactly.
@Suite("Backlog stats")
struct StatsTests {
    private typealias Count = BacklogStats.Count

    private func stats(_ filter: ItemFilter = ItemFilter(), top: Int = 5) throws -> BacklogStats {
        let backlog = try BoardStatsFixture.workedExample()
        return BacklogStats(graph: backlog.graph, filter: filter, configuration: backlog.configuration, top: top)
    }

    @Test("counts by kind (configured order, present kinds only), status and priority (every configured value)")
    func counts() throws {
        let stats = try stats()
        #expect(stats.items == 22)
        #expect(
            stats.kinds == [
                Count(value: "story", items: 8), Count(value: "epic", items: 1), Count(value: "objective", items: 2),
                Count(value: "key-result", items: 4), Count(value: "release", items: 3),
                Count(value: "feedback", items: 3), Count(value: "bug", items: 1),
            ])
        // draft: KR-3 KR-4 REL-3 US-5 US-8; ready: BUG-1 US-2 US-3 US-6 US-7;
        // in-progress: EP-1 KR-1 KR-2 OBJ-1 REL-2 US-4; done: REL-1 US-1;
        // dropped: OBJ-2; no status: FB-1 FB-2 FB-3.
        #expect(
            stats.statuses == [
                Count(value: "draft", items: 5), Count(value: "ready", items: 5), Count(value: "in-progress", items: 6),
                Count(value: "in-review", items: 0), Count(value: "done", items: 2), Count(value: "dropped", items: 1),
                Count(value: nil, items: 3),
            ])
        // must: BUG-1 EP-1 US-1 US-2; should: US-3 US-5; could: US-4 US-6 US-8; wont: US-7.
        #expect(
            stats.priorities == [
                Count(value: "must", items: 4), Count(value: "should", items: 2), Count(value: "could", items: 3),
                Count(value: "wont", items: 1), Count(value: nil, items: 12),
            ])
    }

    @Test("owners by number of items, ties by name, the unassigned last")
    func owners() throws {
        // bob: BUG-1 US-1 US-3 US-6; alice: US-2 US-4 US-7; carol: OBJ-1 OBJ-2 US-5.
        #expect(
            try stats().owners == [
                Count(value: "bob", items: 4), Count(value: "alice", items: 3), Count(value: "carol", items: 3),
                Count(value: nil, items: 12),
            ])
    }

    @Test("estimates: open 1+5+3+2+8+5+3+13 = 40 over 8 items, done 3 (US-1), nothing dropped")
    func estimates() throws {
        let stats = try stats()
        #expect(stats.openEstimate == BacklogStats.EstimateTotal(total: 40, items: 8))
        #expect(stats.doneEstimate == BacklogStats.EstimateTotal(total: 3, items: 1))
        #expect(stats.droppedEstimate == BacklogStats.EstimateTotal(total: 0, items: 0))
    }

    @Test("most linked feedback: US-5 has three, US-2 one; --top caps the list")
    func linkedFeedback() throws {
        let guest = BacklogStats.LinkedFeedback(
            id: ItemID(prefix: "US", number: 5), title: "Guest checkout",
            feedback: [1, 2, 3].map { ItemID(prefix: "FB", number: $0) })
        let applePay = BacklogStats.LinkedFeedback(
            id: ItemID(prefix: "US", number: 2), title: "Pay with Apple Pay",
            feedback: [ItemID(prefix: "FB", number: 1)])
        #expect(try stats().mostLinkedFeedback == [guest, applePay])
        #expect(try stats(top: 1).mostLinkedFeedback == [guest])
    }

    @Test("filters apply to every count; the feedback itself need not match them")
    func filtered() throws {
        let stats = try stats(ItemFilter(owners: ["alice"]))
        #expect(stats.items == 3)
        #expect(stats.kinds == [Count(value: "story", items: 3)])
        #expect(stats.openEstimate == BacklogStats.EstimateTotal(total: 10, items: 3))
        #expect(stats.owners == [Count(value: "alice", items: 3)])
        #expect(stats.mostLinkedFeedback.map(\.id.description) == ["US-2"])
    }

    @Test("feedback that links to an item counts too, each feedback item once; dropped estimates stay apart")
    func linksBothWays() throws {
        let backlog = try BoardStatsFixture.backlog([
            "backlog/stories/US-1-a.md":
                "---\nid: US-1\ntitle: A\nstatus: dropped\nestimate: 2.5\nevidence: [FB-1, FB-1, US-2]\n---\n",
            "backlog/stories/US-2-b.md": "---\nid: US-2\ntitle: B\nstatus: done\nestimate: 0.25\n---\n",
            "backlog/stories/US-3-c.md": "---\nid: US-3\ntitle: C\nstatus: draft\n---\n",
            "backlog/feedback/FB-1-a.md": "---\nid: FB-1\ntitle: Please\nrelates_to: [US-1, FB-2]\n---\n",
            "backlog/feedback/FB-2-b.md": "---\nid: FB-2\ntitle: Yes\n---\nSee [[US-1]] and [[US-3]].\n",
        ])
        let stats = BacklogStats(graph: backlog.graph, configuration: backlog.configuration, top: 5)
        #expect(
            stats.mostLinkedFeedback.map { "\($0.id): " + $0.feedback.map(\.description).joined(separator: " ") } == [
                "US-1: FB-1 FB-2 US-2", "US-3: FB-2",
            ])
        #expect(stats.droppedEstimate == BacklogStats.EstimateTotal(total: 2.5, items: 1))
        #expect(stats.doneEstimate == BacklogStats.EstimateTotal(total: 0.25, items: 1))
        #expect(stats.openEstimate == BacklogStats.EstimateTotal(total: 0, items: 0))
    }
}
