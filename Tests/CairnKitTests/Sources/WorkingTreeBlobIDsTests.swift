import CairnGit
import Foundation
import Synchronization
import Testing

@testable import CairnKit

/// Cairn's record of the working tree's files in real repositories: it
/// answers for files it saw settled and unchanged, never for a file written
/// since, and git's index answers the rest.
@Suite("Working-tree blob ids")
struct WorkingTreeBlobIDsTests {
    /// A committed repository with `stories` stories, whose index answers
    /// for all: it is written a little after them, so none is racily clean.
    private static func repository(stories: Int = 3) throws -> GitSandbox {
        let sandbox = try GitSandbox()
        for number in 1...stories {
            try sandbox.write("backlog/stories/US-\(number).md", "---\nid: US-\(number)\n---\nstory \(number)\n")
        }
        Thread.sleep(forTimeInterval: 0.05)
        try sandbox.git("add", "-A")
        try sandbox.git("commit", "--quiet", "-m", "stories")
        return sandbox
    }

    /// How many times something happened, from any thread.
    private final class Counter: Sendable {
        let count = Mutex(0)
    }

    /// The current time, as listings take it.
    @Sendable private static func now() -> WorkingTreeBlobIDs.FileTime {
        let time = Date().timeIntervalSince1970
        return (Int64(time), Int64((time - time.rounded(.down)) * 1e9))
    }

    /// Lists the backlog as `cairn check` does, counting reads of git's index.
    private struct Lister {
        let sandbox: GitSandbox
        let repository: GitRepository
        let indexReads = Counter()
        /// Where listings start; by default far enough ahead that every file has settled.
        var clock: @Sendable () -> WorkingTreeBlobIDs.FileTime = {
            (Int64(Date().timeIntervalSince1970) + 60, 0)
        }

        init(_ sandbox: GitSandbox) throws {
            self.sandbox = sandbox
            repository = try #require(try GitRepository.discover(containing: sandbox.url))
        }

        var statCache: WorkingTreeStatCache {
            WorkingTreeStatCache(gitDirectory: repository.gitDirectory, cairnVersion: "test")
        }

        func list() throws -> [SourceEntry] {
            let repository = repository
            let reads = indexReads
            let blobIDs = WorkingTreeBlobIDs(
                statCache: statCache,
                gitIndex: {
                    reads.count.withLock { $0 += 1 }
                    return repository.indexStatData()
                }, clock: clock)
            return try WorkingTreeSource(root: sandbox.url, blobIDs: blobIDs).markdownFiles(
                under: "backlog", ignoring: [])
        }

        /// The blob ids git's index holds, by path.
        func indexBlobIDs() throws -> [String: String] {
            let snapshot = try repository.indexSnapshot()
            let source = GitSnapshotSource(snapshot: snapshot, workingTree: nil)
            let entries = try source.markdownFiles(under: "backlog", ignoring: [])
            return Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.blobID ?? "") })
        }
    }

    @Test("settled files are recorded, then answered from the record without reading git's index")
    func answeredFromRecord() throws {
        let lister = try Lister(try Self.repository())
        let first = try lister.list()
        #expect(lister.indexReads.count.withLock { $0 } == 1)
        #expect(lister.statCache.records().map(\.path) == first.map(\.path))

        let second = try lister.list()
        #expect(lister.indexReads.count.withLock { $0 } == 1)
        let expected = try lister.indexBlobIDs()
        #expect(second.count == 3)
        for entry in second { #expect(entry.blobID == expected[entry.path]) }
        #expect(second == first)
    }

    @Test("files that changed too recently are not recorded, and git's index answers for them every time")
    func unsettledNotRecorded() throws {
        var lister = try Lister(try Self.repository())
        lister.clock = Self.now
        let first = try lister.list()
        #expect(first.allSatisfy { $0.blobID != nil })
        #expect(lister.statCache.records().isEmpty)
        _ = try lister.list()
        #expect(lister.indexReads.count.withLock { $0 } == 2)
    }

    @Test("a file rewritten with the same size right after it was recorded is never answered from the record")
    func rewriteAfterRecording() throws {
        let sandbox = try Self.repository()
        var lister = try Lister(sandbox)
        lister.clock = Self.now
        // The files must really have settled: no program can set a file's
        // change time back, so the test waits as a user's next check would.
        Thread.sleep(forTimeInterval: Double(WorkingTreeBlobIDs.settlingSeconds) + 0.2)
        _ = try lister.list()
        #expect(lister.statCache.records().count == 3)

        try sandbox.write("backlog/stories/US-2.md", "---\nid: US-2\n---\nSTORY 2\n")
        let entries = try lister.list()
        let byPath = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0) })
        let expected = try lister.indexBlobIDs()
        #expect(byPath["backlog/stories/US-2.md"]?.blobID == nil)
        #expect(byPath["backlog/stories/US-1.md"]?.blobID == expected["backlog/stories/US-1.md"])
        #expect(lister.indexReads.count.withLock { $0 } == 2)
    }

    @Test("a few files the record misses are read and hashed, without reading git's index")
    func fewMissesHashed() throws {
        let sandbox = try Self.repository(stories: 40)
        let lister = try Lister(sandbox)
        _ = try lister.list()
        #expect(lister.statCache.records().count == 40)

        let edited = "---\nid: US-7\ntitle: Edited\n---\nstory 7\n"
        let added = "---\nid: US-41\n---\n"
        try sandbox.write("backlog/stories/US-7.md", edited)
        try sandbox.write("backlog/stories/US-41.md", added)
        let entries = try lister.list()
        #expect(lister.indexReads.count.withLock { $0 } == 1)
        let byPath = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.blobID) })
        #expect(byPath["backlog/stories/US-7.md"] == GitBlobHasher.blobID(of: Array(edited.utf8)))
        #expect(byPath["backlog/stories/US-41.md"] == GitBlobHasher.blobID(of: Array(added.utf8)))
        #expect(entries.count == 41 && entries.allSatisfy { $0.blobID != nil })
        // With the clock well ahead, both files have settled and enter the record.
        #expect(lister.statCache.records().count == 41)
    }

    @Test("settled files git's index does not vouch for are hashed once and recorded")
    func settledUnknownFilesHashed() throws {
        let sandbox = try Self.repository()
        var texts: [String: String] = [:]
        for number in 4...40 {
            let text = "---\nid: US-\(number)\n---\nnot added to git\n"
            texts["backlog/stories/US-\(number).md"] = text
            try sandbox.write("backlog/stories/US-\(number).md", text)
        }
        let lister = try Lister(sandbox)
        let first = try lister.list()
        #expect(lister.indexReads.count.withLock { $0 } == 1)
        for entry in first where texts[entry.path] != nil {
            #expect(entry.blobID == GitBlobHasher.blobID(of: Array((texts[entry.path] ?? "").utf8)))
        }
        #expect(lister.statCache.records().count == 40)
        #expect(try lister.list() == first)
        #expect(lister.indexReads.count.withLock { $0 } == 1)
    }

    @Test("a record of files no longer listed as they were is rewritten with what is listed now")
    func staleRecordsRewritten() throws {
        let sandbox = try Self.repository()
        let lister = try Lister(sandbox)
        _ = try lister.list()
        try sandbox.git("rm", "--quiet", "backlog/stories/US-3.md")
        try sandbox.git("commit", "--quiet", "-m", "remove US-3")
        let entries = try lister.list()
        #expect(entries.map(\.path) == ["backlog/stories/US-1.md", "backlog/stories/US-2.md"])
        #expect(lister.statCache.records().map(\.path) == entries.map(\.path))
    }

    @Test(
        "a damaged or truncated record is ignored and rewritten",
        arguments: [Array("garbage".utf8), []])
    func damagedRecord(bytes: [UInt8]) throws {
        let sandbox = try Self.repository()
        let lister = try Lister(sandbox)
        _ = try lister.list()
        let file = lister.statCache.url
        let written = try Data(contentsOf: file)
        try Data(bytes.isEmpty ? written.prefix(written.count - 7) : Data(bytes)).write(to: file)
        #expect(lister.statCache.records().isEmpty)

        let entries = try lister.list()
        #expect(lister.indexReads.count.withLock { $0 } == 2)
        #expect(entries.allSatisfy { $0.blobID != nil })
        #expect(try Data(contentsOf: file) == written)
    }

    @Test("a linked worktree keeps its own record in its own git directory")
    func linkedWorktree() throws {
        let sandbox = try Self.repository()
        let worktree = sandbox.url.deletingLastPathComponent().appendingPathComponent("other")
        try sandbox.git("worktree", "add", "--quiet", worktree.path)
        let main = try #require(try GitRepository.discover(containing: sandbox.url))
        let linked = try #require(try GitRepository.discover(containing: worktree))
        #expect(linked.gitDirectory.standardizedFileURL != main.gitDirectory.standardizedFileURL)
        #expect(linked.commonDirectory.standardizedFileURL == main.commonDirectory.standardizedFileURL)
        #expect(linked.gitDirectory.path.contains("/worktrees/"))
    }
}
