internal import CGit2
import Foundation

/// The files of one state of a repository as git stores them — the index or
/// the tree of a commit — read from the object database without touching
/// the working tree.
///
/// Paths are relative to the repository root with `/` separators; `""` is
/// the root. Each folder is listed once: the index is read whole when the
/// snapshot is made, a commit's folders the first time a path goes through
/// them, so that reading every file of a large folder never parses its tree
/// again (libgit2 does not cache trees over 4 KiB).
public final class GitSnapshot: @unchecked Sendable {
    // @unchecked: `folders` only changes, and libgit2 is only called, while
    // holding the repository's `access` lock.

    /// What a file entry is, as its git mode says.
    public enum Mode: Hashable, Sendable {
        /// A regular file (mode 100644).
        case regular
        /// An executable file (mode 100755).
        case executable
        /// A symbolic link (mode 120000); its blob holds the link's target.
        case symlink
        /// A submodule (mode 160000): a commit of another repository, not a file here.
        case submodule
    }

    /// One file, symbolic link or submodule.
    public struct Entry: Hashable, Sendable {
        /// The path relative to the repository root.
        public var path: String
        public var mode: Mode
        /// The object id in hexadecimal: a blob's, or for a submodule its commit's.
        public var id: String

        public init(path: String, mode: Mode, id: String) {
            self.path = path
            self.mode = mode
            self.id = id
        }
    }

    /// What a path holds.
    public enum Node: Hashable, Sendable {
        /// A folder (a tree, or in the index a common path prefix).
        case directory(path: String)
        /// A file, symbolic link or submodule.
        case entry(Entry)

        /// The path relative to the repository root.
        public var path: String {
            switch self {
            case .directory(let path): return path
            case .entry(let entry): return entry.path
            }
        }

        /// The last component of the path: the name in its folder.
        public var name: Substring { path.lastPathComponent }
    }

    /// What the snapshot shows, for messages: `the index` or the revision
    /// as written (`HEAD~1`).
    public let name: String
    /// The full id of the commit, or `nil` for the index.
    public let commitID: String?

    private let repository: GitRepository
    /// The folders read so far, by path.
    private var folders: [String: StoredFolder]

    init(repository: GitRepository, name: String, commitID: String?, folders: [String: StoredFolder]) {
        self.repository = repository
        self.name = name
        self.commitID = commitID
        self.folders = folders
    }

    /// What `path` holds, or `nil` when nothing is there. Does not follow
    /// symbolic links.
    public func node(at path: String) throws -> Node? {
        try locked {
            if path.isEmpty { return .directory(path: "") }
            let (parent, name) = Self.split(path)
            guard try storedFolder(at: parent) != nil, let child = folders[parent]?.child(named: name[...]) else {
                return nil
            }
            return Self.node(child)
        }
    }

    /// The folders and entries directly inside `directory`, or `nil` when
    /// `directory` is not a folder. They come in the order their paths, and
    /// the paths below them, sort: by name, a folder's name followed by the
    /// `/` that precedes its entries' names. Walking folders in this order
    /// meets every path in sorted order.
    public func children(of directory: String) throws -> [Node]? {
        try locked { try storedFolder(at: directory)?.children.map(Self.node) }
    }

    /// Every entry below `directory` (at any depth), sorted by path; empty
    /// when `directory` is not a folder.
    public func entries(under directory: String) throws -> [Entry] {
        var entries: [Entry] = []
        var pending = [directory]
        while let folder = pending.popLast() {
            for node in try children(of: folder) ?? [] {
                switch node {
                case .directory(let path): pending.append(path)
                case .entry(let entry): entries.append(entry)
                }
            }
        }
        return entries.sorted { $0.path < $1.path }
    }

    /// The bytes of `entry`'s blob: a file's contents, or a symbolic link's
    /// target. Throws for a submodule, which has no blob here.
    public func contents(of entry: Entry) throws -> [UInt8] {
        guard entry.mode != .submodule else {
            throw GitError(code: -1, message: "\(entry.path) is a submodule, not a file")
        }
        var oid = git_oid()
        try GitError.check(git_oid_fromstrn(&oid, entry.id, entry.id.utf8.count), "git_oid_fromstrn")
        return try locked {
            var blob: OpaquePointer?
            try GitError.check(git_blob_lookup(&blob, repository.handle, &oid), "git_blob_lookup")
            defer { git_blob_free(blob) }
            let size = Int(git_blob_rawsize(blob))
            guard size > 0, let bytes = git_blob_rawcontent(blob) else { return [] }
            return Array(UnsafeRawBufferPointer(start: bytes, count: size))
        }
    }

    // MARK: - Folders

    /// A folder, reading its tree the first time. Call with the lock held.
    private func storedFolder(at directory: String) throws -> StoredFolder? {
        if let known = folders[directory] { return known }
        guard !directory.isEmpty else { return nil }
        let (parent, name) = Self.split(directory)
        guard try storedFolder(at: parent) != nil, let child = folders[parent]?.child(named: name[...]),
            child.node.isDirectory, var treeID = child.node.id
        else { return nil }
        var tree: OpaquePointer?
        try GitError.check(git_tree_lookup(&tree, repository.handle, &treeID), "git_tree_lookup")
        defer { git_tree_free(tree) }
        let folder = Self.folder(of: tree, at: directory)
        folders[directory] = folder
        return folder
    }

    /// The folder at `directory` whose tree is `tree`; entries of an
    /// unknown mode are left out.
    static func folder(of tree: OpaquePointer?, at directory: String) -> StoredFolder {
        var children: [StoredChild] = []
        var isASCII = true
        let count = git_tree_entrycount(tree)
        children.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_tree_entry_byindex(tree, position), let namePointer = git_tree_entry_name(entry),
                let id = git_tree_entry_id(entry),
                let stored = StoredNode(mode: UInt32(git_tree_entry_filemode(entry).rawValue), id: id.pointee)
            else { continue }
            let name = String(cString: namePointer)
            if isASCII, name.utf8.contains(where: { $0 >= 0x80 }) { isASCII = false }
            children.append(StoredChild(path: directory.isEmpty ? name : directory + "/" + name, node: stored))
        }
        return StoredFolder(reading: children, isASCII: isASCII)
    }

    private static func node(_ child: StoredChild) -> Node {
        guard let mode = child.node.mode else { return .directory(path: child.path) }
        return .entry(Entry(path: child.path, mode: mode, id: child.node.id.map(hex) ?? ""))
    }

    /// `a/b/c` → (`a/b`, `c`); `c` → (`""`, `c`).
    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }

    /// `id` in lower-case hexadecimal, as git spells object ids.
    static func hex(_ id: git_oid) -> String {
        withUnsafeBytes(of: id.id) { bytes in
            String(unsafeUninitializedCapacity: bytes.count * 2) { text in
                for (position, byte) in bytes.enumerated() {
                    text[2 * position] = hexDigit(byte >> 4)
                    text[2 * position + 1] = hexDigit(byte & 0x0F)
                }
                return bytes.count * 2
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private func locked<T>(_ body: () throws -> T) rethrows -> T {
        repository.access.lock()
        defer { repository.access.unlock() }
        return try body()
    }
}
