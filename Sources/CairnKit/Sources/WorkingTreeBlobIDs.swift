import CairnGit
import Foundation

/// Tells the git blob ids of listed working-tree files: from their `lstat`
/// data and Cairn's own record of the files it listed before
/// (``WorkingTreeStatCache``); for the files that record does not vouch
/// for, by hashing them when they are few, else from git's index as
/// `git status` does, then by hashing the settled files the index cannot
/// vouch for either.
///
/// Git's index holds every file of the repository and is checksummed whole
/// when read, a tenth of a check whose result is stored at 10,000 files.
/// The record holds the backlog's files only and is read in one pass over
/// the sorted listing.
///
/// A file enters the record only once it has *settled*: its change and
/// modification times lie at least ``settlingSeconds`` before the listing
/// began. Any later write to it sets its change time (which no program can
/// set back) to at least the start of that later listing minus the
/// kernel's timestamp granularity, far less than the settling time, so its
/// `lstat` data can no longer match the record; a file written in the same
/// timestamp tick as it was listed never enters the record. This is git's
/// racy-clean rule, with a margin instead of the index's own write time.
public struct WorkingTreeBlobIDs: Sendable {
    /// Cairn's record of the files, or `nil` to ask git's index only.
    let statCache: WorkingTreeStatCache?
    /// Reads git's index; called at most once per listing, and only when the
    /// record does not vouch for every file.
    let gitIndex: @Sendable () -> GitIndexStatData?

    /// When a listing starts, as file times are compared: seconds and
    /// nanoseconds since 1970.
    let clock: @Sendable () -> FileTime

    /// Seconds and nanoseconds since 1970.
    typealias FileTime = (seconds: Int64, nanoseconds: Int64)

    /// How long before a listing, in seconds, a file must have last changed
    /// to enter the record.
    static let settlingSeconds: Int64 = 2

    /// Resolves blob ids through `statCache`, when given, and `gitIndex`.
    public init(statCache: WorkingTreeStatCache?, gitIndex: @escaping @Sendable () -> GitIndexStatData?) {
        self.init(statCache: statCache, gitIndex: gitIndex, clock: Self.now)
    }

    /// Resolves blob ids as listings starting at the times `clock` tells.
    init(
        statCache: WorkingTreeStatCache?, gitIndex: @escaping @Sendable () -> GitIndexStatData?,
        clock: @escaping @Sendable () -> FileTime
    ) {
        self.statCache = statCache
        self.gitIndex = gitIndex
        self.clock = clock
    }

    /// The system's real-time clock.
    private static func now() -> FileTime {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return (Int64(time.tv_sec), Int64(time.tv_nsec))
    }

    /// Reading git's index costs about as much as reading and hashing one
    /// file in this many: when the record misses fewer files than that, as
    /// after editing a few, they are hashed instead.
    static let filesPerIndexRead = 16
    /// Files larger than this are left to git's index and the loader.
    static let largestHashedFile: Int64 = 1 << 20

    /// Sets the blob id of each of `entries` (sorted by path) whose `stats`
    /// entry — the file's own `lstat`, `nil` for a file reached through a
    /// link — shows it unchanged since its id was known. The few files the
    /// record misses are read with `read` and hashed; when it misses more,
    /// git's index answers first, and the settled files it cannot vouch
    /// for (racily clean, or never added) are hashed, on all cores, so that
    /// the record holds them from now on. Then, when a settled file was
    /// learned or the record holds files no longer listed as they are,
    /// rewrites the record.
    func resolve(
        _ entries: inout [SourceEntry], stats: [GitFileStat?], listedAt: FileTime,
        read: @Sendable (String) -> [UInt8]?
    ) {
        let recorded = statCache?.records() ?? []
        var matched = 0
        var unresolved: [Int] = []
        var next = 0
        for position in entries.indices {
            guard let stat = stats[position] else { continue }
            let path = entries[position].path
            while next < recorded.count, recorded[next].path < path { next += 1 }
            if next < recorded.count, recorded[next].path == path, recorded[next].stat == stat {
                entries[position].blobID = recorded[next].blobID
                matched += 1
                next += 1
            } else {
                unresolved.append(position)
            }
        }
        let settledBefore = (listedAt.seconds - Self.settlingSeconds, listedAt.nanoseconds)
        let hashesEach = unresolved.count * Self.filesPerIndexRead <= entries.count
        let index = unresolved.isEmpty || hashesEach ? nil : gitIndex()
        var learned = false
        var toHash: [(position: Int, path: String)] = []
        for position in unresolved {
            guard let stat = stats[position] else { continue }
            let path = entries[position].path
            if let blobID = index?.blobID(of: path, ifUnchanged: stat) {
                entries[position].blobID = blobID
                learned = learned || stat.hasSettled(before: settledBefore)
            } else if stat.size <= Self.largestHashedFile, hashesEach || stat.hasSettled(before: settledBefore) {
                toHash.append((position, path))
            }
        }
        let hashed = ParallelMap.map(toHash) { file in read(file.path).flatMap(GitBlobHasher.blobID(of:)) }
        for (file, blobID) in zip(toHash, hashed) {
            guard let blobID, let stat = stats[file.position] else { continue }
            entries[file.position].blobID = blobID
            learned = learned || stat.hasSettled(before: settledBefore)
        }
        guard let statCache, learned || matched != recorded.count else { return }
        let records = entries.indices.compactMap { position -> WorkingTreeStatCache.Record? in
            guard let stat = stats[position], let blobID = entries[position].blobID,
                stat.hasSettled(before: settledBefore)
            else { return nil }
            return WorkingTreeStatCache.Record(path: entries[position].path, stat: stat, blobID: blobID)
        }
        statCache.write(records)
    }
}

extension GitFileStat {
    /// Whether the file last changed, and was last modified, before `time`.
    fileprivate func hasSettled(before time: (Int64, Int64)) -> Bool {
        (changedSeconds, changedNanoseconds) < time && (modifiedSeconds, modifiedNanoseconds) < time
    }
}
