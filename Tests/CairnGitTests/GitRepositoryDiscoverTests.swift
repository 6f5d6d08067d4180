import CairnGit
import Foundation
import Testing

/// `GitRepository.discover` against repositories made by the git command line
/// in fresh temporary directories.
///
/// libgit2's `git_repository_discover` does not read `GIT_CEILING_DIRECTORIES`
/// (only `git_repository_open_ext` with `GIT_REPOSITORY_OPEN_FROM_ENV` does);
/// `discover` passes the variable's folders on, or the ones it is given.
/// The tests that expect no repository give the temporary folder's parent as
/// a ceiling, so that a repository above it cannot change the answer, and
/// do not touch the process environment that other tests share.
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

    @Test("returns nil outside any repository")
    func outside() throws {
        let directory = try Scratch()
        let nested = try directory.makeDirectory("a/b")
        let ceiling = [directory.url.deletingLastPathComponent()]
        #expect(try GitRepository.discover(containing: nested, ceilingDirectories: ceiling) == nil)
        #expect(try GitRepository.discover(containing: directory.url, ceilingDirectories: ceiling) == nil)
    }

    @Test("returns nil for a directory that does not exist")
    func missingDirectory() throws {
        let directory = try Scratch()
        let missing = directory.url.appendingPathComponent("missing")
        #expect(try GitRepository.discover(containing: missing, ceilingDirectories: [directory.url]) == nil)
    }

    @Test("does not climb into a ceiling directory")
    func ceiling() throws {
        let directory = try Scratch()
        try directory.git("init", "--quiet")
        let middle = try directory.makeDirectory("a")
        let nested = try directory.makeDirectory("a/b")
        #expect(try GitRepository.discover(containing: nested, ceilingDirectories: [middle]) == nil)
        #expect(try GitRepository.discover(containing: nested, ceilingDirectories: [directory.url]) == nil)
        // The start itself is always searched, and a ceiling above the repository does not stop it.
        #expect(try GitRepository.discover(containing: directory.url, ceilingDirectories: [directory.url]) != nil)
        let above = directory.url.deletingLastPathComponent()
        #expect(try GitRepository.discover(containing: nested, ceilingDirectories: [above]) != nil)
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
}

struct CommandFailure: Error {
    var command: String
    var status: Int32
}
