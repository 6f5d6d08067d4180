/// What `lstat` says about a working-tree file, in the fields git's index
/// records: enough to tell, as git does, that a file has not changed since
/// git last hashed it.
public struct GitFileStat: Hashable, Sendable {
    public var modifiedSeconds: Int64
    public var modifiedNanoseconds: Int64
    public var changedSeconds: Int64
    public var changedNanoseconds: Int64
    public var inode: UInt64
    public var size: Int64
    /// `st_mode`: file type and permission bits.
    public var mode: UInt32
    public var userID: UInt32
    public var groupID: UInt32

    public init(
        modifiedSeconds: Int64, modifiedNanoseconds: Int64, changedSeconds: Int64, changedNanoseconds: Int64,
        inode: UInt64, size: Int64, mode: UInt32, userID: UInt32, groupID: UInt32
    ) {
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.changedSeconds = changedSeconds
        self.changedNanoseconds = changedNanoseconds
        self.inode = inode
        self.size = size
        self.mode = mode
        self.userID = userID
        self.groupID = groupID
    }
}

/// The stat data of the index's stage-0 entries, for telling a working-tree
/// file's blob id without reading it.
///
/// An entry answers only when everything git compares matches — modification
/// and change times to the nanosecond, inode, size, owner and the
/// executable bit of a regular file — and the entry is not racily clean:
/// a file modified at or after the moment the index was written may have
/// changed again within the same timestamp, so it must be hashed.
public struct GitIndexStatData: Sendable {
    struct Entry: Sendable {
        var blobID: String
        var stat: GitFileStat
    }

    private let entries: [String: Entry]
    /// When the index file was written, seconds and nanoseconds.
    private let indexWritten: (seconds: Int64, nanoseconds: Int64)

    init(entries: [String: Entry], indexWritten: (seconds: Int64, nanoseconds: Int64)) {
        self.entries = entries
        self.indexWritten = indexWritten
    }

    /// The blob id the index holds for `path` (relative to the working
    /// tree), when `stat` (from `lstat`) shows the file unchanged since git
    /// hashed it; `nil` when it may have changed and must be read.
    public func blobID(of path: String, ifUnchanged stat: GitFileStat) -> String? {
        guard let entry = entries[path] else { return nil }
        let recorded = entry.stat
        let regularFile: UInt32 = 0o100000
        guard stat.mode & 0o170000 == regularFile, recorded.mode & 0o170000 == regularFile,
            stat.mode & 0o100 == recorded.mode & 0o100,
            stat.modifiedSeconds == recorded.modifiedSeconds,
            stat.modifiedNanoseconds == recorded.modifiedNanoseconds,
            stat.changedSeconds == recorded.changedSeconds, stat.changedNanoseconds == recorded.changedNanoseconds,
            stat.inode & 0xFFFF_FFFF == recorded.inode, stat.size & 0xFFFF_FFFF == recorded.size,
            stat.userID == recorded.userID, stat.groupID == recorded.groupID,
            !isRacilyClean(recorded)
        else { return nil }
        return entry.blobID
    }

    /// Whether the file was modified no earlier than the index was written.
    private func isRacilyClean(_ stat: GitFileStat) -> Bool {
        (stat.modifiedSeconds, stat.modifiedNanoseconds) >= indexWritten
    }
}
