import Foundation

/// A git repository in a temporary folder, driven by the git command line
/// with a fixed identity and no user configuration; removed on `deinit`.
final class GitSandbox {
    private let base: URL
    /// The repository root.
    let url: URL

    /// Creates an empty repository whose first branch is `main`.
    init() throws {
        base = FileManager.default.temporaryDirectory
            .appendingPathComponent("cairn-git-\(UUID().uuidString)", isDirectory: true)
        url = base.appendingPathComponent("repo", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try git("init", "--quiet", "--initial-branch=main")
    }

    deinit {
        try? FileManager.default.removeItem(at: base)
    }

    func write(_ path: String, _ content: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
    }

    /// Writes `files`, stages them and commits.
    func commit(_ files: [String: String], message: String = "change") throws {
        for (path, content) in files { try write(path, content) }
        try git(["add", "--"] + files.keys.sorted())
        try git("commit", "--quiet", "-m", message)
    }

    func git(_ arguments: String...) throws {
        try git(arguments)
    }

    func git(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = url
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = base.path
        environment["GIT_CONFIG_GLOBAL"] = base.appendingPathComponent("gitconfig").path
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Test"
            environment["GIT_\(role)_EMAIL"] = "test@example.com"
        }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw GitSandboxFailure(command: "git " + arguments.joined(separator: " "))
        }
    }
}

struct GitSandboxFailure: Error {
    var command: String
}
