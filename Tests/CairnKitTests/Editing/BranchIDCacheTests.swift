import CairnGit
import Foundation
import Testing

@testable import CairnKit

/// The branch id cache in real git repositories: a warm run reads no tree
/// and allocates exactly what a run without the cache allocates; new,
/// moved and deleted branches are seen; a damaged or foreign cache file is
/// rebuilt, never trusted.
@Suite("Branch id cache")
struct BranchIDCacheTests {
    private static func story(_ id: String) -> String {
        "---\nid: \(id)\ntitle: Story \(id)\nstatus: draft\n---\n"
    }

    /// `main` with US-1…US-3 and EP-1, and a branch `feature` that adds US-9.
    private static func repository() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        try sandbox.commit([
            "backlog/stories/US-1-a.md": story("US-1"), "backlog/stories/US-2-b.md": story("US-2"),
            "backlog/stories/US-3-c.md": story("US-3"), "backlog/epics/EP-1-e.md": story("EP-1"),
        ])
        try sandbox.git("switch", "--quiet", "-c", "feature")
        try sandbox.commit(["backlog/stories/US-9-feature.md": story("US-9")])
        try sandbox.git("switch", "--quiet", "main")
        return sandbox
    }

    private static func store(_ sandbox: GitSandbox, version: String = "test") -> BranchIDCacheStore {
        BranchIDCacheStore(gitDirectory: sandbox.url.appendingPathComponent(".git"), cairnVersion: version)
    }

    /// One scan of the branches as `IDAllocator` makes it, the cache read
    /// before and written after.
    @discardableResult
    private static func scan(_ sandbox: GitSandbox, store: BranchIDCacheStore? = nil) throws -> BranchIDScan {
        let store = store ?? Self.store(sandbox)
        var scan = BranchIDScan(repository: try GitRepository(path: sandbox.url.path), previous: store.read())
        _ = try scan.idsOnBranches(under: "backlog")
        if let kept = scan.cacheToWrite { store.write(kept) }
        return scan
    }

    private static func allocator(_ sandbox: GitSandbox, cached: Bool = true) throws -> IDAllocator {
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: sandbox.url))
        return try IDAllocator.collecting(
            from: backlog, repository: try GitRepository(path: sandbox.url.path),
            cache: cached ? store(sandbox) : nil)
    }

    @Test("a second run reads no commit and no tree, and allocates what a run without the cache does")
    func warmRunReadsNothing() throws {
        let sandbox = try Self.repository()
        let cold = try Self.scan(sandbox)
        // main's and feature's backlog and stories trees, and the epics tree they share.
        #expect(cold.treesRead == 5)
        #expect(cold.tipsResolved == 2)
        #expect(FileManager.default.fileExists(atPath: Self.store(sandbox).url.path))
        let warm = try Self.scan(sandbox)
        #expect(warm.treesRead == 0)
        #expect(warm.tipsResolved == 0)
        #expect(warm.cacheToWrite == nil)
        let cached = try Self.allocator(sandbox)
        let uncached = try Self.allocator(sandbox, cached: false)
        for prefix in ["US", "EP", "BUG"] {
            #expect(cached.next(forPrefix: prefix) == uncached.next(forPrefix: prefix))
        }
        #expect(cached.next(forPrefix: "US") == ItemID("US-10"))
        #expect(cached.isTaken(try #require(ItemID("US-9"))))
        #expect(!cached.isTaken(try #require(ItemID("US-5"))))
    }

    @Test("a new branch with a higher id is seen, and only its new trees are read")
    func newBranch() throws {
        let sandbox = try Self.repository()
        try Self.scan(sandbox)
        try sandbox.git("switch", "--quiet", "-c", "later")
        try sandbox.commit(["backlog/stories/US-40-later.md": Self.story("US-40")])
        try sandbox.git("switch", "--quiet", "main")
        let scan = try Self.scan(sandbox)
        // The new commit's backlog and stories trees; epics is shared.
        #expect(scan.treesRead == 2)
        #expect(scan.tipsResolved == 1)
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-41"))
    }

    @Test("a deleted branch's ids are free again, and its trees leave the cache")
    func deletedBranch() throws {
        let sandbox = try Self.repository()
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-10"))
        let before = Self.store(sandbox).read()
        try sandbox.git("branch", "--quiet", "-D", "feature")
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-4"))
        let after = Self.store(sandbox).read()
        #expect(Set(after.trees.keys).isStrictSubset(of: Set(before.trees.keys)))
        #expect(after.trees.count == 3)
        #expect(after.rootTrees.count == 1)
    }

    @Test("ids in nested folders count, from the cache too")
    func nestedFolders() throws {
        let sandbox = try Self.repository()
        try sandbox.git("switch", "--quiet", "-c", "deep")
        try sandbox.commit(["backlog/stories/a/b/c/US-33-deep.md": Self.story("US-33")])
        try sandbox.git("switch", "--quiet", "main")
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-34"))
        #expect(try Self.scan(sandbox).treesRead == 0)
        let allocator = try Self.allocator(sandbox)
        #expect(allocator.next(forPrefix: "US") == ItemID("US-34"))
        #expect(allocator.isTaken(try #require(ItemID("US-33"))))
    }

    @Test("a branch moved to a commit with the same backlog reads no tree")
    func movedBranchSharesTrees() throws {
        let sandbox = try Self.repository()
        try Self.scan(sandbox)
        try sandbox.git("switch", "--quiet", "feature")
        try sandbox.commit(["README.md": "outside the backlog"])
        try sandbox.git("switch", "--quiet", "main")
        let scan = try Self.scan(sandbox)
        #expect(scan.tipsResolved == 1)
        #expect(scan.treesRead == 0)
    }

    @Test("a branch without the backlog folder is looked up each run but leaves the cache as it is")
    func branchWithoutFolder() throws {
        let sandbox = try Self.repository()
        try sandbox.git("switch", "--quiet", "--orphan", "pages")
        try sandbox.commit(["index.html": "a site"])
        try sandbox.git("switch", "--quiet", "main")
        try Self.scan(sandbox)
        let warm = try Self.scan(sandbox)
        #expect(warm.tipsResolved == 1)
        #expect(warm.treesRead == 0)
        #expect(warm.cacheToWrite == nil)
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-10"))
    }

    @Test("a folder in place of the cache file is no cache, and no failure")
    func folderInPlace() throws {
        let sandbox = try Self.repository()
        let url = Self.store(sandbox).url
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        #expect(Self.store(sandbox).read().trees.isEmpty)
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-10"))
    }

    @Test("the entry of a tree is used instead of reading the tree")
    func entryIsReused() throws {
        let sandbox = try Self.repository()
        try Self.scan(sandbox)
        let store = Self.store(sandbox)
        var cache = store.read()
        // Plant an id no branch has in every cached tree's entry: if the
        // entries are used, it is seen.
        for (id, tree) in cache.trees {
            var builder = IDRunSet.Builder()
            builder.add(tree.ids)
            builder.add(try #require(ItemID("US-500")))
            cache.trees[id] = BranchIDCache.Tree(subtrees: tree.subtrees, ids: builder.build())
        }
        store.write(cache)
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-501"))
        #expect(try Self.allocator(sandbox, cached: false).next(forPrefix: "US") == ItemID("US-10"))
    }

    @Test(
        "a damaged, truncated, empty or foreign cache file is rebuilt, never trusted",
        arguments: ["garbage", "truncated", "flipped", "empty", "other version", "other format"])
    func damagedCacheIsRebuilt(damage: String) throws {
        let sandbox = try Self.repository()
        try Self.scan(sandbox)
        let url = Self.store(sandbox).url
        var bytes = [UInt8](try Data(contentsOf: url))
        switch damage {
        case "garbage": bytes = Array("not a cache at all".utf8)
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count - 5] ^= 0x40
        case "empty": bytes = []
        case "other version":
            try Self.scan(sandbox, store: Self.store(sandbox, version: "other"))
            bytes = [UInt8](try Data(contentsOf: url))
        default: bytes[BranchIDCacheStore.magic.count] = UInt8(BranchIDCacheStore.formatVersion + 1)
        }
        try Data(bytes).write(to: url)
        #expect(Self.store(sandbox).read().trees.isEmpty)
        let rebuilt = try Self.scan(sandbox)
        #expect(rebuilt.treesRead == 5)
        #expect(try Self.scan(sandbox).treesRead == 0)
        #expect(try Self.allocator(sandbox).next(forPrefix: "US") == ItemID("US-10"))
    }

    @Test("runs that a writer never produces make the whole file unusable", arguments: 0..<5)
    func invalidRunsAreRejected(variant: Int) throws {
        let sandbox = try GitSandbox()
        let store = Self.store(sandbox)
        let file = CacheFile(
            url: store.url, magic: BranchIDCacheStore.magic, formatVersion: BranchIDCacheStore.formatVersion,
            cairnVersion: "test")
        file.write(key: 0) { payload in
            payload.unsigned(1)
            payload.raw([UInt8](repeating: 7, count: 20))
            payload.unsigned(0)
            payload.unsigned(1)
            payload.string("US")
            switch variant {
            case 0:
                // A second run whose start overflows.
                payload.unsigned(2)
                payload.unsigned(5)
                payload.unsigned(0)
                payload.unsigned(UInt64.max)
                payload.unsigned(0)
            case 1:
                // A run past the largest number.
                payload.unsigned(1)
                payload.unsigned(UInt64(IDRunSet.maximumNumber))
                payload.unsigned(1)
            case 2:
                // A prefix without runs.
                payload.unsigned(0)
            case 3:
                // More runs than bytes.
                payload.unsigned(1_000)
            default:
                // The one valid variant, to show that the others fail for their runs alone: US-3…US-5.
                payload.unsigned(1)
                payload.unsigned(3)
                payload.unsigned(2)
            }
            payload.string("backlog")
            payload.unsigned(0)
        }
        #expect(file.payload(key: 0) != nil)
        let runs = store.read().trees.values.map(\.ids.runs)
        #expect(runs == (variant == 4 ? [["US": [3...5]]] : []))
    }

    @Test("the cache is written for the backlog root it was read for; another root resolves the tips again")
    func otherRoot() throws {
        let sandbox = try Self.repository()
        try Self.scan(sandbox)
        let store = Self.store(sandbox)
        var scan = BranchIDScan(repository: try GitRepository(path: sandbox.url.path), previous: store.read())
        let ids = try scan.idsOnBranches(under: "backlog/stories")
        #expect(scan.tipsResolved == 2)
        // The stories trees are in the cache already, as subtrees.
        #expect(scan.treesRead == 0)
        #expect(ids.compactMap { $0.highestNumber(forPrefix: "US") }.sorted() == [3, 9])
        #expect(ids.allSatisfy { $0.highestNumber(forPrefix: "EP") == nil })
    }
}
