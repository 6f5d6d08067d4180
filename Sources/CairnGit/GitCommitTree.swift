internal import CGit2
import Foundation

/// The paths a commit names, checked and put in order.
enum GitCommitPaths {
    /// `paths` without duplicates, sorted; each must be relative to the
    /// working tree root with `/` separators and no empty, `.` or `..` part.
    /// - Throws: ``GitCommitError/invalidPath(path:reason:)``.
    static func normalized(_ paths: [String]) throws -> [String] {
        for path in paths {
            if let reason = problem(with: path) { throw GitCommitError.invalidPath(path: path, reason: reason) }
        }
        return Set(paths).sorted()
    }

    private static func problem(with path: String) -> String? {
        if path.isEmpty { return "the path is empty" }
        if path.hasPrefix("/") { return "the path must be relative to the working tree root" }
        if path.contains("\0") { return "the path contains a NUL character" }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "the path must not contain empty, '.' or '..' components"
        }
        if components.contains(where: { $0.lowercased() == ".git" }) { return "the path is inside .git" }
        return nil
    }
}

extension GitRepository {
    /// Stages each path as it is in the working tree, through git's filters
    /// (`core.autocrlf`, `.gitattributes`) as `git add` would, recording the
    /// file's stat data; a path that no longer exists leaves the index.
    /// Changes only the in-memory `index`.
    func stage(_ paths: [String], in index: OpaquePointer, workingDirectory: URL) throws {
        for path in paths {
            var status = stat()
            if lstat(workingDirectory.appendingPathComponent(path).path, &status) == 0 {
                if status.st_mode & S_IFMT == S_IFDIR { throw GitCommitError.directoryPath(path: path) }
                try GitError.check(git_index_add_bypath(index, path), "git_index_add_bypath")
            } else if errno == ENOENT || errno == ENOTDIR {
                try GitError.check(git_index_remove_bypath(index, path), "git_index_remove_bypath")
            } else {
                let reason = String(cString: strerror(errno))
                throw GitError(code: -1, message: "cannot read '\(path)' in the working tree: \(reason)")
            }
        }
    }

    /// Writes the tree of `base` (the empty tree when `nil`) with each of
    /// `paths` replaced by its stage-0 entry in `index`, or removed when the
    /// index has none. Only these paths differ from `base`.
    /// - Returns: the new tree's id, or `nil` when it would equal `base`.
    func writeTree(updating base: OpaquePointer?, with paths: [String], from index: OpaquePointer) throws
        -> GitObjectID?
    {
        var updates: [git_tree_update] = []
        var pathCopies: [UnsafeMutablePointer<CChar>] = []
        defer { for copy in pathCopies { free(copy) } }
        for path in paths {
            let entry = git_index_get_bypath(index, path, 0)
            if entry != nil { try checkNoFileInTheWay(of: path, in: base) }
            let kind = try base.flatMap { try entryType(at: path, in: $0) }
            if kind == GIT_OBJECT_TREE { throw GitCommitError.directoryPath(path: path) }
            guard entry != nil || kind != nil, let copy = strdup(path) else { continue }
            pathCopies.append(copy)
            if let entry {
                let mode = git_filemode_t(rawValue: entry.pointee.mode)
                updates.append(
                    git_tree_update(action: GIT_TREE_UPDATE_UPSERT, id: entry.pointee.id, filemode: mode, path: copy))
            } else {
                updates.append(
                    git_tree_update(
                        action: GIT_TREE_UPDATE_REMOVE, id: git_oid(), filemode: GIT_FILEMODE_BLOB, path: copy))
            }
        }
        var tree = git_oid()
        try GitError.check(
            git_tree_create_updated(&tree, handle, base, updates.count, updates), "git_tree_create_updated")
        let written = GitObjectID(&tree)
        if let base, let baseID = git_tree_id(base) {
            return written == GitObjectID(baseID) ? nil : written
        }
        return updates.isEmpty ? nil : written
    }

    /// Throws ``GitCommitError/fileInTheWay(path:conflictingFile:)`` when a
    /// folder above `path` is a file in `base`.
    private func checkNoFileInTheWay(of path: String, in base: OpaquePointer?) throws {
        guard let base else { return }
        let components = path.split(separator: "/")
        for count in components.indices.dropLast() {
            let folder = components[...count].joined(separator: "/")
            guard let kind = try entryType(at: folder, in: base) else { return }
            if kind != GIT_OBJECT_TREE { throw GitCommitError.fileInTheWay(path: path, conflictingFile: folder) }
        }
    }

    /// The type of the entry at `path` in `tree`, or `nil` when there is none.
    private func entryType(at path: String, in tree: OpaquePointer) throws -> git_object_t? {
        var entry: OpaquePointer?
        let code = git_tree_entry_bypath(&entry, tree, path)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        return git_tree_entry_type(entry)
    }
}
