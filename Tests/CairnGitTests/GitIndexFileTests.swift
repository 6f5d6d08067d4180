import Foundation
import Testing

@testable import CairnGit

/// The index file read straight from disk, compared with what the git
/// command line lists, and what it leaves to libgit2.
@Suite("GitIndexFile")
struct GitIndexFileTests {
    /// Files in folders, with names around a folder's (`-`, `.` and `0`
    /// after it) and a non-ASCII one.
    private static let paths = [
        "backlog/a.md", "backlog/a-b/c.md", "backlog/a.b/d.md", "backlog/a/e.md", "backlog/a0.md",
        "backlog/café.md", "top.md",
    ]

    private static func staged(in scratch: Scratch) throws {
        try scratch.git("init", "--quiet")
        for path in paths { try scratch.write(path, "\(path)\n") }
        try scratch.gitOutput(["add", "."])
    }

    /// `git ls-files -s`: mode, id, stage and path of every entry, in order.
    private static func listed(in scratch: Scratch) throws -> [String] {
        try scratch.gitOutput(["ls-files", "-s", "-z"]).split(separator: "\0").map(String.init)
    }

    private static func described(_ entry: GitIndexFile.Entry) -> String {
        "\(String(entry.mode, radix: 8)) \(GitSnapshot.hex(entry.id)) 0\t\(entry.path)"
    }

    /// The repository in `scratch`, with no environment of the user's.
    private static func repository(_ scratch: Scratch) throws -> GitRepository {
        try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
    }

    private static func indexPath(_ scratch: Scratch) -> String {
        scratch.url.appendingPathComponent(".git/index").path
    }

    @Test("versions 2, 3 and 4 read as git lists them", arguments: [2, 3, 4])
    func versions(version: Int) throws {
        let scratch = try Scratch()
        try Self.staged(in: scratch)
        try scratch.gitOutput(["update-index", "--index-version", "\(version)"])
        let file = try #require(GitIndexFile.read(at: Self.indexPath(scratch)))
        #expect(file.entries.map(Self.described) == (try Self.listed(in: scratch)))
        #expect(!file.isASCII)
        #expect(file.entries.allSatisfy { !$0.isIntentToAdd })
    }

    @Test("entries added with git add -N are marked, in versions 3 and 4", arguments: [3, 4])
    func intentToAdd(version: Int) throws {
        let scratch = try Scratch()
        try scratch.stageWithIntentToAdd()
        try scratch.gitOutput(["update-index", "--index-version", "\(version)"])
        let file = try #require(GitIndexFile.read(at: Self.indexPath(scratch)))
        #expect(file.entries.map(\.path) == ["a.md", "later.md"])
        #expect(file.entries.map(\.isIntentToAdd) == [false, true])
        #expect(file.isASCII)
    }

    @Test("no index file is an empty index")
    func missing() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let file = try #require(GitIndexFile.read(at: Self.indexPath(scratch)))
        #expect(file.entries.isEmpty)
        let repository = try Self.repository(scratch)
        #expect(try repository.indexSnapshot().entries(under: "").isEmpty)
    }

    @Test("a split index is left to libgit2, which refuses it as before")
    func splitIndex() throws {
        let scratch = try Scratch()
        try Self.staged(in: scratch)
        try scratch.gitOutput(["update-index", "--split-index"])
        #expect(GitIndexFile.read(at: Self.indexPath(scratch)) == nil)
        let repository = try Self.repository(scratch)
        let error = try #require(throws: GitError.self) { try repository.indexSnapshot() }
        #expect(error.message.contains("link"))
    }

    @Test("a truncated or foreign file is left to libgit2, which reports it; nothing crashes")
    func broken() throws {
        let scratch = try Scratch()
        try Self.staged(in: scratch)
        let path = Self.indexPath(scratch)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let repository = try Self.repository(scratch)
        for broken in [whole.prefix(100), whole.prefix(whole.count - 21), Data("not an index".utf8), Data()] {
            try broken.write(to: URL(fileURLWithPath: path))
            #expect(GitIndexFile.read(at: path) == nil)
            #expect(throws: GitError.self) { try repository.indexSnapshot() }
        }
    }

    @Test("any single byte of an index overwritten: read or left to libgit2, never a crash", arguments: [2, 4])
    func corrupted(version: Int) throws {
        let scratch = try Scratch()
        try Self.staged(in: scratch)
        try scratch.gitOutput(["update-index", "--index-version", "\(version)"])
        let path = Self.indexPath(scratch)
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        let listed = try Self.listed(in: scratch)
        var readAnyway = 0
        for position in 0..<whole.count {
            for value: UInt8 in [0x00, 0x2F, 0xFF] where whole[position] != value {
                var bytes = whole
                bytes[position] = value
                try bytes.write(to: URL(fileURLWithPath: path))
                guard let file = GitIndexFile.read(at: path) else { continue }
                readAnyway += 1
                #expect(file.entries.count <= listed.count)
            }
        }
        // Ids, times and sizes are not checked, as git does not check them.
        #expect(readAnyway > 0)
    }

    @Test("paths libgit2 might refuse are left to it: here it takes them, and so does the snapshot")
    func unusualPaths() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        for path in ["a:b.md", "c\\d.md", "n/git~3.md", "n/plain.md"] { try scratch.write(path, "\(path)\n") }
        try scratch.gitOutput(["add", "."])
        #expect(GitIndexFile.read(at: Self.indexPath(scratch)) == nil)
        let repository = try Self.repository(scratch)
        let entries = try repository.indexSnapshot().entries(under: "")
        #expect(entries.map(\.path) == ["a:b.md", "c\\d.md", "n/git~3.md", "n/plain.md"])
        for entry in entries {
            #expect(entry.id == (try scratch.gitOutput(["rev-parse", ":" + entry.path])))
        }
    }

    @Test("paths git writes plainly are read; empty, dot and .git-like components are not")
    func pathKinds() {
        func kind(_ path: String) -> GitIndexFile.PathKind? {
            Array(path.utf8).withUnsafeBytes { GitIndexFile.kind(of: $0) }
        }
        for plain in ["a.md", "backlog/US-1.md", ".github/x.md", ".gitignore", "x/.gitkeep", "gitx/a.md"] {
            #expect(kind(plain) == .ascii, "\(plain)")
        }
        #expect(kind("backlog/café.md") == .unicode)
        let refused = [
            "", "/a", "a/", "a//b", "./a", "a/./b", "a/../b", "..", "...", ".git", ".git/config", "x/.GIT/y", ".git.",
            ".git ", "x/.Git. . ", "git~1", "GIT~2/a", ".g\u{200C}it", "\u{FEFF}.git", ".git\u{200C}x", "a:b", "a\\b",
        ]
        for path in refused {
            #expect(kind(path) == nil, "\(path)")
        }
    }

    @Test("GIT_INDEX_FILE is given to libgit2 the first time libgit2's index is needed")
    func indexFileForLibgit2() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        try scratch.write("staged.md", "in the real index\n")
        try scratch.gitOutput(["add", "staged.md"])
        try scratch.write("other.md", "only in the temporary index\n")
        try scratch.gitOutput(["add", "other.md"], environment: ["GIT_INDEX_FILE": ".git/other-index"])
        let environment = GitEnvironment(["GIT_INDEX_FILE": ".git/other-index"], currentDirectory: scratch.url)
        let repository = try #require(try GitRepository.discover(containing: scratch.url, environment: environment))
        #expect(repository.indexFilePath == scratch.url.appendingPathComponent(".git/other-index").path)
        var names: [String] = []
        try repository.visitIndexFileNames(under: "") { names.append(String(decoding: $0, as: UTF8.self)) }
        #expect(names == ["other.md"])
        #expect(try repository.indexSnapshot().entries(under: "").map(\.path) == ["other.md"])
    }
}
