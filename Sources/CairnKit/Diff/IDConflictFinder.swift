/// Finds ids that two lines of history each took for a different item since
/// they parted — the classic collision of two branches that both created
/// `US-42` — and suggests a free id for the head side's item.
public enum IDConflictFinder {
    /// The ids that `base` and `head` both added since `mergeBase`, for
    /// files that differ in path or text. Suggestions come from `ids`, which
    /// should have seen every id on every branch; each suggestion is taken
    /// so that two conflicts never get the same one.
    public static func conflicts(base: Backlog, head: Backlog, mergeBase: Backlog, ids: IDAllocator) -> [IDConflict] {
        let baseFiles = firstFiles(base, excluding: mergeBase)
        let headFiles = firstFiles(head, excluding: mergeBase)
        var allocator = ids
        for item in base.graph.items { allocator.take(item.id) }
        for item in head.graph.items { allocator.take(item.id) }
        var conflicts: [IDConflict] = []
        for (id, old) in baseFiles.sorted(by: { $0.key < $1.key }) {
            guard let new = headFiles[id], !sameFile(old.file, in: base, new.file, in: head) else { continue }
            let suggested = allocator.next(forPrefix: id.prefix)
            allocator.take(suggested)
            conflicts.append(
                IDConflict(id: id, base: DiffItem(old.item), head: DiffItem(new.item), suggestedID: suggested))
        }
        return conflicts
    }

    /// The first file defining each id that `backlog` has and `mergeBase` has not.
    private static func firstFiles(_ backlog: Backlog, excluding mergeBase: Backlog) -> [ItemID: (
        file: ParsedFile, item: Item
    )] {
        var files: [ItemID: (file: ParsedFile, item: Item)] = [:]
        for file in backlog.files {
            guard let item = file.item, files[item.id] == nil, mergeBase.graph.node(item.id) == nil else { continue }
            files[item.id] = (file, item)
        }
        return files
    }

    private static func sameFile(_ old: ParsedFile, in base: Backlog, _ new: ParsedFile, in head: Backlog) -> Bool {
        old.path == new.path && ItemText.same(old, in: base, new, in: head)
    }
}
