import CairnGit
import Foundation
import Testing

/// Snapshots of the index and of commits, compared with what the git command
/// line says about the same repository.
@Suite("GitSnapshot")
struct GitSnapshotTests {
    /// A repository in `scratch` with two commits (the first tagged `v1`),
    /// then staged and unstaged changes on top.
    private static func history(in scratch: Scratch) throws -> GitRepository {
        try scratch.git("init", "--quiet")
        try scratch.write("backlog/stories/US-1-a.md", "first\n")
        try scratch.write("backlog/tool.sh", "#!/bin/sh\n")
        try scratch.write("README.md", "readme\n")
        try FileManager.default.setAttributes(
            [.posixPermissions: 0o755], ofItemAtPath: scratch.url.appendingPathComponent("backlog/tool.sh").path)
        try FileManager.default.createSymbolicLink(
            atPath: scratch.url.appendingPathComponent("backlog/current").path, withDestinationPath: "stories")
        try scratch.gitOutput(["add", "."])
        try scratch.gitOutput(["commit", "--quiet", "-m", "one"])
        try scratch.gitOutput(["tag", "-a", "v1", "-m", "first release"])
        try scratch.write("backlog/stories/US-1-a.md", "second\n")
        try scratch.write("backlog/stories/US-2-b.md", "new\n")
        try scratch.gitOutput(["add", "."])
        try scratch.gitOutput(["commit", "--quiet", "-m", "two"])
        try scratch.write("backlog/stories/US-3-c.md", "staged only\n")
        try scratch.gitOutput(["add", "backlog/stories/US-3-c.md"])
        try scratch.gitOutput(["rm", "--quiet", "backlog/stories/US-2-b.md"])
        try scratch.write("backlog/stories/US-1-a.md", "unstaged edit\n")
        return try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
    }

    @Test("the index lists what is staged, not the working tree, with git's ids and modes")
    func index() throws {
        let scratch = try Scratch()
        let repository = try Self.history(in: scratch)
        let snapshot = try repository.indexSnapshot()
        #expect(snapshot.name == "the index")
        #expect(snapshot.commitID == nil)
        let entries = try snapshot.entries(under: "backlog")
        #expect(
            entries.map(\.path) == [
                "backlog/current", "backlog/stories/US-1-a.md", "backlog/stories/US-3-c.md", "backlog/tool.sh",
            ])
        #expect(entries.map(\.mode) == [.symlink, .regular, .regular, .executable])
        for entry in entries {
            #expect(entry.id == (try scratch.gitOutput(["rev-parse", ":" + entry.path])))
        }
        let first = try #require(entries.first { $0.path == "backlog/stories/US-1-a.md" })
        #expect(try snapshot.contents(of: first) == Array("second\n".utf8))
        let link = try #require(entries.first { $0.mode == .symlink })
        #expect(try snapshot.contents(of: link) == Array("stories".utf8))
    }

    @Test("commits by branch, tag, ancestry and full or short id, as git resolves them")
    func revisions() throws {
        let scratch = try Scratch()
        let repository = try Self.history(in: scratch)
        let head = try scratch.gitOutput(["rev-parse", "HEAD"])
        let first = try scratch.gitOutput(["rev-parse", "HEAD~1"])
        let branch = try scratch.gitOutput(["symbolic-ref", "--short", "HEAD"])
        let expectations = [
            ("HEAD", head), (branch, head), ("HEAD~1", first), ("v1", first), (String(first.prefix(7)), first),
            (head, head),
        ]
        for (revision, commit) in expectations {
            let snapshot = try repository.snapshot(of: revision)
            #expect(snapshot.name == revision)
            #expect(snapshot.commitID == commit)
            let paths = try snapshot.entries(under: "").map(\.path)
            #expect(
                paths
                    == (try scratch.gitOutput(["ls-tree", "-r", "--name-only", commit]).split(separator: "\n").map(
                        String.init)))
            for entry in try snapshot.entries(under: "backlog/stories") {
                #expect(entry.id == (try scratch.gitOutput(["rev-parse", "\(commit):\(entry.path)"])))
                let bytes = try snapshot.contents(of: entry)
                #expect(
                    String(decoding: bytes, as: UTF8.self) == (try scratch.gitOutput(["cat-file", "blob", entry.id]))
                        + "\n")
            }
        }
        #expect(
            try repository.snapshot(of: "v1").entries(under: "backlog/stories").map(\.path) == [
                "backlog/stories/US-1-a.md"
            ])
    }

    @Test("folders, entries and missing paths, without following links")
    func nodes() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }
        let repository = try Self.history(in: scratch)
        for snapshot in [try repository.indexSnapshot(), try repository.snapshot(of: "HEAD")] {
            #expect(try snapshot.node(at: "") == .directory(path: ""))
            #expect(try snapshot.node(at: "backlog/stories") == .directory(path: "backlog/stories"))
            #expect(try snapshot.node(at: "backlog/current")?.path == "backlog/current")
            #expect(try snapshot.node(at: "backlog/current/US-1-a.md") == nil)
            #expect(try snapshot.node(at: "backlog/missing") == nil)
            #expect(try snapshot.node(at: "README.md/inside") == nil)
            #expect(try snapshot.children(of: "README.md") == nil)
            #expect(try snapshot.children(of: "nothing") == nil)
            #expect(
                try snapshot.children(of: "backlog")?.map(\.path) == [
                    "backlog/current", "backlog/stories", "backlog/tool.sh",
                ])
            #expect(try snapshot.entries(under: "nothing").isEmpty)
        }
    }

    @Test("a folder's children come in whole-path order, every folder of the index is there")
    func childrenInPathOrder() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }
        try scratch.git("init", "--quiet")
        for path in ["x/a.md", "x/a/c.md", "x/a-b.md", "x/a/d/e.md", "x/b.md", "top.md", "y/z/w.md", "x/a0.md"] {
            try scratch.write(path, "\(path)\n")
        }
        try scratch.gitOutput(["add", "."])
        try scratch.gitOutput(["commit", "--quiet", "-m", "files"])
        let repository = try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
        for snapshot in [try repository.indexSnapshot(), try repository.snapshot(of: "HEAD")] {
            #expect(try snapshot.children(of: "x")?.map(\.path) == ["x/a-b.md", "x/a.md", "x/a", "x/a0.md", "x/b.md"])
            #expect(try snapshot.children(of: "")?.map(\.path) == ["top.md", "x", "y"])
            #expect(try snapshot.children(of: "y")?.map(\.path) == ["y/z"])
            #expect(try snapshot.children(of: "x/a")?.map(\.path) == ["x/a/c.md", "x/a/d"])
            #expect(
                try snapshot.entries(under: "").map(\.path) == [
                    "top.md", "x/a-b.md", "x/a.md", "x/a/c.md", "x/a/d/e.md", "x/a0.md", "x/b.md", "y/z/w.md",
                ])
        }
    }

    @Test("a submodule is an entry of its own mode, with its commit's id and no contents")
    func submodule() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let commit = String(repeating: "ab", count: 20)
        try scratch.gitOutput(["update-index", "--add", "--cacheinfo", "160000,\(commit),vendor/lib"])
        try scratch.gitOutput(["commit", "--quiet", "-m", "submodule"])
        let repository = try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
        for snapshot in [try repository.indexSnapshot(), try repository.snapshot(of: "HEAD")] {
            let entry = try #require(try snapshot.entries(under: "vendor").first)
            #expect(entry == GitSnapshot.Entry(path: "vendor/lib", mode: .submodule, id: commit))
            #expect(throws: GitError.self) { try snapshot.contents(of: entry) }
        }
    }

    @Test("entries added with git add -N are not part of the index's snapshot, as git commit leaves them out")
    func intentToAdd() throws {
        let scratch = try Scratch()
        try scratch.stageWithIntentToAdd()
        let repository = try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
        #expect(try repository.indexSnapshot().entries(under: "").map(\.path) == ["a.md"])
    }

    @Test("an index with unmerged paths is refused, naming them")
    func conflicts() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet", "--initial-branch=main")
        try scratch.write("a.md", "base\n")
        try scratch.gitOutput(["add", "a.md"])
        try scratch.gitOutput(["commit", "--quiet", "-m", "base"])
        try scratch.gitOutput(["checkout", "--quiet", "-b", "other"])
        try scratch.write("a.md", "other\n")
        try scratch.gitOutput(["commit", "--quiet", "-am", "other"])
        try scratch.gitOutput(["checkout", "--quiet", "main"])
        try scratch.write("a.md", "main\n")
        try scratch.gitOutput(["commit", "--quiet", "-am", "main"])
        #expect(throws: CommandFailure.self) { try scratch.gitOutput(["merge", "--quiet", "other"]) }
        let repository = try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
        let error = try #require(throws: GitError.self) { try repository.indexSnapshot() }
        #expect(error.message.contains("unmerged paths (a.md)"))
    }

    @Test("unknown revisions, and revisions that name no commit, are clear errors")
    func badRevisions() throws {
        let scratch = try Scratch()
        defer { withExtendedLifetime(scratch) {} }
        let repository = try Self.history(in: scratch)
        let unknown = try #require(throws: GitError.self) { try repository.snapshot(of: "mian") }
        #expect(unknown.message == "unknown revision 'mian'")
        let tree = try #require(throws: GitError.self) { try repository.snapshot(of: "HEAD:backlog") }
        #expect(tree.message == "revision 'HEAD:backlog' is not a commit")
        #expect(throws: GitError.self) { try repository.snapshot(of: "HEAD~99") }
    }

    @Test("an unborn repository has an index but no commits")
    func unborn() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        try scratch.write("backlog/a.md", "a\n")
        try scratch.gitOutput(["add", "."])
        let repository = try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
        #expect(try repository.indexSnapshot().entries(under: "backlog").map(\.path) == ["backlog/a.md"])
        let error = try #require(throws: GitError.self) { try repository.snapshot(of: "HEAD") }
        #expect(error.message == "unknown revision 'HEAD': the repository has no commits yet")
    }
}
