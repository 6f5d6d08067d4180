import CairnKit
import Foundation
import Testing

/// The done share of the work under each linked item: summed once over the
/// parent tree, right on deep chains, parent cycles and several parents.
@Suite("OKR subtree shares")
struct OKRSubtreeShareTests {
    private static let keyResult = "---\nid: KR-1\ntitle: K\nstatus: ready\nbaseline: 0\ntarget: 10\ncurrent: 5\n---\n"

    private func share(_ id: String, _ progress: KeyResultProgress) throws -> CompletionShare {
        try #require(progress.linkedWork.first { $0.item.id.description == id }).share
    }

    @Test("a 3,000-story parent chain, every story linked: linear, each story with the stories below it")
    func deepChain() throws {
        let count = 3_000
        var files = ["key-results/KR-1.md": Self.keyResult]
        for index in 1...count {
            let parent = index < count ? "parent: US-\(index + 1)\n" : ""
            let status = index <= 10 ? "done" : "ready"
            files["stories/US-\(index).md"] =
                "---\nid: US-\(index)\ntitle: S\nstatus: \(status)\n\(parent)key_results: [KR-1]\n---\n"
        }
        let (backlog, _) = try PlanningExample.load(files)
        let start = ContinuousClock.now
        let report = OKRReport(backlog: backlog)
        let elapsed = ContinuousClock.now - start
        let progress = try #require(report.keyResultsWithoutObjective.first)
        #expect(progress.linkedWork.count == count)
        #expect(try share("US-1", progress).items == 1)
        #expect(try share("US-2000", progress).items == 2_000)
        #expect(try share("US-3000", progress).summary == "10/3000 done, no estimates")
        #expect(progress.share.summary == "10/3000 done, no estimates")
        // Walking every story's descendants again took seconds here; one pass takes milliseconds.
        #expect(elapsed < .seconds(1), "OKRReport took \(elapsed)")
    }

    @Test("a cycle of parents: its items share the cycle and what hangs below, and the report ends")
    func parentCycle() throws {
        let (backlog, _) = try PlanningExample.load([
            "key-results/KR-1.md": Self.keyResult,
            "stories/US-1.md": "---\nid: US-1\ntitle: A\nstatus: done\nparent: US-2\nkey_results: [KR-1]\n---\n",
            "stories/US-2.md": "---\nid: US-2\ntitle: B\nstatus: ready\nparent: US-1\n---\n",
            "stories/US-3.md": "---\nid: US-3\ntitle: C\nstatus: ready\nparent: US-2\nkey_results: [KR-1]\n---\n",
            "stories/US-4.md": "---\nid: US-4\ntitle: D\nstatus: done\nparent: US-3\nestimate: 2\n---\n",
            "stories/US-5.md": "---\nid: US-5\ntitle: E\nstatus: ready\nparent: US-5\nkey_results: [KR-1]\n---\n",
        ])
        let progress = try #require(OKRReport(backlog: backlog).keyResultsWithoutObjective.first)
        #expect(try share("US-1", progress).summary == "2/4 done, 2 of 2 points")
        #expect(try share("US-3", progress).summary == "1/2 done, 2 of 2 points")
        #expect(try share("US-5", progress).summary == "0/1 done, no estimates")
        #expect(progress.share.summary == "2/5 done, 2 of 2 points")
    }

    @Test("parent made a list of ids: overlapping subtrees are counted item by item")
    func severalParents() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "fields:\n  parent:\n    type: ids\n")
        try directory.write("backlog/key-results/KR-1.md", Self.keyResult)
        try directory.write(
            "backlog/stories/US-1.md", "---\nid: US-1\ntitle: A\nstatus: ready\nkey_results: [KR-1]\n---\n")
        try directory.write(
            "backlog/stories/US-2.md", "---\nid: US-2\ntitle: B\nstatus: done\nkey_results: [KR-1]\n---\n")
        try directory.write(
            "backlog/stories/US-3.md", "---\nid: US-3\ntitle: C\nstatus: done\nparent: [US-1, US-2]\n---\n")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        let progress = try #require(OKRReport(backlog: backlog).keyResultsWithoutObjective.first)
        #expect(try share("US-1", progress).summary == "1/2 done, no estimates")
        #expect(try share("US-2", progress).summary == "2/2 done, no estimates")
        #expect(progress.share.summary == "2/3 done, no estimates")
    }
}
