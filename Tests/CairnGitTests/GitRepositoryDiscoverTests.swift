import CairnGit
import Foundation
import Testing

/// `GitRepository.discover` against repositories made by the git command line
/// in fresh temporary directories.
///
/// libgit2's `git_repository_discover` does not read `GIT_CEILING_DIRECTORIES`
/// (only `git_repository_open_ext` with `GIT_REPOSITORY_OPEN_FROM_ENV` does),
/// so the tests that expect no repository need a temporary folder that is not
/// itself inside one; the trait below checks that instead of setting a
/// variable libgit2 would ignore.
@Suite("GitRepository.discover")
struct GitRepositoryDiscoverTests {
    @Test("finds the working directory from a nested subdirectory")
    func fromNestedSubdirectory() throws {
        let directory = try Scratch()
        try directory.git("init", "--quiet")
        let nested = try directory.makeDirectory("backlog/stories/deep")
        let repository = try #require(try GitRepository.discover(containing: nested))
        #expect(
            repository.workingDirectory?.resolvingSymlinksInPath().path == directory.url.resolvingSymlinksInPath().path)
    }

    @Test("finds the working directory from the root itself")
    func fromRoot() throws {
        let directory = try Scratch()
        try directory.git("init", "--quiet")
        let repository = try #require(try GitRepository.discover(containing: directory.url))
        #expect(
            repository.workingDirectory?.resolvingSymlinksInPath().path == directory.url.resolvingSymlinksInPath().path)
    }

    @Test("finds the innermost repository when one is nested in another")
    func nestedRepository() throws {
        let directory = try Scratch()
        try directory.git("init", "--quiet")
        let inner = try directory.makeDirectory("vendor/inner")
        try Scratch.run(["git", "init", "--quiet"], in: inner)
        let repository = try #require(try GitRepository.discover(containing: inner))
        #expect(repository.workingDirectory?.resolvingSymlinksInPath().path == inner.resolvingSymlinksInPath().path)
    }

    @Test("finds a linked worktree, whose .git is a file")
    func linkedWorktree() throws {
        let directory = try Scratch()
        let main = try directory.makeDirectory("main")
        try Scratch.run(["git", "init", "--quiet"], in: main)
        try Scratch.run(
            [
                "git", "-c", "user.name=T", "-c", "user.email=t@example.com", "commit", "--quiet", "--allow-empty",
                "-m", "x",
            ],
            in: main)
        try Scratch.run(["git", "worktree", "add", "--quiet", "../linked"], in: main)
        let linked = directory.url.appendingPathComponent("linked")
        let nested = linked.appendingPathComponent("backlog")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        let repository = try #require(try GitRepository.discover(containing: nested))
        #expect(repository.workingDirectory?.resolvingSymlinksInPath().path == linked.resolvingSymlinksInPath().path)
    }

    @Test("a bare repository has no working directory")
    func bare() throws {
        let directory = try Scratch()
        try directory.git("init", "--quiet", "--bare")
        let repository = try #require(try GitRepository.discover(containing: directory.url))
        #expect(repository.workingDirectory == nil)
    }

    @Test(
        "returns nil outside any repository",
        .enabled(if: !Scratch.temporaryFolderIsInsideRepository, "the temporary folder is inside a git repository"))
    func outside() throws {
        let directory = try Scratch()
        let nested = try directory.makeDirectory("a/b")
        #expect(try GitRepository.discover(containing: nested) == nil)
        #expect(try GitRepository.discover(containing: directory.url) == nil)
    }

    @Test(
        "returns nil for a directory that does not exist outside any repository",
        .enabled(if: !Scratch.temporaryFolderIsInsideRepository, "the temporary folder is inside a git repository"))
    func missingDirectory() throws {
        let directory = try Scratch()
        #expect(try GitRepository.discover(containing: directory.url.appendingPathComponent("missing")) == nil)
    }

    @Test("opening a folder that is no repository throws libgit2's error")
    func openNonRepository() throws {
        let directory = try Scratch()
        let error = try #require(throws: GitError.self) { try GitRepository(path: directory.url.path) }
        #expect(error.code == -3)
        #expect(!error.message.isEmpty)
    }
}

/// A fresh temporary directory, removed when the value goes away.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("cairn-git-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func makeDirectory(_ path: String) throws -> URL {
        let directory = url.appendingPathComponent(path, isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func git(_ arguments: String...) throws {
        try Scratch.run(["git"] + arguments, in: url)
    }

    static func run(_ arguments: [String], in directory: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(command: arguments.joined(separator: " "), status: process.terminationStatus)
        }
    }

    /// Whether the system's temporary folder, or a folder above it, holds `.git`.
    static let temporaryFolderIsInsideRepository: Bool = {
        var directory = FileManager.default.temporaryDirectory.resolvingSymlinksInPath()
        while true {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent(".git").path) { return true }
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { return false }
            directory = parent
        }
    }()
}

struct CommandFailure: Error {
    var command: String
    var status: Int32
}
