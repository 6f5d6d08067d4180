import Foundation

/// The git command line for tests, isolated from the user's configuration:
/// `HOME` is a folder of the test's own, global configuration is empty
/// (the system one stays), the identity is fixed, and none of git's
/// repository variables leak in from the process running the tests.
enum GitCommand {
    /// The environment git (and a `cairn` spawned by it) runs with, with
    /// `home` as `HOME` and `extra` added.
    static func environment(home: URL, _ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = home.path
        environment["XDG_CONFIG_HOME"] = home.appendingPathComponent(".config").path
        environment["GIT_CONFIG_GLOBAL"] = home.appendingPathComponent(".gitconfig").path
        environment["GIT_AUTHOR_NAME"] = "Tess Ter"
        environment["GIT_AUTHOR_EMAIL"] = "tess@example.com"
        environment["GIT_COMMITTER_NAME"] = "Tess Ter"
        environment["GIT_COMMITTER_EMAIL"] = "tess@example.com"
        return environment.merging(extra) { $1 }
    }

    /// Runs `git arguments…` in `directory`; throws with git's output when it fails.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, home: URL, environment extra: [String: String] = [:])
        throws -> Subprocess.Result
    {
        let result = try attempt(arguments, in: directory, home: home, environment: extra)
        guard result.status == 0 else {
            throw Subprocess.Failure(
                message:
                    "git \(arguments.joined(separator: " ")) failed (\(result.status)):\n\(result.stdout)\(result.stderr)"
            )
        }
        return result
    }

    /// Runs `git arguments…` in `directory` and returns whatever happened.
    static func attempt(
        _ arguments: [String], in directory: URL, home: URL, environment extra: [String: String] = [:]
    ) throws -> Subprocess.Result {
        try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/git"), arguments, in: directory,
            environment: environment(home: home, extra))
    }
}

extension TemporaryDirectory {
    /// Runs `git arguments…` here (or in `subdirectory`), with this folder's
    /// `.home` as `HOME`; returns standard output.
    @discardableResult
    func git(_ arguments: String..., in subdirectory: String? = nil) throws -> String {
        let home = url.appendingPathComponent(".home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let directory = subdirectory.map { url.appendingPathComponent($0) } ?? url
        return try GitCommand.run(arguments, in: directory, home: home).stdout
    }

    /// Makes this folder a git repository whose one commit holds every file in it.
    func initCommittingEverything(message: String = "backlog") throws {
        try git("init", "--quiet")
        try git("add", "-A")
        try git("commit", "--quiet", "-m", message)
    }

    /// Removes the file at `path` (relative) from the working tree only.
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(path))
    }
}
