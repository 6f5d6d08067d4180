/// Which item on the base side is which on the head side.
///
/// Items pair by id; when a side holds an id twice, the files at the same
/// path pair first. Of the rest, a removed and an added item with the same
/// kind, title and body are one item under a new id, and so are a removed
/// and an added item in the same file. A removed item whose file is still
/// there but defines no item any more is broken, not removed. A conflicting id (one
/// both sides took for different items) on both sides pairs with nothing
/// and is neither added nor removed: it is reported as a conflict.
struct ItemPairing {
    /// A file that defines an item, with the item.
    typealias Entry = (file: ParsedFile, item: Item)

    private(set) var pairs: [(base: Entry, head: Entry)] = []
    private(set) var added: [Item] = []
    private(set) var removed: [Item] = []
    /// Items whose file the head side still has, but which no longer parse.
    private(set) var broken: [Item] = []

    private let base: Backlog
    private let head: Backlog

    init(base: Backlog, head: Backlog, conflicting: Set<ItemID>) {
        self.base = base
        self.head = head
        let baseFiles = Self.filesByID(base)
        let headFiles = Self.filesByID(head)
        var unpairedBase: [Entry] = []
        var unpairedHead: [Entry] = []
        for (id, oldEntries) in baseFiles {
            guard let newEntries = headFiles[id] else {
                unpairedBase += oldEntries
                continue
            }
            if conflicting.contains(id) { continue }
            let samePath = Set(oldEntries.map(\.file.path)).intersection(newEntries.map(\.file.path))
            let newAtPath = Dictionary(newEntries.map { ($0.file.path, $0) }, uniquingKeysWith: { first, _ in first })
            for old in oldEntries where samePath.contains(old.file.path) {
                if let new = newAtPath[old.file.path] { pair(old, new) }
            }
            let oldRest = oldEntries.filter { !samePath.contains($0.file.path) }
            let newRest = newEntries.filter { !samePath.contains($0.file.path) }
            for (old, new) in zip(oldRest, newRest) { pair(old, new) }
            unpairedBase += oldRest.dropFirst(newRest.count)
            unpairedHead += newRest.dropFirst(oldRest.count)
        }
        for (id, newEntries) in headFiles where baseFiles[id] == nil { unpairedHead += newEntries }
        pairByContent(unpairedBase, with: unpairedHead)
    }

    /// Removed and added items with the same kind, title and body, each
    /// unique on its side, are one item under a new id.
    private mutating func pairByContent(_ oldEntries: [Entry], with newEntries: [Entry]) {
        func signatures(_ entries: [Entry], in backlog: Backlog) -> [String: [Entry]] {
            Dictionary(grouping: entries) { entry in
                let body = ItemText(of: entry.file, in: backlog)?.body ?? ""
                return "\(entry.item.kind)\u{0}\(entry.item.title ?? "")\u{0}\(body)"
            }
        }
        let newBySignature = signatures(newEntries, in: head)
        var pairedOld = Set<String>()
        var pairedNew = Set<String>()
        for (signature, old) in signatures(oldEntries, in: base) {
            guard old.count == 1, let new = newBySignature[signature], new.count == 1 else { continue }
            pair(old[0], new[0])
            pairedOld.insert(old[0].file.path)
            pairedNew.insert(new[0].file.path)
        }
        let unpairedNew = Dictionary(
            newEntries.filter { !pairedNew.contains($0.file.path) }.map { ($0.file.path, $0) },
            uniquingKeysWith: { first, _ in first })
        for old in oldEntries where !pairedOld.contains(old.file.path) {
            if let new = unpairedNew[old.file.path] {
                pair(old, new)
                pairedOld.insert(old.file.path)
                pairedNew.insert(new.file.path)
            } else if let file = head.file(at: old.file.path), file.item == nil {
                broken.append(old.item)
                pairedOld.insert(old.file.path)
            }
        }
        removed = oldEntries.filter { !pairedOld.contains($0.file.path) }.map(\.item)
        added = newEntries.filter { !pairedNew.contains($0.file.path) }.map(\.item)
    }

    private mutating func pair(_ old: Entry, _ new: Entry) {
        pairs.append((old, new))
    }

    /// The files that define an item, by the item's id, in path order.
    private static func filesByID(_ backlog: Backlog) -> [ItemID: [Entry]] {
        var entries: [ItemID: [Entry]] = [:]
        for file in backlog.files {
            if let item = file.item { entries[item.id, default: []].append((file, item)) }
        }
        return entries
    }
}
