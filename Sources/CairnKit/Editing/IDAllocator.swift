import CairnGit

/// Hands out the next free id for a prefix: one more than the highest
/// number taken for it anywhere Cairn can see.
///
/// Sequential ids collide when two branches each take "the highest plus
/// one" of what they alone see. ``collecting(from:repository:cache:)`` therefore
/// counts, besides the loaded backlog, every id that starts a file name
/// under the backlog root in `HEAD`, every local and remote-tracking branch
/// and the index — names read from git trees, never file contents. What
/// each tree's names take is kept in a ``BranchIDCacheStore``, so that only
/// trees no earlier run has seen are read.
public struct IDAllocator: Sendable {
    /// The highest number taken, by prefix.
    private var highest: [String: Int] = [:]
    /// The ids taken one at a time.
    private var taken: Set<ItemID> = []
    /// The ids taken in bulk: the backlog's and the index's, then one set
    /// per distinct tree on the branches.
    private var takenInBulk: [IDRunSet] = []

    /// An allocator that has seen no id.
    public init() {}

    /// Counts `id` as taken.
    public mutating func take(_ id: ItemID) {
        taken.insert(id)
        if id.number > highest[id.prefix] ?? 0 { highest[id.prefix] = id.number }
    }

    /// Counts every id of `ids` as taken.
    mutating func take(_ ids: IDRunSet) {
        takenInBulk.append(ids)
        for (prefix, runs) in ids.runs {
            if let last = runs.last, last.upperBound > highest[prefix] ?? 0 { highest[prefix] = last.upperBound }
        }
    }

    /// Whether `id` is taken anywhere the allocator has looked.
    public func isTaken(_ id: ItemID) -> Bool {
        taken.contains(id) || takenInBulk.contains { $0.contains(id) }
    }

    /// Counts the id that starts `fileName` (`US-12-pay.md`, `US-12.md`) as
    /// taken; a name that starts with no id is ignored.
    public mutating func take(fileName: String) {
        var name = fileName
        if let id = name.withUTF8({ FileNameID.leadingID(ofUTF8: $0) }) { take(id) }
    }

    /// The highest number taken for `prefix`, if any.
    public func highestNumber(forPrefix prefix: String) -> Int? {
        highest[prefix]
    }

    /// The next free id for `prefix`: `PREFIX-1` when none is taken.
    public func next(forPrefix prefix: String) -> ItemID {
        ItemID(prefix: prefix, number: (highest[prefix] ?? 0) + 1)
    }

    /// An allocator that has seen every id in `backlog` (item ids and the
    /// ids starting its file names, since the two may differ) and, with a
    /// `repository`, every id starting a file name under the backlog root
    /// on any branch or in the index. With a `cache`, the trees it holds are
    /// not read, and it is rewritten when the branches' trees changed;
    /// without one, every tree is read.
    public static func collecting(
        from backlog: Backlog, repository: GitRepository?, cache: BranchIDCacheStore? = nil
    ) throws -> IDAllocator {
        var allocator = IDAllocator()
        var local = IDRunSet.Builder()
        // By index: copying each whole `ParsedFile` out of the array costs
        // more than the rest of the loop.
        for index in backlog.files.indices {
            if let id = fileNameID(of: backlog.files[index].path), !local.add(id) { allocator.take(id) }
            if let id = backlog.files[index].item?.id, !local.add(id) { allocator.take(id) }
        }
        try repository?.visitIndexFileNames(under: backlog.root) { name in
            if let id = FileNameID.leadingID(ofUTF8: name) { local.add(id) }
        }
        allocator.take(local.build())
        guard let repository else { return allocator }
        var scan = BranchIDScan(repository: repository, previous: cache?.read() ?? BranchIDCache())
        for ids in try scan.idsOnBranches(under: backlog.root) { allocator.take(ids) }
        if let cache, let kept = scan.cacheToWrite { cache.write(kept) }
        return allocator
    }

    /// The id that starts the file name of `path`, read from the path's
    /// bytes without making a string for the name.
    private static func fileNameID(of path: String) -> ItemID? {
        var path = path
        return path.withUTF8 { bytes in
            let nameStart = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            return FileNameID.leadingID(ofUTF8: UnsafeBufferPointer(rebasing: bytes[nameStart...]))
        }
    }
}
