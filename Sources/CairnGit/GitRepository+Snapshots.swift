internal import CGit2
import Foundation

extension GitRepository {
    /// The index: what `git commit` would commit now. It is the file
    /// `GIT_INDEX_FILE` named at discovery, when it named one. Entries added
    /// with `git add -N` are left out, as a commit leaves them out.
    ///
    /// Throws when the index holds unmerged paths, which git cannot commit
    /// either.
    public func indexSnapshot() throws -> GitSnapshot {
        let folders: [String: StoredFolder]
        if let file = GitIndexFile.read(at: indexFilePath) {
            folders = Self.folders(
                of: file.entries.lazy.filter { !$0.isIntentToAdd }.compactMap { entry in
                    StoredNode(mode: entry.mode, id: entry.id).map { StoredChild(path: entry.path, node: $0) }
                }, isASCII: file.isASCII)
        } else {
            folders = try withIndex { index in
                if git_index_has_conflicts(index) != 0 {
                    throw GitError(
                        code: -1,
                        message:
                            "the index has unmerged paths (\(Self.conflictedPaths(in: index).joined(separator: ", "))); "
                            + "resolve the conflicts and stage the results first")
                }
                let files = Self.stagedFiles(of: index)
                return Self.folders(of: files, isASCII: !files.contains { $0.path.utf8.contains { $0 >= 0x80 } })
            }
        }
        return GitSnapshot(repository: self, name: "the index", commitID: nil, folders: folders)
    }

    /// The tree of the commit `revision` names, in any form git accepts: a
    /// branch, a tag, `HEAD~3`, a full or abbreviated id.
    ///
    /// Throws "unknown revision 'mian'" for a name that resolves to nothing,
    /// and says so when the repository has no commits yet.
    public func snapshot(of revision: String) throws -> GitSnapshot {
        access.lock()
        defer { access.unlock() }
        return try withCommit(revision) { commit in
            var tree: OpaquePointer?
            try GitError.check(git_commit_tree(&tree, commit), "git_commit_tree")
            defer { git_tree_free(tree) }
            let commitID = git_commit_id(commit).map { GitSnapshot.hex($0.pointee) }
            return GitSnapshot(
                repository: self, name: revision, commitID: commitID,
                folders: ["": GitSnapshot.folder(of: tree, at: "")])
        }
    }

    /// Runs `body` with libgit2's index of the repository, holding the lock.
    private func withIndex<T>(_ body: (OpaquePointer?) throws -> T) throws -> T {
        access.lock()
        defer { access.unlock() }
        let index = try libgit2Index()
        defer { git_index_free(index) }
        return try body(index)
    }

    /// The stage-0 entries of libgit2's `index` that a commit would hold
    /// (not those added with `git add -N`), in the index's order.
    private static func stagedFiles(of index: OpaquePointer?) -> [StoredChild] {
        (0..<git_index_entrycount(index)).compactMap { position in
            guard let entry = git_index_get_byindex(index, position)?.pointee, let path = entry.path,
                entry.flags & UInt16(GIT_INDEX_ENTRY_STAGEMASK) == 0,
                entry.flags_extended & UInt16(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue) == 0,
                let stored = StoredNode(mode: entry.mode, id: entry.id)
            else { return nil }
            return StoredChild(path: String(cString: path), node: stored)
        }
    }

    /// Every folder of the index with its children: the `files`, and the
    /// folders their paths go through. The index is sorted by path, so
    /// consecutive files mostly share a folder, looked up once for all of
    /// them; each folder is listed in its parent where its first path is,
    /// which in a sorted index is its place in the parent's order.
    private static func folders(of files: some Sequence<StoredChild>, isASCII: Bool) -> [String: StoredFolder] {
        var builder = IndexFolderBuilder()
        for file in files { builder.add(file) }
        return builder.folders(isASCII: isASCII)
    }

    /// The paths with entries at stages 1–3, each once.
    private static func conflictedPaths(in index: OpaquePointer?) -> [String] {
        var paths: [String] = []
        for position in 0..<git_index_entrycount(index) {
            guard let entry = git_index_get_byindex(index, position)?.pointee, let path = entry.path,
                entry.flags & UInt16(GIT_INDEX_ENTRY_STAGEMASK) != 0
            else { continue }
            let text = String(cString: path)
            if paths.last != text { paths.append(text) }
        }
        return paths
    }
}
