import CairnKit
import Testing

@Suite("Roadmap")
struct RoadmapTests {
    struct Share: Equatable {
        var items: Int
        var done: Int
        var points: Double
        var donePoints: Double
    }

    private func share(_ group: RoadmapGroup) -> Share {
        Share(
            items: group.share.items, done: group.share.doneItems, points: group.share.points,
            donePoints: group.share.donePoints)
    }

    private func ids(_ items: [Item]) -> [String] { items.map(\.id.description) }

    @Test("by release: releases in date order, each item by its own release field, the rest unscheduled")
    func byRelease() throws {
        let roadmap = Roadmap(
            backlog: try PlanningExample.load(), grouping: .release, today: try PlanningExample.today())
        #expect(
            roadmap.groups.map { $0.release?.id.description ?? "unscheduled" } == [
                "REL-1", "REL-2", "REL-3", "unscheduled",
            ])
        #expect(
            roadmap.groups.map { ids($0.items) } == [
                ["US-1", "US-4"], ["EP-1", "US-2", "US-3", "US-6"], ["US-5"], ["BUG-1", "US-7", "US-8"],
            ])
        // REL-1: US-1 done (3) + US-4 (2); REL-2: US-2 5 + US-3 3 + US-6 5, EP-1 has no estimate;
        // unscheduled: BUG-1 1 + US-7 3 + US-8 13.
        #expect(
            roadmap.groups.map(share) == [
                Share(items: 2, done: 1, points: 5, donePoints: 3), Share(items: 4, done: 0, points: 13, donePoints: 0),
                Share(items: 1, done: 0, points: 8, donePoints: 0), Share(items: 3, done: 0, points: 17, donePoints: 0),
            ])
        #expect(roadmap.groups.map { ids($0.overdueItems) } == [["US-4"], [], [], []])
        #expect(roadmap.groups[0].isPastDate && !roadmap.groups[1].isPastDate)
        #expect(roadmap.groups[0].share.summary == "1/2 done, 3 of 5 points")
        #expect(try roadmap.groups[0].date == PlanningExample.day("2026-10-01"))
        #expect(roadmap.groups[3].isUnscheduled)
    }

    @Test("a release is past its date only after the day itself")
    func pastDate() throws {
        let backlog = try PlanningExample.load()
        let onTheDay = try Roadmap(backlog: backlog, grouping: .release, today: PlanningExample.day("2026-10-01"))
        #expect(onTheDay.groups.allSatisfy { $0.overdueItems.isEmpty })
        let dayAfter = try Roadmap(backlog: backlog, grouping: .release, today: PlanningExample.day("2026-10-02"))
        #expect(ids(dayAfter.groups[0].overdueItems) == ["US-4"])
        let later = try Roadmap(backlog: backlog, grouping: .release, today: PlanningExample.day("2027-06-01"))
        #expect(
            later.groups.map { ids($0.overdueItems) } == [["US-4"], ["EP-1", "US-2", "US-3", "US-6"], ["US-5"], []])
    }

    @Test("by horizon: now, next, later, then work without a horizon")
    func byHorizon() throws {
        let roadmap = Roadmap(
            backlog: try PlanningExample.load(), grouping: .horizon, today: try PlanningExample.today())
        #expect(roadmap.groups.map { $0.horizon ?? "unscheduled" } == ["now", "next", "later", "unscheduled"])
        #expect(
            roadmap.groups.map { ids($0.items) } == [
                ["US-2", "US-4"], ["US-3", "US-6"], ["US-5", "US-8"], ["BUG-1", "EP-1", "US-1", "US-7"],
            ])
        #expect(
            roadmap.groups.map(share) == [
                Share(items: 2, done: 0, points: 7, donePoints: 0), Share(items: 2, done: 0, points: 8, donePoints: 0),
                Share(items: 2, done: 0, points: 21, donePoints: 0), Share(items: 4, done: 1, points: 7, donePoints: 3),
            ])
        #expect(roadmap.groups.allSatisfy { $0.overdueItems.isEmpty })
    }

    @Test(
        "releases without a date last; empty ones listed; dropped work in neither share; no unscheduled group when all is planned"
    )
    func edges() throws {
        let (backlog, _) = try PlanningExample.load([
            "releases/REL-1-someday.md": "---\nid: REL-1\ntitle: Someday\nstatus: draft\n---\n",
            "releases/REL-2-empty.md": "---\nid: REL-2\ntitle: Empty\nstatus: draft\ndate: 2027-01-01\n---\n",
            "releases/REL-3-first.md": "---\nid: REL-3\ntitle: First\nstatus: draft\ndate: 2026-01-01\n---\n",
            "stories/US-1-a.md": "---\nid: US-1\ntitle: A\nstatus: done\nrelease: REL-1\nestimate: 2.5\n---\n",
            "stories/US-2-b.md": "---\nid: US-2\ntitle: B\nstatus: dropped\nrelease: REL-1\nestimate: 8\n---\n",
            "stories/US-3-c.md": "---\nid: US-3\ntitle: C\nstatus: dropped\nrelease: REL-3\n---\n",
            "objectives/OBJ-1-o.md": "---\nid: OBJ-1\ntitle: O\nstatus: draft\nhorizon: now\n---\n",
            "feedback/FB-1-f.md": "---\nid: FB-1\ntitle: F\n---\n",
        ])
        let roadmap = try Roadmap(backlog: backlog, grouping: .release, today: PlanningExample.day("2026-06-01"))
        #expect(roadmap.groups.map { $0.release?.id.description } == ["REL-3", "REL-2", "REL-1"])
        #expect(roadmap.groups.map { ids($0.items) } == [["US-3"], [], ["US-1", "US-2"]])
        #expect(
            roadmap.groups.map(share) == [
                Share(items: 0, done: 0, points: 0, donePoints: 0), Share(items: 0, done: 0, points: 0, donePoints: 0),
                Share(items: 1, done: 1, points: 2.5, donePoints: 2.5),
            ])
        #expect(roadmap.groups[0].overdueItems.isEmpty, "a dropped item is not overdue")
        let horizons = try Roadmap(backlog: backlog, grouping: .horizon, today: PlanningExample.day("2026-06-01"))
        #expect(horizons.groups.map { ids($0.items) } == [[], [], [], ["US-1", "US-2", "US-3"]])
    }

    @Test("the done share reads by count and by estimate")
    func summary() throws {
        let (backlog, _) = try PlanningExample.load([
            "stories/US-1-a.md": "---\nid: US-1\ntitle: A\nstatus: done\nestimate: 1\n---\n",
            "stories/US-2-b.md": "---\nid: US-2\ntitle: B\nstatus: draft\n---\n",
        ])
        let items = backlog.graph.items
        let statuses = backlog.configuration.statuses
        #expect(CompletionShare(of: items, statuses: statuses).summary == "1/2 done, 1 of 1 point")
        #expect(CompletionShare(of: items.suffix(1), statuses: statuses).summary == "0/1 done, no estimates")
    }
}
