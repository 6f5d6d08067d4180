import CairnGit
import Foundation

/// The cache of the ids each git tree's file names take, for `cairn new`,
/// `cairn rename` and `cairn diff`, under the repository's git directory
/// (`.git/cairn/branch-ids`, in the common directory so that linked
/// worktrees share it), keyed by tree id, with the tree at the backlog root
/// in each branch tip keyed by commit id (see ``BranchIDCache``).
///
/// Layout: the magic `CAIRNBI\0`; the format version; Cairn's version; the
/// payload's length and checksum; the payload — a count, then per tree its
/// 20-byte id, its subtrees' ids and, per prefix, its runs of numbers (each
/// as the gap after the previous run and its length); then the backlog root
/// and a count of commits, each with the id of the tree there. A file whose magic,
/// format version or Cairn version differs, whose payload is short, long or
/// fails the checksum, or whose entries do not decode to valid runs, is
/// ignored and rewritten: never trusted. Writes replace the file
/// atomically; a failure to write is ignored, as the cache only saves time.
public struct BranchIDCacheStore: Sendable {
    /// The cache file.
    public let url: URL
    /// The Cairn version that writes the cache; a cache from another one is stale.
    public let cairnVersion: String

    /// The cache kept in `gitDirectory` (the repository's common git
    /// directory) for this version of Cairn.
    public init(gitDirectory: URL, cairnVersion: String) {
        url = gitDirectory.appendingPathComponent("cairn/branch-ids")
        self.cairnVersion = cairnVersion
    }

    static let magic = Array("CAIRNBI\0".utf8)
    /// Raised whenever the encoding changes, or what a tree's ids are.
    static let formatVersion: UInt64 = 1

    /// The cache's entries, or none when there is no usable cache.
    func read() -> BranchIDCache {
        // A regular file only: a device or a pipe in its place could be read forever.
        var info = stat()
        guard stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, let data = try? Data(contentsOf: url)
        else { return BranchIDCache() }
        return (try? decode([UInt8](data))) ?? BranchIDCache()
    }

    private func decode(_ bytes: [UInt8]) throws -> BranchIDCache {
        var reader = CacheBinaryReader(bytes)
        guard try reader.raw(Self.magic.count).elementsEqual(Self.magic), try reader.unsigned() == Self.formatVersion,
            try reader.string() == cairnVersion
        else { return BranchIDCache() }
        let length = try reader.fixed()
        let checksum = try reader.fixed()
        guard length == UInt64(bytes.count - reader.offset), CacheChecksum.of(bytes[reader.offset...]) == checksum
        else { return BranchIDCache() }
        var cache = BranchIDCache()
        let count = try reader.count()
        cache.trees.reserveCapacity(count)
        for _ in 0..<count {
            let id = try Self.hash(&reader)
            let subtrees = try reader.array(Self.hash)
            cache.trees[id] = BranchIDCache.Tree(subtrees: subtrees, ids: try Self.runSet(&reader))
        }
        cache.path = try reader.string()
        let commits = try reader.count()
        cache.rootTrees.reserveCapacity(commits)
        for _ in 0..<commits { cache.rootTrees[try Self.hash(&reader)] = try Self.hash(&reader) }
        guard reader.isAtEnd else { throw CacheFormatError.malformed }
        return cache
    }

    private static func hash(_ reader: inout CacheBinaryReader) throws -> GitObjectHash {
        guard let hash = GitObjectHash(bytes: try reader.raw(GitObjectHash.byteCount)) else {
            throw CacheFormatError.truncated
        }
        return hash
    }

    private static func runSet(_ reader: inout CacheBinaryReader) throws -> IDRunSet {
        var runs: [String: [ClosedRange<Int>]] = [:]
        for _ in 0..<(try reader.count()) {
            let prefix = try reader.string()
            var prefixRuns: [ClosedRange<Int>] = []
            var next: UInt64 = 0
            for _ in 0..<(try reader.count()) {
                let (lower, gapOverflow) = next.addingReportingOverflow(try reader.unsigned())
                let (upper, lengthOverflow) = lower.addingReportingOverflow(try reader.unsigned())
                guard !gapOverflow, !lengthOverflow, upper <= UInt64(IDRunSet.maximumNumber) else {
                    throw CacheFormatError.malformed
                }
                prefixRuns.append(Int(lower)...Int(upper))
                next = upper + 2
            }
            guard runs.updateValue(prefixRuns, forKey: prefix) == nil else { throw CacheFormatError.malformed }
        }
        guard let set = IDRunSet(validating: runs) else { throw CacheFormatError.malformed }
        return set
    }

    /// Replaces the cache with `cache`; errors are swallowed.
    func write(_ cache: BranchIDCache) {
        var writer = CacheBinaryWriter()
        writer.raw(Self.magic)
        writer.unsigned(Self.formatVersion)
        writer.string(cairnVersion)
        let lengthOffset = writer.bytes.count
        writer.fixed(0)
        writer.fixed(0)
        let payloadStart = writer.bytes.count
        writer.unsigned(UInt64(cache.trees.count))
        for (id, tree) in cache.trees {
            writer.raw(id.bytes)
            writer.array(tree.subtrees) { writer, subtree in writer.raw(subtree.bytes) }
            Self.write(tree.ids, to: &writer)
        }
        writer.string(cache.path)
        writer.unsigned(UInt64(cache.rootTrees.count))
        for (commit, tree) in cache.rootTrees {
            writer.raw(commit.bytes)
            writer.raw(tree.bytes)
        }
        writer.patchFixed(UInt64(writer.bytes.count - payloadStart), at: lengthOffset)
        writer.patchFixed(CacheChecksum.of(writer.bytes[payloadStart...]), at: lengthOffset + 8)
        try? AtomicFileWriter.write(writer.bytes, to: url)
    }

    /// Each run as the gap from the number after the previous run's end
    /// plus one (runs are never adjacent) and its length less one: small
    /// numbers, so one or two bytes each.
    private static func write(_ set: IDRunSet, to writer: inout CacheBinaryWriter) {
        writer.unsigned(UInt64(set.runs.count))
        for (prefix, runs) in set.runs.sorted(by: { $0.key < $1.key }) {
            writer.string(prefix)
            writer.unsigned(UInt64(runs.count))
            var next = 0
            for run in runs {
                writer.unsigned(UInt64(run.lowerBound - next))
                writer.unsigned(UInt64(run.upperBound - run.lowerBound))
                next = run.upperBound + 2
            }
        }
    }
}
