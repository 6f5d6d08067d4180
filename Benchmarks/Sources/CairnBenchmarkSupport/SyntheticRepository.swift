import CairnSynthetic
import Foundation

/// A git repository in a temporary folder holding a generated backlog in
/// `backlog/`, built with the real `git` for setting up only (Cairn itself
/// reads it through libgit2). Removed by ``remove()``.
public final class SyntheticRepository: Sendable {
    /// The repository root.
    public let url: URL
    /// How many items the backlog holds.
    public let itemCount: Int
    /// The generator that wrote the backlog.
    public let synthetic: SyntheticBacklog

    /// Generates `itemCount` items (the generator's default seed and planted
    /// problems, or none with `errorRate: 0`) into a fresh repository, and
    /// commits them when `committed` is true.
    public convenience init(itemCount: Int, errorRate: Double = 0.001, committed: Bool = false) throws {
        try self.init(
            at: FileManager.default.temporaryDirectory
                .appendingPathComponent("cairn-benchmark-\(itemCount)-\(UUID().uuidString)", isDirectory: true),
            synthetic: SyntheticBacklog(itemCount: itemCount, errorRate: errorRate), committed: committed)
    }

    /// Writes the backlog of `synthetic` into a new repository at `url`.
    public init(at url: URL, synthetic: SyntheticBacklog, committed: Bool = false) throws {
        self.url = url
        self.synthetic = synthetic
        itemCount = synthetic.itemCount
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git("init", "--quiet")
        try synthetic.write(to: url.appendingPathComponent("backlog"))
        if committed {
            try git("add", "--all")
            try git("commit", "--quiet", "--message", "\(synthetic.itemCount) generated items")
        }
    }

    /// The path of a generated file relative to the repository root.
    public func repositoryPath(of file: SyntheticBacklog.File) -> String {
        "backlog/" + file.path
    }

    /// Replaces the text of the file at `path` (relative to the repository root).
    public func write(_ path: String, _ content: String) throws {
        try Data(content.utf8).write(to: url.appendingPathComponent(path))
    }

    /// Runs `git` in the repository with a fixed identity and no user
    /// configuration; throws with its standard error when it fails.
    @discardableResult
    public func git(_ arguments: String..., input: String? = nil) throws -> String {
        try git(arguments, input: input)
    }

    /// Runs `git` with an argument list, like the variadic form.
    @discardableResult
    public func git(_ arguments: [String], input: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments =
            ["-c", "user.name=Cairn Benchmarks", "-c", "user.email=benchmarks@cairn.invalid"] + arguments
        process.currentDirectoryURL = url
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let standardInput = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = standardInput
        try process.run()
        standardInput.fileHandleForWriting.write(Data((input ?? "").utf8))
        try standardInput.fileHandleForWriting.close()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SetupFailure(
                "git \(arguments.joined(separator: " ")) failed: \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }

    /// Deletes the repository folder.
    public func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Setting up a benchmark went wrong; the message says how.
public struct SetupFailure: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
