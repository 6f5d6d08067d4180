import Foundation

/// The environment variables through which git chooses a repository, its
/// working tree and its index, read the way git reads them.
///
/// Git exports these to hooks: `GIT_INDEX_FILE` always (a temporary index
/// for `git commit -a` and `git commit <paths>`), `GIT_DIR` in a linked
/// worktree. libgit2 1.5.1 reads some of them itself when opening with
/// `GIT_REPOSITORY_OPEN_FROM_ENV`, but from the process environment only, and
/// it fails with "GIT_WORK_TREE unimplemented" when `GIT_WORK_TREE` is set; so
/// Cairn reads them here, from whatever environment a command was given, and
/// resolves relative paths against the directory that command runs in.
public struct GitEnvironment: Sendable {
    /// `GIT_DIR`: the repository to open instead of searching for one.
    public var gitDirectory: URL?
    /// `GIT_WORK_TREE`: the working tree's root.
    public var workTree: URL?
    /// `GIT_INDEX_FILE`: the index to read instead of the repository's own.
    public var indexFile: URL?
    /// `GIT_CEILING_DIRECTORIES`: folders the upward search does not climb into.
    public var ceilingDirectories: [URL]
    /// `GIT_DISCOVERY_ACROSS_FILESYSTEM`: whether the upward search may cross
    /// into another file system.
    public var discoversAcrossFileSystems: Bool
    /// The directory relative paths were resolved against; with `GIT_DIR`
    /// and no other word on the working tree, git takes it as the working
    /// tree's root.
    public var currentDirectory: URL

    /// Reads the variables from `variables`, resolving relative paths against
    /// `currentDirectory`. Empty values count as unset, as they do for git.
    public init(_ variables: [String: String], currentDirectory: URL) {
        func path(_ name: String) -> URL? {
            guard let value = variables[name], !value.isEmpty else { return nil }
            return Self.absolute(value, from: currentDirectory)
        }
        self.currentDirectory = currentDirectory
        gitDirectory = path("GIT_DIR")
        workTree = path("GIT_WORK_TREE")
        indexFile = path("GIT_INDEX_FILE")
        // Git ignores the relative entries of GIT_CEILING_DIRECTORIES.
        ceilingDirectories = (variables["GIT_CEILING_DIRECTORIES"] ?? "").split(separator: ":")
            .filter { $0.hasPrefix("/") }
            .map { URL(fileURLWithPath: String($0)) }
        discoversAcrossFileSystems = Self.isTrue(variables["GIT_DISCOVERY_ACROSS_FILESYSTEM"])
    }

    /// This process's environment and current directory.
    public static func process() -> GitEnvironment {
        GitEnvironment(
            ProcessInfo.processInfo.environment,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }

    /// An environment that sets none of git's variables, for opening a
    /// repository exactly as found under `currentDirectory`.
    public static func empty(currentDirectory: URL) -> GitEnvironment {
        GitEnvironment([:], currentDirectory: currentDirectory)
    }

    private static func absolute(_ path: String, from directory: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
        return url.standardizedFileURL
    }

    /// Git's boolean spellings: `true`, `yes`, `on` and non-zero numbers.
    private static func isTrue(_ value: String?) -> Bool {
        guard let value = value?.lowercased() else { return false }
        if let number = Int(value) { return number != 0 }
        return ["true", "yes", "on"].contains(value)
    }
}
