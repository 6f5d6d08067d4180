internal import CGit2

/// A folder's child as stored: its mode (`nil` for a folder) and object id
/// (`nil` for a folder of the index, which has no tree).
struct StoredNode {
    var mode: GitSnapshot.Mode?
    var id: git_oid?

    init(mode: GitSnapshot.Mode?, id: git_oid?) {
        self.mode = mode
        self.id = id
    }

    /// From a git file mode; `nil` for a mode git does not write.
    init?(mode rawMode: UInt32, id: git_oid) {
        switch rawMode {
        case 0o040000: self.init(mode: nil, id: id)
        case 0o100644, 0o100664: self.init(mode: .regular, id: id)
        case 0o100755: self.init(mode: .executable, id: id)
        case 0o120000: self.init(mode: .symlink, id: id)
        case 0o160000: self.init(mode: .submodule, id: id)
        default: return nil
        }
    }

    var isDirectory: Bool { mode == nil }
}

/// One child of a folder: its path from the repository root and what it is.
struct StoredChild {
    var path: String
    var node: StoredNode

    /// The last component of `path`.
    var name: Substring { path.lastPathComponent }
}

/// The children of one folder of a snapshot, in the order
/// ``GitSnapshot/children(of:)`` gives them: by name under `String`
/// ordering, a folder's name followed by `/`, each name once.
struct StoredFolder {
    /// The children in order.
    let children: [StoredChild]
    /// Each child's position by name, built on the first lookup.
    private var positions: [Substring: Int]?

    /// `children` as read (index or tree order, a later duplicate name
    /// replacing an earlier one) put in order. `isASCII` says that every
    /// name is ASCII, so that byte order is `String` order: then children
    /// already in order with unique names, as git writes every index and
    /// tree, are kept as they are, without sorting or hashing.
    init(reading children: [StoredChild], isASCII: Bool) {
        if isASCII, Self.isOrderedWithUniqueNames(children) {
            self.children = children
        } else {
            self.children = Self.ordered(children)
        }
    }

    /// The child named `name`, or `nil`.
    mutating func child(named name: Substring) -> StoredChild? {
        if positions == nil {
            var positions: [Substring: Int] = [:]
            positions.reserveCapacity(children.count)
            for (position, child) in children.enumerated() { positions[child.name] = position }
            self.positions = positions
        }
        return positions?[name].map { children[$0] }
    }

    /// Whether the names' bytes, a folder's followed by `/`, strictly
    /// increase, and no folder shares its name with a file.
    private static func isOrderedWithUniqueNames(_ children: [StoredChild]) -> Bool {
        for (earlier, later) in zip(children, children.dropFirst()) {
            // Two files of one folder compare as their whole paths do.
            let inOrder =
                earlier.node.isDirectory || later.node.isDirectory
                ? precedes(earlier, later) : earlier.path < later.path
            guard inOrder else { return false }
        }
        // In key order a file `x` and a folder `x/` are not neighbours
        // (`x.md` sorts between them): look each folder's name up as a file.
        for child in children where child.node.isDirectory {
            let probe = StoredChild(path: child.path, node: StoredNode(mode: .regular, id: nil))
            let position = firstPosition(in: children) { !precedes($0, probe) }
            if position < children.count, !children[position].node.isDirectory,
                children[position].name == child.name
            {
                return false
            }
        }
        return true
    }

    /// The first position in `children` whose child satisfies `isAtOrAfter`,
    /// which holds for every child after it.
    private static func firstPosition(in children: [StoredChild], where isAtOrAfter: (StoredChild) -> Bool) -> Int {
        var low = 0
        var high = children.count
        while low < high {
            let middle = (low + high) / 2
            if isAtOrAfter(children[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Whether `first`'s key bytes sort before `second`'s: its name's bytes,
    /// followed by `/` for a folder. Both are children of one folder, so
    /// their whole paths share everything before the names.
    private static func precedes(_ first: StoredChild, _ second: StoredChild) -> Bool {
        var left = KeyBytes(first)
        var right = KeyBytes(second)
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return false
            case (nil, _): return true
            case (_, nil): return false
            case (let leftByte?, let rightByte?) where leftByte != rightByte: return leftByte < rightByte
            default: continue
            }
        }
    }

    /// The general case: the last child of each name (names equal as
    /// `String`s, as a dictionary keyed by name would keep them), sorted
    /// by name under `String` ordering with `/` after a folder's name.
    private static func ordered(_ children: [StoredChild]) -> [StoredChild] {
        var lastByName: [Substring: Int] = [:]
        for (position, child) in children.enumerated() { lastByName[child.name] = position }
        let kept = children.enumerated().filter { lastByName[$0.element.name] == $0.offset }.map(\.element)
        let keyed = kept.map { (key: String($0.name) + ($0.node.isDirectory ? "/" : ""), child: $0) }
        return keyed.sorted { $0.key < $1.key }.map(\.child)
    }
}

/// The bytes a child sorts by: its whole path's, then `/` for a folder.
private struct KeyBytes: IteratorProtocol {
    var bytes: String.UTF8View.Iterator
    var slashPending: Bool

    init(_ child: StoredChild) {
        bytes = child.path.utf8.makeIterator()
        slashPending = child.node.isDirectory
    }

    mutating func next() -> UInt8? {
        if let byte = bytes.next() { return byte }
        guard slashPending else { return nil }
        slashPending = false
        return UInt8(ascii: "/")
    }
}

extension String {
    /// The UTF-8 offset of the last path component: just after the last
    /// `/`, or 0 without one. Native strings are searched as bytes.
    var lastPathComponentOffset: Int {
        let slash = UInt8(ascii: "/")
        if let offset = utf8.withContiguousStorageIfAvailable({ ($0.lastIndex(of: slash) ?? -1) + 1 }) {
            return offset
        }
        return utf8.lastIndex(of: slash).map { utf8.distance(from: utf8.startIndex, to: $0) + 1 } ?? 0
    }

    /// What follows the last `/`, or the whole string without one.
    var lastPathComponent: Substring {
        self[utf8.index(utf8.startIndex, offsetBy: lastPathComponentOffset)...]
    }
}
