import Foundation
import Testing

/// The clean backlog committed in a real repository, for driving real
/// `git commit`s through hooks: git and the `cairn` binary run with a home
/// folder of their own, so no user or global configuration takes part.
final class HookedRepository {
    let directory: TemporaryDirectory
    let home: TemporaryDirectory

    /// Writes and commits the clean backlog (plus `extra`), before any hook.
    init(_ extra: [String: String] = [:]) throws {
        directory = try BacklogFixture.write(extra)
        home = try TemporaryDirectory()
        try git("init", "--quiet")
        try git("add", "-A")
        try git("commit", "--quiet", "-m", "clean backlog")
    }

    var url: URL { directory.url }

    /// Runs git here (or in `subdirectory`); throws when it fails.
    @discardableResult
    func git(_ arguments: String..., in subdirectory: URL? = nil) throws -> String {
        try GitCommand.run(arguments, in: subdirectory ?? url, home: home.url).stdout
    }

    /// Runs `git commit -m message arguments…` (or in `subdirectory`), which may fail.
    func commit(_ arguments: String..., in subdirectory: URL? = nil, environment: [String: String] = [:]) throws
        -> Subprocess.Result
    {
        try GitCommand.attempt(
            ["commit", "--quiet", "-m", "change"] + arguments, in: subdirectory ?? url, home: home.url,
            environment: environment)
    }

    /// Runs the built `cairn` here with this repository's home folder.
    func cairn(_ arguments: String..., environment: [String: String] = [:]) throws -> Subprocess.Result {
        let executable = try #require(BuiltProducts.executable("cairn"), "cairn is built next to the tests")
        return try Subprocess.run(
            executable, arguments, in: url, environment: GitCommand.environment(home: home.url, environment))
    }

    /// How many commits `HEAD` has.
    func commitCount(in subdirectory: URL? = nil) throws -> Int {
        Int(try git("rev-list", "--count", "HEAD", in: subdirectory).trimmingCharacters(in: .whitespacesAndNewlines))
            ?? -1
    }

    /// Writes `content` to `path`, relative to the repository root.
    func write(_ path: String, _ content: String) throws {
        try directory.write(path, content)
    }
}
