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
        let folders: [String: [String: StoredNode]] = try withIndex { index in
            if git_index_has_conflicts(index) != 0 {
                throw GitError(
                    code: -1,
                    message:
                        "the index has unmerged paths (\(Self.conflictedPaths(in: index).joined(separator: ", "))); "
                        + "resolve the conflicts and stage the results first")
            }
            return Self.folders(of: index)
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
                folders: ["": GitSnapshot.treeChildren(of: tree)])
        }
    }

    /// Runs `body` with the repository's index, holding the lock.
    private func withIndex<T>(_ body: (OpaquePointer?) throws -> T) throws -> T {
        access.lock()
        defer { access.unlock() }
        var index: OpaquePointer?
        try GitError.check(git_repository_index(&index, handle), "git_repository_index")
        defer { git_index_free(index) }
        return try body(index)
    }

    /// Every folder of the index with its children: the stage-0 entries, and
    /// the folders their paths go through. The index is sorted by path, so
    /// consecutive entries mostly share a folder: its children are gathered
    /// apart and stored when the folder changes, instead of looking the
    /// folder up again for every entry.
    private static func folders(of index: OpaquePointer?) -> [String: [String: StoredNode]] {
        var folders: [String: [String: StoredNode]] = ["": [:]]
        var current = ""
        var children: [String: StoredNode] = [:]
        for position in 0..<git_index_entrycount(index) {
            guard let entry = git_index_get_byindex(index, position)?.pointee, let pathPointer = entry.path,
                entry.flags & UInt16(GIT_INDEX_ENTRY_STAGEMASK) == 0,
                entry.flags_extended & UInt16(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue) == 0,
                let stored = StoredNode(mode: entry.mode, id: entry.id)
            else { continue }
            let path = String(cString: pathPointer)
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/"))
            let parent = slash.map { path[..<$0] } ?? ""
            if parent != current {
                folders[current, default: [:]].merge(children) { _, later in later }
                children = [:]
                current = String(parent)
                register(current, in: &folders)
            }
            children[slash.map { String(path[path.utf8.index(after: $0)...]) } ?? path] = stored
        }
        folders[current, default: [:]].merge(children) { _, later in later }
        return folders
    }

    /// Adds `folder` to `folders`, with the folder entries that lead to it
    /// from the nearest folder already there.
    private static func register(_ folder: String, in folders: inout [String: [String: StoredNode]]) {
        guard folders[folder] == nil else { return }
        folders[folder] = [:]
        var child = folder
        while !child.isEmpty {
            let (parent, name) = GitSnapshot.split(child)
            let known = folders[parent] != nil
            folders[parent, default: [:]][name] = StoredNode(mode: nil, id: nil)
            if known { return }
            child = parent
        }
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
