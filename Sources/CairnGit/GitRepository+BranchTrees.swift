internal import CGit2
import Foundation

/// What id allocation reads from git: the commits at the tips of the
/// branches, the tree at the backlog's path in each, the file names in a
/// tree and in the index. Names only, never a blob: a file's name is in the
/// tree that lists it. The caller walks the trees, so that it can skip the
/// ones it has read before, in this run or in an earlier one.
extension GitRepository {
    /// The commits at `HEAD` and at every local (`refs/heads/`) and
    /// remote-tracking (`refs/remotes/`) branch, each once, in that order.
    /// An unborn `HEAD` adds none, and symbolic references
    /// (`refs/remotes/origin/HEAD`) name a branch the list holds anyway. A
    /// branch may point at a tag or at an object that is no commit; it is
    /// listed all the same, and ``tree(at:inCommit:)`` sorts it out.
    public func branchTips() throws -> [GitObjectHash] {
        var tips: [GitObjectHash] = []
        var seen: Set<GitObjectHash> = []
        func add(_ tip: GitObjectHash) {
            if seen.insert(tip).inserted { tips.append(tip) }
        }
        var head = git_oid()
        let code = git_reference_name_to_id(&head, handle, "HEAD")
        if code != GIT_ENOTFOUND.rawValue && code != GIT_EUNBORNBRANCH.rawValue {
            try GitError.check(code, "git_reference_name_to_id")
            add(GitObjectHash(head))
        }
        var iterator: OpaquePointer?
        try GitError.check(git_reference_iterator_new(&iterator, handle), "git_reference_iterator_new")
        defer { git_reference_iterator_free(iterator) }
        while true {
            var reference: OpaquePointer?
            let next = git_reference_next(&reference, iterator)
            if next == GIT_ITEROVER.rawValue { return tips }
            try GitError.check(next, "git_reference_next")
            defer { git_reference_free(reference) }
            guard git_reference_type(reference) == GIT_REFERENCE_DIRECT, let name = git_reference_name(reference),
                let target = git_reference_target(reference), isBranch(name)
            else { continue }
            add(GitObjectHash(target.pointee))
        }
    }

    /// The id of the tree at `path` (relative to the repository root;
    /// `""` or `.` for the root tree) in the commit `tip`, or `nil` when the
    /// repository lacks `tip`, `tip` has no tree (it is a blob), or there is
    /// no folder at `path` in it.
    public func tree(at path: String, inCommit tip: GitObjectHash) throws -> GitObjectHash? {
        var object: OpaquePointer?
        var tipID = tip.oid
        let lookup = git_object_lookup(&object, handle, &tipID, GIT_OBJECT_ANY)
        // A branch pointing at an object this clone lacks is not ours to judge.
        if lookup == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(lookup, "git_object_lookup")
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        let peel = git_object_peel(&peeled, object, GIT_OBJECT_TREE)
        if peel == GIT_EINVALIDSPEC.rawValue || peel == GIT_EPEEL.rawValue || peel == GIT_ENOTFOUND.rawValue {
            return nil
        }
        try GitError.check(peel, "git_object_peel")
        defer { git_object_free(peeled) }
        guard let root = peeled else { return nil }
        let components = Self.treePathComponents(path)
        guard !components.isEmpty else { return GitObjectHash(git_object_id(root).pointee) }
        var entry: OpaquePointer?
        let found = git_tree_entry_bypath(&entry, root, components.joined(separator: "/"))
        if found == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(found, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let id = git_tree_entry_id(entry) else { return nil }
        return GitObjectHash(id.pointee)
    }

    /// Reads the tree `id`: calls `visitFileName` with the UTF-8 bytes of
    /// each file's name (valid only during the call; no string is made) and
    /// returns the ids of its subtrees, in the tree's order. Submodules and
    /// other entries are neither.
    public func readTree(
        _ id: GitObjectHash, visitingFileNames visitFileName: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws -> [GitObjectHash] {
        var tree: OpaquePointer?
        var treeID = id.oid
        try GitError.check(git_tree_lookup(&tree, handle, &treeID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        var subtrees: [GitObjectHash] = []
        for position in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, position) else { continue }
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_TREE:
                if let subtree = git_tree_entry_id(entry) { subtrees.append(GitObjectHash(subtree.pointee)) }
            case GIT_OBJECT_BLOB:
                if let name = git_tree_entry_name(entry) {
                    visitFileName(
                        UnsafeBufferPointer(
                            start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name)))
                }
            default:
                continue
            }
        }
        return subtrees
    }

    /// Calls `visit` with the UTF-8 bytes of the file name (what follows
    /// the last `/`) of every index entry below `path` (`""` for all),
    /// valid only during the call.
    public func visitIndexFileNames(under path: String, _ visit: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        let index = try libgit2Index()
        defer { git_index_free(index) }
        let components = Self.treePathComponents(path)
        let prefix = Array((components.isEmpty ? "" : components.joined(separator: "/") + "/").utf8)
        let slash = UInt8(ascii: "/")
        for position in 0..<git_index_entrycount(index) {
            guard let entry = git_index_get_byindex(index, position), let cPath = entry.pointee.path else { continue }
            let bytes = UnsafeBufferPointer(
                start: UnsafeRawPointer(cPath).assumingMemoryBound(to: UInt8.self), count: strlen(cPath))
            guard bytes.starts(with: prefix) else { continue }
            let nameStart = (bytes.lastIndex(of: slash) ?? -1) + 1
            visit(UnsafeBufferPointer(rebasing: bytes[nameStart...]))
        }
    }

    /// `path`'s components, without empty or `.` ones.
    private static func treePathComponents(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0 != "." }.map(String.init)
    }

    private func isBranch(_ name: UnsafePointer<CChar>) -> Bool {
        strncmp(name, "refs/heads/", 11) == 0 || strncmp(name, "refs/remotes/", 13) == 0
    }
}
