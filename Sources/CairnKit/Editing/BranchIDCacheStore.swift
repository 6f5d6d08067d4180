import CairnGit
import Foundation

/// The cache of the ids each git tree's file names take, for `cairn new`,
/// `cairn rename` and `cairn diff`, under the repository's git directory
/// (`.git/cairn/branch-ids`, in the common directory so that linked
/// worktrees share it), keyed by tree id, with the tree at the backlog root
/// in each branch tip keyed by commit id (see ``BranchIDCache``).
///
/// The file is a ``CacheFile`` (magic `CAIRNBI\0`): a count, then per tree
/// its 20-byte id, its subtrees' ids and, per prefix, its runs of numbers
/// (each as the gap after the previous run and its length); then the
/// backlog root and a count of commits, each with the id of the tree there.
/// A damaged file, one from another version of Cairn, or one whose entries
/// do not decode to valid runs, is ignored and rewritten: never trusted.
public struct BranchIDCacheStore: Sendable {
    /// The cache file.
    public var url: URL { file.url }
    private let file: CacheFile

    /// The cache kept in `gitDirectory` (the repository's common git
    /// directory) for this version of Cairn.
    public init(gitDirectory: URL, cairnVersion: String) {
        file = CacheFile(
            url: gitDirectory.appendingPathComponent("cairn/branch-ids"), magic: Self.magic,
            formatVersion: Self.formatVersion, cairnVersion: cairnVersion)
    }

    static let magic = Array("CAIRNBI\0".utf8)
    /// Raised whenever the encoding changes, or what a tree's ids are.
    static let formatVersion: UInt64 = 1

    /// The cache's entries, or none when there is no usable cache.
    func read() -> BranchIDCache {
        guard var reader = file.payload(key: 0) else { return BranchIDCache() }
        return (try? Self.decode(&reader)) ?? BranchIDCache()
    }

    private static func decode(_ reader: inout CacheBinaryReader) throws -> BranchIDCache {
        var cache = BranchIDCache()
        let count = try reader.count()
        cache.trees.reserveCapacity(count)
        for _ in 0..<count {
            let id = try hash(&reader)
            let subtrees = try reader.array(hash)
            cache.trees[id] = BranchIDCache.Tree(subtrees: subtrees, ids: try runSet(&reader))
        }
        cache.path = try reader.string()
        let commits = try reader.count()
        cache.rootTrees.reserveCapacity(commits)
        for _ in 0..<commits { cache.rootTrees[try hash(&reader)] = try hash(&reader) }
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
        file.write(key: 0) { writer in
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
        }
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
