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
    /// `root`'s path, computed once: joining strings is far cheaper than
    /// appending a component to a URL for every file read.
    private let rootPath: String

    public init(root: URL, blobIDs: WorkingTreeBlobIDs? = nil) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
        self.blobIDs = blobIDs
        self.rootPath = self.root.path
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
        if !walker.isInPathOrder {
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
    /// A file that does not exist gives `nil`.
    ///
    /// One `open` that refuses to follow a final symbolic link and never
    /// blocks (a named pipe opens at once), then `fstat` on the descriptor:
    /// the common case, a regular file, costs one path lookup.
    public func contents(of path: String) throws -> [UInt8]? {
        let absolute = rootPath + "/" + path
        let descriptor = open(absolute, Self.openFlags | O_NOFOLLOW)
        if descriptor >= 0 { return try readOpened(descriptor, path: path) }
        let openError = errno
        switch openError {
        case ENOENT, ENOTDIR: return nil
        case ELOOP: return try contentsThroughLink(absolute, path: path)
        default: return try contentsAfterFailedOpen(absolute, path: path, error: openError)
        }
    }

    /// The flags of every open: read only, never blocking on a named pipe,
    /// never becoming the controlling terminal, closed on `exec`.
    private static let openFlags = O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC

    /// The final component of `absolute` is a symbolic link (or the path
    /// loops): followed when its target lies inside the repository.
    private func contentsThroughLink(_ absolute: String, path: String) throws -> [UInt8]? {
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFLNK else {
            throw SourceError.unreadable(path, reason: String(cString: strerror(ELOOP)))
        }
        let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard target.isWithin(rootPath) else {
            throw SourceError.unreadable(
                path, reason: "it links to \(target), outside the repository, and is not followed")
        }
        let descriptor = open(absolute, Self.openFlags)
        if descriptor >= 0 { return try readOpened(descriptor, path: path) }
        let openError = errno
        guard stat(absolute, &info) == 0 else {
            throw SourceError.unreadable(path, reason: "the symbolic link is broken or loops")
        }
        throw failure(path, info, openError)
    }

    /// `open` failed for another reason than a missing file or a link.
    private func contentsAfterFailedOpen(_ absolute: String, path: String, error: Int32) throws -> [UInt8]? {
        var info = stat()
        guard lstat(absolute, &info) == 0 else { return nil }
        throw failure(path, info, error)
    }

    /// Why a file that exists could not be opened: a socket named `*.md` is
    /// not a regular file; anything else (no permission) is told in the
    /// system's words.
    private func failure(_ path: String, _ info: stat, _ error: Int32) -> SourceError {
        guard info.st_mode & S_IFMT == S_IFREG else {
            return SourceError.unreadable(path, reason: "it is not a regular file")
        }
        return SourceError.unreadable(path, reason: String(cString: strerror(error)))
    }

    /// Reads the whole file behind `descriptor`, which it closes; anything
    /// that is not a regular file (a folder, a named pipe) is refused.
    private func readOpened(_ descriptor: Int32, path: String) throws -> [UInt8] {
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            throw SourceError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw SourceError.unreadable(path, reason: "it is not a regular file")
        }
        return try FileDescriptorReader(descriptor: descriptor, path: path).readAll(expectedSize: Int(info.st_size))
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
