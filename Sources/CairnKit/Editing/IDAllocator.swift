import CairnGit

/// Hands out the next free id for a prefix: one more than the highest
/// number taken for it anywhere Cairn can see.
///
/// Sequential ids collide when two branches each take "the highest plus
/// one" of what they alone see. ``collecting(from:repository:)`` therefore
/// counts, besides the loaded backlog, every id that starts a file name
/// under the backlog root in `HEAD`, every local and remote-tracking branch
/// and the index — names read from git trees, never file contents.
public struct IDAllocator: Sendable {
    /// The highest number taken, by prefix.
    private var highest: [String: Int] = [:]
    /// Every id taken.
    private var taken: Set<ItemID> = []

    /// An allocator that has seen no id.
    public init() {}

    /// Counts `id` as taken.
    public mutating func take(_ id: ItemID) {
        taken.insert(id)
        if id.number > highest[id.prefix] ?? 0 { highest[id.prefix] = id.number }
    }

    /// Whether `id` is taken anywhere the allocator has looked.
    public func isTaken(_ id: ItemID) -> Bool {
        taken.contains(id)
    }

    /// Counts the id that starts `fileName` (`US-12-pay.md`, `US-12.md`) as
    /// taken; a name that starts with no id is ignored.
    public mutating func take(fileName: String) {
        if let leading = FileNameID.leadingID(of: Substring(fileName)) { take(leading.id) }
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
    /// on any branch or in the index.
    public static func collecting(from backlog: Backlog, repository: GitRepository?) throws -> IDAllocator {
        var allocator = IDAllocator()
        for file in backlog.files {
            allocator.take(fileName: String(FileNameID.fileName(of: file.path)))
            if let id = file.item?.id { allocator.take(id) }
        }
        try repository?.visitFileNameBytesOnAllBranches(under: backlog.root) { name in
            if let id = FileNameID.leadingID(ofUTF8: name) { allocator.take(id) }
        }
        return allocator
    }
}
