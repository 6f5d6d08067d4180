import Foundation

/// Git commands for the snapshot and environment tests, run with a fixed
/// identity and none of git's repository variables from this process.
extension Scratch {
    /// Runs `git arguments…` in `directory` (the scratch folder by default)
    /// with `environment` added; returns standard output without the final
    /// newline, and throws when git fails.
    @discardableResult
    func gitOutput(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
        -> String
    {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-c", "user.name=T", "-c", "user.email=t@example.com"] + arguments
        process.currentDirectoryURL = directory ?? url
        var inherited = ProcessInfo.processInfo.environment.filter {
            !["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_CEILING_DIRECTORIES"].contains($0.key)
        }
        inherited.merge(environment) { $1 }
        process.environment = inherited
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(command: "git " + arguments.joined(separator: " "), status: process.terminationStatus)
        }
        let text = String(decoding: data, as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }

    /// A new repository with `a.md` staged and `later.md` added with
    /// `git add -N` (known to the index, not staged).
    func stageWithIntentToAdd() throws {
        try git("init", "--quiet")
        try write("a.md", "a\n")
        try write("later.md", "later\n")
        try gitOutput(["add", "a.md"])
        try gitOutput(["add", "-N", "later.md"])
    }

    /// Writes `content` to `path` (relative to the scratch folder), creating folders.
    func write(_ path: String, _ content: String) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(content.utf8).write(to: file)
    }

    /// The scratch folder with symlinks resolved, as git and libgit2 report it.
    var realPath: String { url.resolvingSymlinksInPath().path }
}
