import CairnGit

/// What id allocation knows from earlier runs about git objects, which
/// never change: per tree, the ids that start the names of the files in it
/// and in all its subtrees; per branch tip commit, the tree at the backlog
/// root in it.
struct BranchIDCache: Sendable {
    /// One tree's entry.
    struct Tree: Sendable, Equatable {
        /// The tree's subtrees: kept with it, so that the entries of a tree
        /// still in use keep those of its subtrees (which new trees share).
        var subtrees: [GitObjectHash]
        /// The ids starting file names in the tree and its subtrees.
        var ids: IDRunSet
    }

    /// The entries, by tree.
    var trees: [GitObjectHash: Tree] = [:]
    /// The backlog root, relative to the repository root, that `rootTrees` are for.
    var path = ""
    /// Per commit, the tree at `path` in it; commits without one are not kept.
    var rootTrees: [GitObjectHash: GitObjectHash] = [:]
}
