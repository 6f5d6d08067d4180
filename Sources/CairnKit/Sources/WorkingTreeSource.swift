import CairnGit
import Foundation

/// Reads the backlog from files on disk under a repository root.
///
/// Symbolic links are followed only while they stay inside the repository;
/// one that leaves it becomes an entry with a problem, never a silent skip.
public struct WorkingTreeSource: BacklogSource {
    /// The repository root, absolute and with symlinks resolved.
    public let root: URL
    /// Tells the blob ids of files unchanged since they were last hashed;
    /// `nil` outside git or when blob ids are not wanted.
    public let blobIDs: WorkingTreeBlobIDs?

    public init(root: URL, blobIDs: WorkingTreeBlobIDs? = nil) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
        self.blobIDs = blobIDs
    }

    public func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        let start = directory.isEmpty ? root : root.appendingPathComponent(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw SourceError.missingDirectory(start.path)
        }
        let target = start.resolvingSymlinksInPath().path
        guard target.isWithin(root.path) else {
            return [SourceEntry(path: directory, problem: .symlinkOutsideRepository(target: target))]
        }
        let listedAt = blobIDs?.clock()
        var walker = DirectoryWalker(repositoryRoot: root.path, backlogPrefix: directory, ignore: ignore)
        walker.walk(absolute: start.path, relative: directory)
        var entries = walker.entries
        var stats = walker.stats
        // The walk lists paths in order, except that a folder it cannot
        // enter (unreadable, or a link leaving the repository) is listed by
        // its own path where its entries would have been.
        if zip(entries, entries.dropFirst()).contains(where: { $0.path > $1.path }) {
            let order = entries.indices.sorted { entries[$0].path < entries[$1].path }
            (entries, stats) = (order.map { entries[$0] }, order.map { stats[$0] })
        }
        if let blobIDs, let listedAt {
            blobIDs.resolve(&entries, stats: stats, listedAt: listedAt) { try? contents(of: $0) }
        }
        return entries
    }

    /// Reads a regular file. A symbolic link is followed only to a target
    /// inside the repository; a link leaving it, a broken link, and anything
    /// that is not a regular file (a folder, a named pipe) cannot be read.
    public func contents(of path: String) throws -> [UInt8]? {
        let absolute = root.appendingPathComponent(path).path
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return nil }
        if info.st_mode & S_IFMT == S_IFLNK {
            let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
            guard target.isWithin(root.path) else {
                throw SourceError.unreadable(
                    path, reason: "it links to \(target), outside the repository, and is not followed")
            }
            guard stat(absolute, &info) == 0 else {
                throw SourceError.unreadable(path, reason: "the symbolic link is broken or loops")
            }
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw SourceError.unreadable(path, reason: "it is not a regular file")
        }
        return try readRegularFile(absolute, path: path, size: Int(info.st_size))
    }

    /// Reads a whole file with POSIX calls straight into a buffer of its size,
    /// without the extra copies of `FileHandle` and `Data`; grows the buffer
    /// if the file grew since `stat`.
    private func readRegularFile(_ absolute: String, path: String, size: Int) throws -> [UInt8] {
        let descriptor = open(absolute, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw SourceError.unreadable(path, reason: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let count = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return read(descriptor, base + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SourceError.unreadable(path, reason: String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }
}

/// Why a source could not list or read.
public enum SourceError: Error, CustomStringConvertible, Sendable {
    case missingDirectory(String)
    case unreadable(String, reason: String)

    public var description: String {
        switch self {
        case .missingDirectory(let path): return "backlog directory \(path) does not exist"
        case .unreadable(let path, let reason): return "cannot read \(path): \(reason)"
        }
    }
}

extension String {
    /// Whether this absolute path is `root` itself or lies below it.
    func isWithin(_ root: String) -> Bool {
        self == root || hasPrefix(root + "/")
    }
}
