import Foundation

/// A real git repository in a temporary folder, for running the built `cairn`
/// binary against it.
///
/// The repository is `repo/` inside a temporary directory, so that its
/// sibling `outside/` is a place outside the repository that symbolic links
/// can point to.
final class TemporaryRepository {
    private let directory: TemporaryDirectory
    /// The repository root (its working directory).
    let url: URL
    /// A folder next to the repository, outside it.
    let outside: URL

    /// Writes `files` (paths relative to the repository root) and runs `git init`.
    init(_ files: [String: String] = [:]) throws {
        directory = try TemporaryDirectory()
        url = directory.url.appendingPathComponent("repo", isDirectory: true)
        outside = directory.url.appendingPathComponent("outside", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        for (path, content) in files { try write(path, content) }
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/git"), ["init", "--quiet"], in: url)
        guard result.status == 0 else { throw Subprocess.Failure(message: "git init failed: \(result.stderr)") }
    }

    /// Writes `content` to `path` (relative to the repository root), creating folders.
    func write(_ path: String, _ content: String) throws {
        try write(path, bytes: Array(content.utf8))
    }

    /// Writes `bytes` exactly to `path` (relative to the repository root), creating folders.
    func write(_ path: String, bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    /// Creates the folder `path` (relative to the repository root) and its parents.
    func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(path), withIntermediateDirectories: true)
    }

    /// Creates a symbolic link at `path` (relative to the repository root)
    /// holding `target` as is.
    func symlink(_ path: String, to target: String) throws {
        let link = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
    }

    /// Creates a named pipe at `path` (relative to the repository root).
    func namedPipe(_ path: String) throws {
        let pipe = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: pipe.deletingLastPathComponent(), withIntermediateDirectories: true)
        guard mkfifo(pipe.path, 0o644) == 0 else {
            throw Subprocess.Failure(message: "mkfifo \(path) failed: \(String(cString: strerror(errno)))")
        }
    }

    /// Removes the file or folder at `path` (relative to the repository root).
    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(path))
    }

    /// Runs the built `cairn` with `arguments` in the repository root, or in
    /// `subdirectory` of it, without colour and with `environment` added.
    func cairn(_ arguments: String..., in subdirectory: String? = nil, environment: [String: String] = [:]) throws
        -> Subprocess.Result
    {
        try CairnBinary.run(
            arguments, in: subdirectory.map { url.appendingPathComponent($0) } ?? url, environment: environment)
    }
}

extension TemporaryRepository {
    /// Runs the built `cairn` in the repository root, without colour, and
    /// measures its peak memory alone (see ``ChildProcesses``).
    func measuredCairn(_ arguments: String...) throws -> ChildProcesses.Result {
        guard let executable = BuiltProducts.executable("cairn") else {
            throw Subprocess.Failure(message: "cairn is not built next to the tests; run swift build first")
        }
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return try ChildProcesses.run(executable, arguments, in: url, environment: environment)
    }
}

/// The `cairn` executable SwiftPM built next to the tests.
enum CairnBinary {
    /// How long one run may take before it is killed: far more than any
    /// run here needs, so that a hang fails its test instead of the suite.
    static let timeLimitSeconds = 60

    /// Runs `cairn arguments…` in `directory` with `NO_COLOR` set and
    /// `extraEnvironment` added, under coreutils' `timeout` where there is
    /// one (a killed run exits 124).
    static func run(_ arguments: [String], in directory: URL, environment extraEnvironment: [String: String] = [:])
        throws -> Subprocess.Result
    {
        guard let executable = BuiltProducts.executable("cairn") else {
            throw Subprocess.Failure(message: "cairn is not built next to the tests; run swift build first")
        }
        var environment = ProcessInfo.processInfo.environment.merging(extraEnvironment) { $1 }
        environment["NO_COLOR"] = "1"
        let timeout = URL(fileURLWithPath: "/usr/bin/timeout")
        guard FileManager.default.isExecutableFile(atPath: timeout.path) else {
            return try Subprocess.run(executable, arguments, in: directory, environment: environment)
        }
        return try Subprocess.run(
            timeout, ["--kill-after=5", String(timeLimitSeconds), executable.path] + arguments, in: directory,
            environment: environment)
    }
}
