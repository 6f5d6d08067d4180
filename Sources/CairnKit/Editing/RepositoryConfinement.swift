import Foundation

/// Keeps writes inside the repository. A backlog arrives through pull
/// requests from anyone, so neither a path in `cairn.yml` nor a symbolic
/// link committed in place of a folder may lead a write out of the
/// repository: every path a change touches must be relative, free of `..`,
/// and its folder, as far as it exists, must resolve to a place inside the
/// repository root.
public enum RepositoryConfinement {
    /// Throws ``EditError/cannotWrite(_:reason:)`` for the first path of
    /// `changes` that would be written or removed outside `root`; checks
    /// every path before anything is written.
    public static func check(_ changes: ChangeSet, root: URL) throws(EditError) {
        let rootPath = resolved(root.path) ?? root.standardizedFileURL.path
        for path in changes.touchedPaths {
            if let reason = escape(of: path, rootPath: rootPath) {
                throw .cannotWrite(path, reason: reason)
            }
        }
    }

    /// Why writing `path` would leave the repository at `rootPath`, or `nil`
    /// when it stays inside.
    private static func escape(of path: String, rootPath: String) -> String? {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !components.contains("..") else {
            return "the path leads out of the repository"
        }
        var folder = components.dropLast()
        while !folder.isEmpty && !exists(rootPath + "/" + folder.joined(separator: "/")) { folder = folder.dropLast() }
        guard !folder.isEmpty else { return nil }
        let existing = rootPath + "/" + folder.joined(separator: "/")
        guard let target = resolved(existing) else {
            return "its folder \(folder.joined(separator: "/")) is a broken or looping symbolic link"
        }
        guard target.isWithin(rootPath) else {
            return "its folder \(folder.joined(separator: "/")) leads to \(target), outside the repository"
        }
        return nil
    }

    /// Whether anything, even a broken symbolic link, is at `path`.
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// `path` with every symbolic link resolved, or `nil` when one is broken or loops.
    private static func resolved(_ path: String) -> String? {
        guard let result = realpath(path, nil) else { return nil }
        defer { free(result) }
        return String(cString: result)
    }
}
