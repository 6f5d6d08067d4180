import CairnGit
import Foundation
import Testing

@testable import CairnKit

/// `GitSnapshotSource` against `WorkingTreeSource` on the same files: each
/// scenario is written to a working tree, staged and committed with the git
/// command line, and the index and `HEAD` must list, read and report what
/// the working tree does.
@Suite("GitSnapshotSource")
struct GitSnapshotSourceTests {
    /// A working tree made by `setUp`, with everything staged and committed.
    private final class Committed {
        let directory: TemporaryDirectory
        let repository: GitRepository

        init(_ setUp: (TemporaryDirectory) throws -> Void) throws {
            directory = try TemporaryDirectory()
            try setUp(directory)
            try Self.git(["init", "--quiet"], in: directory.url)
            try Self.git(["add", "-A"], in: directory.url)
            try Self.git(["commit", "--quiet", "--allow-empty", "-m", "snapshot"], in: directory.url)
            repository = try #require(
                try GitRepository.discover(
                    containing: directory.url, environment: .empty(currentDirectory: directory.url)))
        }

        var workingTree: WorkingTreeSource { WorkingTreeSource(root: directory.url) }

        func index() throws -> GitSnapshotSource {
            GitSnapshotSource(snapshot: try repository.indexSnapshot(), workingTree: repository.workingDirectory)
        }

        func head() throws -> GitSnapshotSource {
            GitSnapshotSource(snapshot: try repository.snapshot(of: "HEAD"), workingTree: repository.workingDirectory)
        }

        static func git(_ arguments: [String], in directory: URL) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments = ["-c", "user.name=T", "-c", "user.email=t@example.com"] + arguments
            process.currentDirectoryURL = directory
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                throw SourceError.unreadable(directory.path, reason: "git \(arguments) failed")
            }
        }
    }

    private static func link(_ directory: TemporaryDirectory, _ path: String, to destination: String) throws {
        let url = directory.url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
    }

    /// The listing without sizes, which only the working tree knows before
    /// reading, and blob ids, which only a snapshot knows.
    private static func unsized(_ entries: [SourceEntry]) -> [SourceEntry] {
        entries.map { SourceEntry(path: $0.path, problem: $0.problem) }
    }

    /// Expects the index and HEAD to list `root` as the working tree does,
    /// and to read every listed file, and each of `alsoRead`, the same way.
    private static func expectParity(
        _ committed: Committed, under root: String = "backlog", ignoring ignore: [String] = [],
        alsoRead: [String] = [], sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let globs = ignore.map(GlobPattern.init)
        let expected = unsized(try committed.workingTree.markdownFiles(under: root, ignoring: globs))
        for snapshot in [try committed.index(), try committed.head()] {
            let listed = try snapshot.markdownFiles(under: root, ignoring: globs)
            #expect(Self.unsized(listed) == expected, "\(snapshot.snapshot.name)", sourceLocation: sourceLocation)
            for entry in listed where entry.problem == nil {
                let bytes = try snapshot.contents(of: entry.path) ?? []
                #expect(
                    entry.blobID == GitBlobHasher.blobID(of: bytes), "\(entry.path)", sourceLocation: sourceLocation)
            }
            for path in expected.filter({ $0.problem == nil }).map(\.path) + alsoRead {
                #expect(
                    Self.read(snapshot, path) == Self.read(committed.workingTree, path),
                    "\(snapshot.snapshot.name): \(path)", sourceLocation: sourceLocation)
                #expect(
                    snapshot.exists(path) == committed.workingTree.exists(path), "\(snapshot.snapshot.name): \(path)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    /// The bytes, `nil`, or the error's text: what a reader of `path` gets.
    private static func read(_ source: any BacklogSource, _ path: String) -> String {
        do {
            return try source.contents(of: path).map { String(decoding: $0, as: UTF8.self) } ?? "nil"
        } catch {
            return "error: \(error)"
        }
    }

    @Test("Markdown files only, hidden ones skipped, ignore globs applied, sorted")
    func listing() throws {
        let committed = try Committed { directory in
            for path in [
                "backlog/stories/US-2.md", "backlog/stories/US-10.md", "backlog/epics/EP-1.markdown",
                "backlog/notes.txt", "backlog/cairn.yml", "backlog/.drafts/US-1.md", "backlog/.US-2.md.swp.md",
                "backlog/drafts/US-3.md", "backlog/drafts/deep/US-4.md", "backlog/US-5.tmp.md", "US-6.md",
            ] {
                try directory.write(path, "content of \(path)\n")
            }
        }
        try Self.expectParity(committed, alsoRead: ["backlog/cairn.yml", "backlog/missing.md", "backlog/stories"])
        try Self.expectParity(committed, ignoring: ["drafts/**", "*.tmp.md"])
        try Self.expectParity(committed, under: "", ignoring: ["backlog/stories/**"])
        #expect(try committed.index().markdownFiles(under: "backlog", ignoring: []).count == 6)
    }

    @Test("paths sort as whole paths: a folder's entries after a sibling named like the folder plus more")
    func wholePathOrder() throws {
        let committed = try Committed { directory in
            for path in [
                "backlog/a/US-1.md", "backlog/a-b.md", "backlog/a.md", "backlog/a b/US-2.md", "backlog/A/US-3.md",
                "backlog/é/US-4.md", "backlog/e/US-5.md", "backlog/a/b/US-6.md", "backlog/a/b-c.md",
                "backlog/shared/US-7.md", "backlog/link-1.md",
            ] {
                try directory.write(path, "content of \(path)\n")
            }
            try Self.link(directory, "backlog/link", to: "shared")
        }
        // `shared` is walked once, through the link that comes first.
        let paths = try committed.index().markdownFiles(under: "backlog", ignoring: []).map(\.path)
        #expect(paths == paths.sorted())
        #expect(paths.count == 11 && paths.contains("backlog/link/US-7.md"))
        try Self.expectParity(committed)
    }

    @Test("links inside the repository are followed within the snapshot, to files and folders")
    func linksInside() throws {
        let committed = try Committed { directory in
            try directory.write("shared/EP-1.md", "epic")
            try directory.write("shared/nested/US-7.md", "story!")
            try directory.write("docs/PRD-1.txt", "prd text")
            try Self.link(directory, "backlog/EP-1.md", to: "../shared/EP-1.md")
            try Self.link(directory, "backlog/prds/PRD-1.md", to: "../../docs/PRD-1.txt")
            try Self.link(directory, "backlog/linked", to: "../shared/nested")
            try Self.link(
                directory, "backlog/absolute.md", to: directory.url.appendingPathComponent("shared/EP-1.md").path)
            try Self.link(directory, "alias", to: "backlog")
        }
        try Self.expectParity(committed, alsoRead: ["alias/linked/US-7.md", "backlog/linked"])
        try Self.expectParity(committed, under: "alias")
        #expect(try committed.head().contents(of: "backlog/linked/US-7.md") == Array("story!".utf8))
    }

    @Test("links leaving the repository are reported as the working tree reports them")
    func linksOutside() throws {
        let elsewhere = try TemporaryDirectory()
        try elsewhere.write("US-9.md", "outside")
        try elsewhere.write("folder/US-10.md", "outside")
        try elsewhere.write("notes.txt", "outside")
        let committed = try Committed { directory in
            let outside = elsewhere.url.resolvingSymlinksInPath()
            try Self.link(directory, "backlog/US-9.md", to: outside.appendingPathComponent("US-9.md").path)
            try Self.link(directory, "backlog/folder", to: outside.appendingPathComponent("folder").path)
            try Self.link(directory, "backlog/notes.txt", to: outside.appendingPathComponent("notes.txt").path)
            try Self.link(directory, "backlog/up.md", to: "../../" + elsewhere.url.lastPathComponent + "/US-9.md")
            try Self.link(directory, "backlog/climb", to: "../../" + elsewhere.url.lastPathComponent)
        }
        try Self.expectParity(committed, alsoRead: ["backlog/US-9.md", "backlog/up.md", "backlog/notes.txt"])
        // The working tree reads a file through a folder link leading out;
        // a snapshot holds no such file, and says why it reads nothing.
        #expect(
            Self.read(try committed.head(), "backlog/folder/US-10.md").hasSuffix(
                "outside the repository, and is not read"))
        let listed = try committed.index().markdownFiles(under: "backlog", ignoring: [])
        #expect(listed.map(\.path) == ["backlog/US-9.md", "backlog/climb", "backlog/folder", "backlog/up.md"])
        #expect(listed.allSatisfy { if case .symlinkOutsideRepository = $0.problem { true } else { false } })
    }

    @Test("dangling links and loops are broken, folders linked back to an ancestor walked once")
    func brokenLinks() throws {
        let committed = try Committed { directory in
            try directory.write("backlog/US-1.md", "fine")
            try directory.write("backlog/stories/US-2.md", "x")
            try Self.link(directory, "backlog/gone.md", to: "missing.md")
            try Self.link(directory, "backlog/ping.md", to: "pong.md")
            try Self.link(directory, "backlog/pong.md", to: "ping.md")
            try Self.link(directory, "backlog/self.md", to: "self.md")
            try Self.link(directory, "backlog/vanished.md", to: "/nonexistent-\(UUID().uuidString)/US-2.md")
            try Self.link(directory, "backlog/stories/again", to: "..")
        }
        try Self.expectParity(committed, alsoRead: ["backlog/gone.md", "backlog/ping.md", "backlog/vanished.md"])
    }

    @Test("a backlog root that is a link is followed; one that is missing or a file throws")
    func backlogRoot() throws {
        let committed = try Committed { directory in
            try directory.write("docs/plan/US-1.md", "x")
            try directory.write("backlog.md", "x")
            try Self.link(directory, "backlog", to: "docs/plan")
        }
        try Self.expectParity(committed)
        for source in [try committed.index(), try committed.head()] {
            #expect(throws: SourceError.self) { try source.markdownFiles(under: "nowhere", ignoring: []) }
            #expect(throws: SourceError.self) { try source.markdownFiles(under: "backlog.md", ignoring: []) }
        }
        let error = try #require(throws: SourceError.self) {
            try committed.index().markdownFiles(under: "nowhere", ignoring: [])
        }
        #expect(error.description == "backlog directory nowhere in the index does not exist")
    }

    @Test("submodules are not files: not listed, not read, but they exist")
    func submodules() throws {
        let committed = try Committed { directory in
            try directory.write("backlog/US-1.md", "x")
        }
        let commit = String(repeating: "ab", count: 20)
        try Committed.git(
            ["update-index", "--add", "--cacheinfo", "160000,\(commit),backlog/vendor.md"], in: committed.directory.url)
        let source = try committed.index()
        #expect(try source.markdownFiles(under: "backlog", ignoring: []).map(\.path) == ["backlog/US-1.md"])
        #expect(Self.read(source, "backlog/vendor.md") == "error: cannot read backlog/vendor.md: it is a submodule")
        #expect(source.exists("backlog/vendor.md"))
    }

    @Test("the snapshot is read, not the working tree: later edits and deletions do not show")
    func notTheWorkingTree() throws {
        let committed = try Committed { directory in
            try directory.write("backlog/US-1.md", "committed")
        }
        try committed.directory.write("backlog/US-1.md", "edited")
        try committed.directory.write("backlog/US-2.md", "untracked")
        try FileManager.default.removeItem(at: committed.directory.url.appendingPathComponent("backlog/US-1.md"))
        for source in [try committed.index(), try committed.head()] {
            #expect(try source.markdownFiles(under: "backlog", ignoring: []).map(\.path) == ["backlog/US-1.md"])
            #expect(try source.contents(of: "backlog/US-1.md") == Array("committed".utf8))
            #expect(!source.exists("backlog/US-2.md"))
        }
    }
}
