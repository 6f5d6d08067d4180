import CairnGit
import CairnKit
import CairnSynthetic
import Foundation
import Testing

/// The parse cache in a real git repository: hits give exactly the results
/// of parsing, and anything that could make an entry wrong — an edit, a new
/// configuration, a damaged cache file — leads to parsing again.
@Suite("Parse cache")
struct ParseCacheTests {
    /// A repository holding a generated backlog with errors, committed.
    private static func repository(items: Int = 300) throws -> GitSandbox {
        let sandbox = try GitSandbox()
        for file in SyntheticBacklog(itemCount: items, seed: 3, errorRate: 0.05).files() {
            try sandbox.write("backlog/" + file.path, file.content)
        }
        try sandbox.write("backlog/notes/broken.md", "no front matter\n")
        try sandbox.git("add", "-A")
        try sandbox.git("commit", "--quiet", "-m", "backlog")
        return sandbox
    }

    /// Loads the working tree as `cairn check` does, with or without the cache.
    private static func load(_ sandbox: GitSandbox, cached: Bool = true) throws -> Backlog {
        let repository = try #require(try GitRepository.discover(containing: sandbox.url))
        let store = ParseCacheStore(gitDirectory: repository.commonDirectory, cairnVersion: "test")
        let blobIDs = WorkingTreeBlobIDs(statCache: nil, gitIndex: { repository.indexStatData() })
        let source = WorkingTreeSource(root: sandbox.url, blobIDs: cached ? blobIDs : nil)
        return try BacklogLoader().load(from: source, cache: cached ? store : nil)
    }

    /// The whole report: JSON, and text with the source lines under each diagnostic.
    private static func report(_ backlog: Backlog) throws -> String {
        let today = CalendarDate("2026-11-21")
        let report = BacklogChecker(today: today).report(on: backlog, scopes: [])
        let text = TextDiagnosticRenderer(colour: false).render(
            report.diagnostics, sources: SourceLookup(backlog: backlog), summary: report.summary)
        return try JSONDiagnosticRenderer.render(report.diagnostics, summary: report.summary) + text
    }

    private static func cacheFile(_ sandbox: GitSandbox) -> URL {
        sandbox.url.appendingPathComponent(".git/cairn/parse-cache")
    }

    @Test("a run from the cache parses nothing and reports exactly what parsing reports")
    func hitEqualsParse() throws {
        let sandbox = try Self.repository()
        let first = try Self.load(sandbox)
        #expect(first.parsedPaths.count == first.files.count)
        #expect(FileManager.default.fileExists(atPath: Self.cacheFile(sandbox).path))

        let second = try Self.load(sandbox)
        #expect(second.parsedPaths.isEmpty)
        let uncached = try Self.load(sandbox, cached: false)
        #expect(uncached.parsedPaths.count == uncached.files.count)
        #expect(try Self.report(second) == Self.report(uncached))
        #expect(try Self.report(first) == Self.report(uncached))
        #expect(try Self.report(uncached).contains("error"))
        for (cached, parsed) in zip(second.files, uncached.files) {
            #expect(isSameParse(cached, parsed, comparingText: false), "\(cached.path)")
        }
    }

    @Test("files git has never seen are hashed, and taken from the cache while their bytes stay the same")
    func filesWithoutIndexEntries() throws {
        let sandbox = try GitSandbox()
        for file in SyntheticBacklog(itemCount: 50, seed: 5, errorRate: 0.05).files() {
            try sandbox.write("backlog/" + file.path, file.content)
        }
        let first = try Self.load(sandbox)
        #expect(first.parsedPaths.count == first.files.count)
        let second = try Self.load(sandbox)
        #expect(second.parsedPaths.isEmpty)
        #expect(try Self.report(second) == (try Self.report(first)))
        let path = try #require(second.files.first?.path)
        try sandbox.write(path, "---\nid: US-1\ntitle: Changed\nstatus: draft\n---\n")
        #expect(try Self.load(sandbox).parsedPaths == [path])
    }

    @Test("an edited file is parsed again, the others come from the cache")
    func editedFile() throws {
        let sandbox = try Self.repository()
        _ = try Self.load(sandbox)
        let path = "backlog/stories/US-7-pay-with-a-saved-card-7.md"
        let text = try String(contentsOf: sandbox.url.appendingPathComponent(path), encoding: .utf8)
        try sandbox.write(path, text.replacingOccurrences(of: "status: ready", with: "status: nonsense"))

        let backlog = try Self.load(sandbox)
        #expect(backlog.parsedPaths == [path])
        #expect(backlog.file(at: path)?.fieldProblems.isEmpty == false)
        #expect(try Self.report(backlog) == Self.report(Self.load(sandbox, cached: false)))
        // Staging the edit rewrites the index; the file is still taken as edited.
        try sandbox.git("add", path)
        #expect(try Self.load(sandbox).file(at: path)?.fieldProblems.isEmpty == false)
    }

    @Test("files added and removed among the others: only the added ones are parsed")
    func addedAndRemovedFiles() throws {
        let sandbox = try Self.repository()
        _ = try Self.load(sandbox)
        let added = [
            "backlog/stories/US-7-pay-with-a-saved-card-7a.md", "backlog/aaa/US-9001.md", "backlog/zzz/US-9002.md",
        ]
        for (index, path) in added.enumerated() {
            try sandbox.write(path, "---\nid: US-\(9000 + index)\ntitle: Added\nstatus: draft\n---\n")
        }
        try FileManager.default.removeItem(
            at: sandbox.url.appendingPathComponent("backlog/stories/US-8-pay-with-a-saved-card-8.md"))

        let backlog = try Self.load(sandbox)
        #expect(backlog.parsedPaths == added.sorted())
        #expect(try Self.report(backlog) == Self.report(Self.load(sandbox, cached: false)))
    }

    @Test("a file rewritten with the same size right after git add is read, not taken from the index")
    func rewrittenAfterStaging() throws {
        let sandbox = try Self.repository(items: 40)
        let path = "backlog/stories/US-3-pay-with-a-saved-card-3.md"
        _ = try Self.load(sandbox)
        let text = try String(contentsOf: sandbox.url.appendingPathComponent(path), encoding: .utf8)
        let title = "title: Pay with a saved card 3\n"
        try sandbox.write(path, text.replacingOccurrences(of: title, with: "title: Pay with a saved card A\n"))
        try sandbox.git("add", path)
        try sandbox.write(path, text.replacingOccurrences(of: title, with: "title: Pay with a saved card B\n"))

        #expect(try Self.load(sandbox).file(at: path)?.item?.title == "Pay with a saved card B")
    }

    @Test("a file written between the listing and the read is kept under the blob id of what was read")
    func writtenAfterListing() throws {
        let sandbox = try Self.repository(items: 20)
        let repository = try #require(try GitRepository.discover(containing: sandbox.url))
        let store = ParseCacheStore(gitDirectory: repository.commonDirectory, cairnVersion: "test")
        let path = "backlog/stories/US-90.md"
        let listed = "---\nid: US-90\ntitle: Listed\nstatus: draft\n---\n"
        let read = "---\nid: US-90\ntitle: Read\nstatus: draft\n---\n"
        let listedID = try #require(GitBlobHasher.blobID(of: Array(listed.utf8)))
        /// Lists `path` with `listedID`, as a listing made just before the
        /// file was rewritten would, and reads `text`.
        struct RewrittenSource: BacklogSource {
            let path: String
            let listedID: String
            let text: String
            func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
                [SourceEntry(path: path, size: text.utf8.count, blobID: listedID)]
            }
            func contents(of path: String) throws -> [UInt8]? { path == self.path ? Array(text.utf8) : nil }
            func exists(_ path: String) -> Bool { path == self.path }
        }
        let raced = try BacklogLoader().load(
            from: RewrittenSource(path: path, listedID: listedID, text: read), root: "backlog", cache: store)
        #expect(raced.files.first?.item?.title == "Read")
        #expect(raced.blobIDs[path] == GitBlobHasher.blobID(of: Array(read.utf8)))

        let settled = try BacklogLoader().load(
            from: RewrittenSource(path: path, listedID: listedID, text: listed), root: "backlog", cache: store)
        #expect(settled.parsedPaths == [path])
        #expect(settled.files.first?.item?.title == "Listed")
    }

    @Test("a change to cairn.yml invalidates the whole cache")
    func configurationChange() throws {
        let sandbox = try Self.repository(items: 60)
        _ = try Self.load(sandbox)
        #expect(try Self.load(sandbox).parsedPaths.isEmpty)
        try sandbox.write("cairn.yml", "priorities: [must, should]\n")

        let backlog = try Self.load(sandbox)
        #expect(backlog.parsedPaths.count == backlog.files.count)
        // `could` is no longer a priority: the files that use it say so.
        #expect(backlog.files.contains { !$0.fieldProblems.isEmpty })
        #expect(try Self.report(backlog) == Self.report(Self.load(sandbox, cached: false)))
        #expect(try Self.load(sandbox).parsedPaths.isEmpty)
    }

    @Test(
        "a truncated, corrupted, garbage or empty cache is rebuilt with the same result",
        arguments: ["truncated", "flipped", "garbage", "empty", "other version"])
    func damagedCache(damage: String) throws {
        let sandbox = try Self.repository(items: 80)
        let expected = try Self.report(Self.load(sandbox))
        let url = Self.cacheFile(sandbox)
        var bytes = try Array(Data(contentsOf: url))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count / 2] ^= 0x20
        case "garbage": bytes = (0..<5_000).map { UInt8(truncatingIfNeeded: $0 &* 7_919) }
        case "empty": bytes = []
        default: bytes[10] = UInt8(ascii: "T")  // the first letter of the Cairn version, "test"
        }
        try Data(bytes).write(to: url)

        let rebuilt = try Self.load(sandbox)
        #expect(rebuilt.parsedPaths.count == rebuilt.files.count)
        #expect(try Self.report(rebuilt) == expected)
        #expect(try Self.load(sandbox).parsedPaths.isEmpty)
    }

    @Test("an unwritable cache location does not fail the load")
    func unwritableCache() throws {
        let sandbox = try Self.repository(items: 30)
        try sandbox.write(".git/cairn", "a file where the cache folder would be\n")
        let backlog = try Self.load(sandbox)
        #expect(backlog.files.count == 31)
        #expect(try Self.load(sandbox).parsedPaths.count == 31)
    }

    @Test("--staged and --rev sources take unchanged blobs from the cache")
    func snapshots() throws {
        let sandbox = try Self.repository(items: 50)
        let repository = try #require(try GitRepository.discover(containing: sandbox.url))
        let store = ParseCacheStore(gitDirectory: repository.commonDirectory, cairnVersion: "test")
        _ = try Self.load(sandbox)
        let index = GitSnapshotSource(snapshot: try repository.indexSnapshot(), workingTree: sandbox.url)
        #expect(try BacklogLoader().load(from: index, cache: store).parsedPaths.isEmpty)
        let head = GitSnapshotSource(snapshot: try repository.snapshot(of: "HEAD"), workingTree: sandbox.url)
        let fromHead = try BacklogLoader().load(from: head, cache: store)
        #expect(fromHead.parsedPaths.isEmpty)
        #expect(try Self.report(fromHead) == Self.report(BacklogLoader().load(from: head)))
    }

    @Test("a cache lacking a few files is kept as it is, and rewritten once more than the allowance changed")
    func staleEntryAllowance() throws {
        let sandbox = try Self.repository()
        _ = try Self.load(sandbox)
        let written = try Data(contentsOf: Self.cacheFile(sandbox))
        let paths = try Self.load(sandbox).files.map(\.path).filter { $0.hasPrefix("backlog/stories/") }
        func edit(_ path: String) throws {
            let text = try String(contentsOf: sandbox.url.appendingPathComponent(path), encoding: .utf8)
            try sandbox.write(path, text + "\nEdited.\n")
        }

        try edit(paths[0])
        try FileManager.default.removeItem(at: sandbox.url.appendingPathComponent(paths[1]))
        let edited = try Self.load(sandbox)
        #expect(edited.parsedPaths == [paths[0]])
        #expect(try Data(contentsOf: Self.cacheFile(sandbox)) == written)
        #expect(try Self.load(sandbox).parsedPaths == [paths[0]])
        #expect(try Self.report(edited) == Self.report(Self.load(sandbox, cached: false)))

        // 301 files allow 16 stale entries: 16 edits and a removal are 17.
        for path in paths[2..<17] { try edit(path) }
        #expect(try Self.load(sandbox).parsedPaths.count == 16)
        #expect(try Self.load(sandbox).parsedPaths.isEmpty)
        #expect(try Data(contentsOf: Self.cacheFile(sandbox)) != written)
    }
}
