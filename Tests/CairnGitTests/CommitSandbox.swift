import CairnGit
import Foundation

/// A temporary git repository with its own empty home folder, driven by the
/// git command line, for the commit tests. Removed when the value goes away.
///
/// git runs with `HOME` set to the sandbox's home and no inherited `GIT_*`
/// variables, so the user's configuration cannot leak in; set-up commits get
/// their identity from `GIT_AUTHOR_*`/`GIT_COMMITTER_*`. ``environment`` is
/// what the code under test sees: the same home and no system configuration.
final class CommitSandbox {
    let root: URL
    /// The working tree.
    let repository: URL
    /// `HOME` for git and for the code under test; empty unless a test writes `.gitconfig`.
    let home: URL

    /// Creates the folders and runs `git init` with `initialBranch`; `bare` makes a bare repository.
    init(initialBranch: String = "main", bare: Bool = false) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("cairn-commit-tests-\(UUID().uuidString)", isDirectory: true)
        repository = root.appendingPathComponent("repo", isDirectory: true)
        home = root.appendingPathComponent("home", isDirectory: true)
        try FileManager.default.createDirectory(at: repository, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try git(["init", "--quiet", "--initial-branch=\(initialBranch)"] + (bare ? ["--bare"] : []))
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// The environment the code under test gets: the sandbox's home, no system
    /// configuration, plus `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        ["HOME": home.path, "GIT_CONFIG_NOSYSTEM": "1"].merging(extra) { $1 }
    }

    /// Sets the repository's own `user.name` and `user.email`.
    func configureIdentity(name: String = "Cairn Tester", email: String = "tester@example.com") throws {
        try git("config", "user.name", name)
        try git("config", "user.email", email)
    }

    func open() throws -> GitRepository {
        try GitRepository(path: repository.path)
    }

    func write(_ path: String, _ content: String) throws {
        let file = repository.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: repository.appendingPathComponent(path))
    }

    /// The bytes of a file under the `.git` folder (e.g. `index`), or `nil` when it does not exist.
    func gitFile(_ path: String) -> Data? {
        FileManager.default.contents(atPath: repository.appendingPathComponent(".git/\(path)").path)
    }

    /// Writes files and commits them all with the git command line.
    func commitWithGit(_ files: [String: String], message: String = "set-up") throws {
        for (path, content) in files { try write(path, content) }
        try git("add", "--all")
        try git("commit", "--quiet", "--allow-empty", "-m", message)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try git(arguments)
    }

    /// Runs git in the working tree and returns its standard output.
    ///
    /// git gets the set-up identity through `GIT_AUTHOR_*`/`GIT_COMMITTER_*`
    /// unless `setUpIdentity` is false; `extraEnvironment` comes on top.
    @discardableResult
    func git(_ arguments: [String], extraEnvironment: [String: String] = [:], setUpIdentity: Bool = true) throws
        -> String
    {
        let result = try run(arguments, extraEnvironment: extraEnvironment, setUpIdentity: setUpIdentity)
        guard result.status == 0 else {
            throw GitCommandFailure(arguments: arguments, status: result.status, standardError: result.standardError)
        }
        return result.standardOutput
    }

    /// Runs git and returns its exit status, for commands expected to fail.
    func gitStatus(_ arguments: String...) throws -> Int32 {
        try run(arguments, extraEnvironment: [:], setUpIdentity: true).status
    }

    /// `git status --porcelain` lines.
    func status() throws -> [String] {
        try git("status", "--porcelain").split(separator: "\n").map(String.init)
    }

    /// Output lines of a git command, without empty ones.
    func lines(_ arguments: String...) throws -> [String] {
        try git(arguments).split(separator: "\n").map(String.init)
    }

    /// `git fsck --strict` succeeds.
    func fsck() throws {
        try git("fsck", "--strict", "--no-dangling", "--no-progress")
    }

    private func run(_ arguments: [String], extraEnvironment: [String: String], setUpIdentity: Bool) throws -> (
        status: Int32, standardOutput: String, standardError: String
    ) {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment.removeValue(forKey: "XDG_CONFIG_HOME")
        environment.removeValue(forKey: "EMAIL")
        environment["HOME"] = home.path
        environment["LC_ALL"] = "C"
        if setUpIdentity {
            for role in ["AUTHOR", "COMMITTER"] {
                environment["GIT_\(role)_NAME"] = "Set Up"
                environment["GIT_\(role)_EMAIL"] = "setup@example.com"
            }
        }
        environment.merge(extraEnvironment) { $1 }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = repository
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outputData, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }
}

struct GitCommandFailure: Error, CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var standardError: String

    var description: String { "git \(arguments.joined(separator: " ")) exited \(status): \(standardError)" }
}
