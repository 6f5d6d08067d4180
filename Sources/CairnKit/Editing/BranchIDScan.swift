import CairnGit

/// Finds the ids that start file names under the backlog root on every
/// branch tip (see ``GitRepository/branchTips()``), one summary per
/// distinct tree, reading only the commits and trees that neither this run
/// nor the previous cache has seen.
///
/// Branches share most of their trees: 500 branches that each add one story
/// have 500 different `stories` trees but the same `epics` tree. Each tree
/// is summarised once, from its file names and its subtrees' summaries; a
/// tree found in `previous` is not read at all, nor are its subtrees.
struct BranchIDScan {
    private let repository: GitRepository
    private let previous: BranchIDCache
    /// The trees used in this run: read, or taken from `previous`.
    private var reached: [GitObjectHash: BranchIDCache.Tree] = [:]
    /// The tips of this run with the tree at the path in each.
    private var rootTrees: [GitObjectHash: GitObjectHash] = [:]
    private var path = ""
    /// How many trees were read from git rather than taken from the cache.
    private(set) var treesRead = 0
    /// How many tips were resolved to their tree through git.
    private(set) var tipsResolved = 0
    /// How many of those had a tree at the path, and so a new cache entry.
    private var tipsAdded = 0

    init(repository: GitRepository, previous: BranchIDCache) {
        self.repository = repository
        self.previous = previous
    }

    /// The ids in the tree at `path` of each branch tip, one set per
    /// distinct tree; a tip without that folder adds none.
    mutating func idsOnBranches(under path: String) throws -> [IDRunSet] {
        self.path = path
        let known = previous.path == path ? previous.rootTrees : [:]
        var roots: [GitObjectHash] = []
        var seen: Set<GitObjectHash> = []
        for tip in try repository.branchTips() {
            let root: GitObjectHash
            if let cached = known[tip] {
                root = cached
            } else {
                tipsResolved += 1
                // A tip without the folder is not kept: its commit may also
                // be one this clone lacks, which a fetch can bring.
                guard let resolved = try repository.tree(at: path, inCommit: tip) else { continue }
                root = resolved
                tipsAdded += 1
            }
            rootTrees[tip] = root
            if seen.insert(root).inserted { roots.append(root) }
        }
        return try roots.map { try summary(of: $0).ids }
    }

    /// The cache to write for the next run, or `nil` when it is the
    /// previous one: every tip and tree used in this run, with the subtrees
    /// of the trees taken from the previous cache. Tips and trees no branch
    /// reaches any more are dropped, which bounds the cache by what the
    /// branches hold.
    var cacheToWrite: BranchIDCache? {
        var trees = reached
        var pending = reached.values.flatMap(\.subtrees)
        while let id = pending.popLast() {
            guard trees[id] == nil, let tree = previous.trees[id] else { continue }
            trees[id] = tree
            pending.append(contentsOf: tree.subtrees)
        }
        // Nothing was read, so every entry kept came from the previous cache.
        guard
            treesRead > 0 || tipsAdded > 0 || path != previous.path || trees.count != previous.trees.count
                || rootTrees.count != previous.rootTrees.count
        else { return nil }
        return BranchIDCache(trees: trees, path: path, rootTrees: rootTrees)
    }

    private mutating func summary(of id: GitObjectHash) throws -> BranchIDCache.Tree {
        if let tree = reached[id] ?? previous.trees[id] {
            reached[id] = tree
            return tree
        }
        var builder = IDRunSet.Builder()
        let subtrees = try repository.readTree(id) { name in
            if let id = FileNameID.leadingID(ofUTF8: name) { builder.add(id) }
        }
        treesRead += 1
        for subtree in subtrees { builder.add(try summary(of: subtree).ids) }
        let tree = BranchIDCache.Tree(subtrees: subtrees, ids: builder.build())
        reached[id] = tree
        return tree
    }
}
