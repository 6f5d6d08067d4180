import Foundation

/// A fresh directory under the system's temporary folder, removed on `deinit`.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("cairn-cli-tests-\(UUID().uuidString)", isDirectory: true)
            .resolvingSymlinksInPath()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `content` to `path` (relative), creating folders as needed.
    func write(_ path: String, _ content: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
    }

    /// Creates the directory `path` (relative) and its parents.
    func makeDirectory(_ path: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(path), withIntermediateDirectories: true)
    }

    /// Runs `git init` here, so that Cairn finds a repository root.
    func initializeGitRepository() throws {
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/git"), ["init", "--quiet"], in: url)
        guard result.status == 0 else { throw Subprocess.Failure(message: "git init failed: \(result.stderr)") }
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
