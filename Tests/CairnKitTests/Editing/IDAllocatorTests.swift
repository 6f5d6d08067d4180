import CairnGit
import CairnKit
import Foundation
import Testing

/// Ids `cairn new` hands out: one past the highest number taken anywhere —
/// the working tree, the index, every local and remote-tracking branch.
@Suite("IDAllocator")
struct IDAllocatorTests {
    private func story(_ id: String) -> String {
        "---\nid: \(id)\ntitle: Story \(id)\nstatus: draft\n---\n"
    }

    private func allocator(for sandbox: GitSandbox) throws -> IDAllocator {
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: sandbox.url))
        return try IDAllocator.collecting(from: backlog, repository: try GitRepository(path: sandbox.url.path))
    }

    @Test("counts numbers per prefix from ids and file names")
    func inMemory() {
        var allocator = IDAllocator()
        #expect(allocator.next(forPrefix: "US") == ItemID("US-1"))
        allocator.take(ItemID(prefix: "US", number: 4))
        allocator.take(fileName: "US-12-pay.md")
        allocator.take(fileName: "US-007.md")
        allocator.take(fileName: "EP-2-x.md")
        allocator.take(fileName: "notes.md")
        allocator.take(fileName: "us-99-lowercase.md")
        #expect(allocator.next(forPrefix: "US") == ItemID("US-13"))
        #expect(allocator.next(forPrefix: "EP") == ItemID("EP-3"))
        #expect(allocator.highestNumber(forPrefix: "us") == 99)
        #expect(allocator.highestNumber(forPrefix: "KR") == nil)
    }

    @Test("a branch that took US-7 while the working tree has up to US-3 gives US-8")
    func otherBranch() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit([
            "backlog/stories/US-1-a.md": story("US-1"), "backlog/stories/US-3-c.md": story("US-3"),
        ])
        try sandbox.git("switch", "--quiet", "-c", "feature")
        try sandbox.commit(["backlog/stories/US-7-g.md": story("US-7")])
        try sandbox.git("switch", "--quiet", "main")
        #expect(try allocator(for: sandbox).next(forPrefix: "US") == ItemID("US-8"))
    }

    @Test("ids taken only on a fetched remote's branches count")
    func remoteBranch() throws {
        let origin = try GitSandbox()
        try origin.commit(["backlog/stories/US-1-a.md": story("US-1")])
        try origin.git("switch", "--quiet", "-c", "teammate")
        try origin.commit(["backlog/stories/US-15-theirs.md": story("US-15"), "backlog/epics/EP-4-e.md": "x"])
        let clone = try GitSandbox()
        try clone.git("remote", "add", "origin", origin.url.path)
        try clone.git("fetch", "--quiet", "origin")
        try clone.git("switch", "--quiet", "-c", "main", "origin/main")
        try clone.write("backlog/stories/US-2-mine.md", story("US-2"))
        let allocator = try allocator(for: clone)
        #expect(allocator.next(forPrefix: "US") == ItemID("US-16"))
        #expect(allocator.next(forPrefix: "EP") == ItemID("EP-5"))
    }

    @Test("an item whose id differs from its file name takes both numbers")
    func idAndFileName() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("backlog/stories/US-12-renamed.md", story("US-9"))
        #expect(try allocator(for: sandbox).next(forPrefix: "US") == ItemID("US-13"))
        try sandbox.write("backlog/stories/US-3-misnamed.md", story("US-20"))
        #expect(try allocator(for: sandbox).next(forPrefix: "US") == ItemID("US-21"))
    }

    @Test("an unborn repository counts its working tree and its index")
    func unborn() throws {
        let sandbox = try GitSandbox()
        try sandbox.write("backlog/stories/US-2-b.md", story("US-2"))
        try sandbox.write("elsewhere/US-30-outside.md", story("US-30"))
        try sandbox.git("add", "elsewhere")
        try sandbox.write("backlog/stories/US-4-staged.md", story("US-4"))
        try sandbox.git("add", "backlog/stories/US-4-staged.md")
        try FileManager.default.removeItem(at: sandbox.url.appendingPathComponent("backlog/stories/US-4-staged.md"))
        // US-4 is only in the index, US-2 only in the working tree; US-30 lies outside the backlog.
        #expect(try allocator(for: sandbox).next(forPrefix: "US") == ItemID("US-5"))
    }

    @Test("branches without a backlog folder add nothing and break nothing")
    func branchWithoutBacklog() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["README.md": "no backlog yet"])
        try sandbox.git("switch", "--quiet", "-c", "backlog")
        try sandbox.commit(["backlog/stories/US-3-c.md": story("US-3")])
        try sandbox.git("switch", "--quiet", "main")
        try sandbox.write("backlog/stories/US-1-a.md", story("US-1"))
        #expect(try allocator(for: sandbox).next(forPrefix: "US") == ItemID("US-4"))
        #expect(try allocator(for: sandbox).next(forPrefix: "BUG") == ItemID("BUG-1"))
    }

    @Test("the backlog root from cairn.yml is the folder searched on every branch")
    func configuredRoot() throws {
        let sandbox = try GitSandbox()
        try sandbox.commit(["cairn.yml": "root: docs/backlog\n", "docs/backlog/US-2-a.md": story("US-2")])
        try sandbox.git("switch", "--quiet", "-c", "other")
        try sandbox.commit(["docs/backlog/deep/US-6-b.md": story("US-6"), "backlog/US-40-old-root.md": "x"])
        try sandbox.git("switch", "--quiet", "main")
        #expect(try allocator(for: sandbox).next(forPrefix: "US") == ItemID("US-7"))
    }
}
