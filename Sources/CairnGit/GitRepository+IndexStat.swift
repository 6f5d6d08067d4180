internal import CGit2
import Foundation

extension GitRepository {
    /// The git directory shared by all worktrees of the repository
    /// (`.git` of the main worktree), where caches for every worktree live.
    public var commonDirectory: URL {
        URL(fileURLWithPath: String(cString: git_repository_commondir(handle)), isDirectory: true)
    }

    /// The git directory of this working tree: `.git` of the main worktree,
    /// `.git/worktrees/NAME` of a linked one, where per-checkout state lives.
    public var gitDirectory: URL {
        URL(fileURLWithPath: String(cString: git_repository_path(handle)), isDirectory: true)
    }

    /// The index's stat data for its stage-0 entries, read from disk now;
    /// `nil` when the repository has no index file (nothing staged yet) or
    /// it cannot be read.
    public func indexStatData() -> GitIndexStatData? {
        access.lock()
        defer { access.unlock() }
        guard let index = try? libgit2Index() else { return nil }
        defer { git_index_free(index) }
        guard git_index_read(index, 0) == 0, let pathPointer = git_index_path(index) else { return nil }
        var info = stat()
        guard lstat(pathPointer, &info) == 0 else { return nil }
        var entries: [String: GitIndexStatData.Entry] = [:]
        let count = git_index_entrycount(index)
        entries.reserveCapacity(count)
        for position in 0..<count {
            guard let entry = git_index_get_byindex(index, position)?.pointee, let path = entry.path,
                entry.flags & UInt16(GIT_INDEX_ENTRY_STAGEMASK) == 0,
                entry.flags_extended & UInt16(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue) == 0
            else { continue }
            let stat = GitFileStat(
                modifiedSeconds: Int64(entry.mtime.seconds), modifiedNanoseconds: Int64(entry.mtime.nanoseconds),
                changedSeconds: Int64(entry.ctime.seconds), changedNanoseconds: Int64(entry.ctime.nanoseconds),
                inode: UInt64(entry.ino), size: Int64(entry.file_size), mode: entry.mode, userID: entry.uid,
                groupID: entry.gid)
            entries[String(cString: path)] = GitIndexStatData.Entry(blobID: GitSnapshot.hex(entry.id), stat: stat)
        }
        return GitIndexStatData(
            entries: entries,
            indexWritten: (Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)))
    }
}

/// Git's blob ids for bytes.
public enum GitBlobHasher {
    /// The id git gives a blob of `bytes`: the SHA-1 of `blob <length>\0`
    /// followed by the bytes, as 40 hexadecimal digits.
    public static func blobID(of bytes: [UInt8]) -> String? {
        GitLibrary.ensureInitialized()
        var id = git_oid()
        let code = bytes.withUnsafeBytes { buffer in
            git_odb_hash(&id, buffer.baseAddress, buffer.count, GIT_OBJECT_BLOB)
        }
        return code == 0 ? GitSnapshot.hex(id) : nil
    }
}
