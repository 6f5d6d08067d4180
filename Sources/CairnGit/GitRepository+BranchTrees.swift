internal import CGit2
import Foundation

extension GitRepository {
    /// Calls `visit` with the name of every file below `path` (relative to
    /// the repository root; `""` for the whole tree) in the trees of `HEAD`,
    /// of every local branch (`refs/heads/`) and every remote-tracking branch
    /// (`refs/remotes/`), and in the index.
    ///
    /// Only tree objects are read, never a blob: a file's name is in the
    /// tree that lists it. Each tree is read once however many branches share
    /// it, so the cost grows with what the branches change, not with their
    /// number. The same name may be visited more than once. An unborn `HEAD`,
    /// and a branch without `path`, contribute nothing.
    public func visitFileNamesOnAllBranches(under path: String, _ visit: (String) -> Void) throws {
        try visitFileNameBytesOnAllBranches(under: path) { visit(String(decoding: $0, as: UTF8.self)) }
    }

    /// ``visitFileNamesOnAllBranches(under:_:)`` with each name's UTF-8
    /// bytes, valid only during the call: no string is made for the tens of
    /// thousands of names that hundreds of branches repeat.
    public func visitFileNameBytesOnAllBranches(
        under path: String, _ visit: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        try withoutActuallyEscaping(visit) { visit in
            var walker = BranchTreeWalker(repository: handle, path: path, visit: visit)
            try walker.walkHead()
            try walker.walkBranches()
            try walker.walkIndex()
        }
    }
}

/// One walk over the branch trees: the commits and trees already read.
private struct BranchTreeWalker {
    let repository: OpaquePointer
    /// The path below the root, without empty or `.` components.
    let components: [String]
    let visit: (UnsafeBufferPointer<UInt8>) -> Void
    private var visitedCommits: Set<ObjectID> = []
    private var visitedTrees: Set<ObjectID> = []

    init(repository: OpaquePointer, path: String, visit: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.repository = repository
        self.components = path.split(separator: "/").filter { $0 != "." }.map(String.init)
        self.visit = visit
    }

    mutating func walkHead() throws {
        var oid = git_oid()
        let code = git_reference_name_to_id(&oid, repository, "HEAD")
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EUNBORNBRANCH.rawValue { return }
        try GitError.check(code, "git_reference_name_to_id")
        try walkCommit(oid)
    }

    mutating func walkBranches() throws {
        var iterator: OpaquePointer?
        try GitError.check(git_reference_iterator_new(&iterator, repository), "git_reference_iterator_new")
        defer { git_reference_iterator_free(iterator) }
        while true {
            var reference: OpaquePointer?
            let code = git_reference_next(&reference, iterator)
            if code == GIT_ITEROVER.rawValue { return }
            try GitError.check(code, "git_reference_next")
            defer { git_reference_free(reference) }
            // Symbolic references (refs/remotes/origin/HEAD) name a branch
            // that the iteration reaches by itself.
            guard git_reference_type(reference) == GIT_REFERENCE_DIRECT, let name = git_reference_name(reference),
                let target = git_reference_target(reference)
            else { continue }
            let fullName = String(cString: name)
            if fullName.hasPrefix("refs/heads/") || fullName.hasPrefix("refs/remotes/") {
                try walkCommit(target.pointee)
            }
        }
    }

    mutating func walkIndex() throws {
        var index: OpaquePointer?
        try GitError.check(git_repository_index(&index, repository), "git_repository_index")
        defer { git_index_free(index) }
        let prefix = components.isEmpty ? "" : components.joined(separator: "/") + "/"
        for position in 0..<git_index_entrycount(index) {
            guard let entry = git_index_get_byindex(index, position), let cPath = entry.pointee.path else { continue }
            let path = String(cString: cPath)
            guard path.hasPrefix(prefix) else { continue }
            let name = Array((path.split(separator: "/").last ?? Substring(path)).utf8)
            name.withUnsafeBufferPointer { visit($0) }
        }
    }

    /// Walks the tree at the path in `commit`'s tree, unless that commit was walked already.
    private mutating func walkCommit(_ commitID: git_oid) throws {
        guard visitedCommits.insert(ObjectID(commitID)).inserted else { return }
        var object: OpaquePointer?
        var lookupID = commitID
        let lookup = git_object_lookup(&object, repository, &lookupID, GIT_OBJECT_ANY)
        // A branch pointing at an object this clone lacks is not ours to judge.
        if lookup == GIT_ENOTFOUND.rawValue { return }
        try GitError.check(lookup, "git_object_lookup")
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        let peel = git_object_peel(&peeled, object, GIT_OBJECT_TREE)
        // A branch may point at something without a tree (a blob); it has no files.
        if peel == GIT_EINVALIDSPEC.rawValue || peel == GIT_EPEEL.rawValue || peel == GIT_ENOTFOUND.rawValue { return }
        try GitError.check(peel, "git_object_peel")
        defer { git_object_free(peeled) }
        guard let root = peeled else { return }
        guard !components.isEmpty else {
            try walkTree(git_object_id(root).pointee)
            return
        }
        var entry: OpaquePointer?
        let found = git_tree_entry_bypath(&entry, root, components.joined(separator: "/"))
        if found == GIT_ENOTFOUND.rawValue { return }
        try GitError.check(found, "git_tree_entry_bypath")
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_TREE, let id = git_tree_entry_id(entry) else { return }
        try walkTree(id.pointee)
    }

    /// Visits the names of the files in the tree `treeID` and in its
    /// subtrees, skipping every tree read before.
    private mutating func walkTree(_ treeID: git_oid) throws {
        guard visitedTrees.insert(ObjectID(treeID)).inserted else { return }
        var tree: OpaquePointer?
        var lookupID = treeID
        try GitError.check(git_tree_lookup(&tree, repository, &lookupID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        var subtrees: [git_oid] = []
        for position in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, position) else { continue }
            switch git_tree_entry_type(entry) {
            case GIT_OBJECT_TREE:
                if let id = git_tree_entry_id(entry) { subtrees.append(id.pointee) }
            case GIT_OBJECT_BLOB:
                if let name = git_tree_entry_name(entry) {
                    visit(
                        UnsafeBufferPointer(
                            start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name)))
                }
            default:
                continue
            }
        }
        for subtree in subtrees { try walkTree(subtree) }
    }
}

/// A git object id as a hashable value.
private struct ObjectID: Hashable {
    let high: UInt64
    let middle: UInt64
    let low: UInt32

    init(_ oid: git_oid) {
        var copy = oid
        (high, middle, low) = withUnsafeBytes(of: &copy.id) { bytes in
            (
                bytes.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                bytes.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            )
        }
    }
}
