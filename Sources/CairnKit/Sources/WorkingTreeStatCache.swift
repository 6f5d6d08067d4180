import CairnGit
import Foundation

/// Cairn's record of the backlog files of one working tree: each file's
/// path, its `lstat` data and its git blob id, as a listing found them.
/// Kept in that working tree's own git directory (`.git/cairn/stat-cache`,
/// or `.git/worktrees/NAME/cairn/stat-cache` for a linked worktree), since
/// inodes and times belong to one checkout.
///
/// It answers what git's index answers (see ``WorkingTreeBlobIDs``) for the
/// backlog's files only, without the index's whole-file checksum; the
/// records are written in path order, so a sorted listing is matched in one
/// pass. The file is a ``CacheFile`` (magic `CAIRNST\0`): a damaged file,
/// or one from another version of Cairn, is ignored and rewritten.
public struct WorkingTreeStatCache: Sendable {
    /// One file as a listing found it.
    struct Record: Equatable, Sendable {
        var path: String
        var stat: GitFileStat
        var blobID: String
    }

    /// The cache's file.
    public var url: URL { file.url }
    private let file: CacheFile

    /// The record kept in `gitDirectory` (the working tree's own git
    /// directory) for this version of Cairn.
    public init(gitDirectory: URL, cairnVersion: String) {
        file = CacheFile(
            url: gitDirectory.appendingPathComponent("cairn/stat-cache"), magic: Array("CAIRNST\0".utf8),
            formatVersion: 1, cairnVersion: cairnVersion)
    }

    /// The records, in the order written; empty when the file is missing or
    /// damaged.
    func records() -> [Record] {
        guard var reader = file.payload(key: 0) else { return [] }
        do {
            let records = try reader.array { reader in
                Record(path: try reader.string(), stat: try reader.fileStat(), blobID: try reader.string())
            }
            return reader.isAtEnd ? records : []
        } catch {
            return []
        }
    }

    /// Replaces the records with `records`; errors are swallowed.
    func write(_ records: [Record]) {
        file.write(key: 0, payloadSize: records.count * 120) { payload in
            payload.array(records) { writer, record in
                writer.string(record.path)
                writer.fileStat(record.stat)
                writer.string(record.blobID)
            }
        }
    }
}

extension CacheBinaryWriter {
    fileprivate mutating func fileStat(_ stat: GitFileStat) {
        int(Int(stat.modifiedSeconds))
        int(Int(stat.modifiedNanoseconds))
        int(Int(stat.changedSeconds))
        int(Int(stat.changedNanoseconds))
        unsigned(stat.inode)
        int(Int(stat.size))
        unsigned(UInt64(stat.mode))
        unsigned(UInt64(stat.userID))
        unsigned(UInt64(stat.groupID))
    }
}

extension CacheBinaryReader {
    fileprivate mutating func fileStat() throws -> GitFileStat {
        GitFileStat(
            modifiedSeconds: Int64(try int()), modifiedNanoseconds: Int64(try int()),
            changedSeconds: Int64(try int()), changedNanoseconds: Int64(try int()), inode: try unsigned(),
            size: Int64(try int()), mode: try narrow(try unsigned()), userID: try narrow(try unsigned()),
            groupID: try narrow(try unsigned()))
    }

    private func narrow(_ value: UInt64) throws -> UInt32 {
        guard let narrowed = UInt32(exactly: value) else { throw CacheFormatError.malformed }
        return narrowed
    }
}
