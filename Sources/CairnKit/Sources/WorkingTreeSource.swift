import Foundation

/// Reads the backlog from files on disk under a repository root.
///
/// Symbolic links are followed only while they stay inside the repository;
/// one that leaves it becomes an entry with a problem, never a silent skip.
public struct WorkingTreeSource: BacklogSource {
    /// The repository root, absolute and with symlinks resolved.
    public let root: URL

    public init(root: URL) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
    }

    public func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        let start = directory.isEmpty ? root : root.appendingPathComponent(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw SourceError.missingDirectory(start.path)
        }
        let target = start.resolvingSymlinksInPath().path
        guard target == root.path || target.hasPrefix(root.path + "/") else {
            return [SourceEntry(path: directory, problem: .symlinkOutsideRepository(target: target))]
        }
        var walker = DirectoryWalker(repositoryRoot: root.path, backlogPrefix: directory, ignore: ignore)
        walker.walk(absolute: start.path, relative: directory)
        return walker.entries.sorted { $0.path < $1.path }
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
            guard target == root.path || target.hasPrefix(root.path + "/") else {
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
        guard let handle = FileHandle(forReadingAtPath: absolute) else {
            throw SourceError.unreadable(path, reason: String(cString: strerror(errno)))
        }
        defer { try? handle.close() }
        do {
            return Array(try handle.readToEnd() ?? Data())
        } catch {
            throw SourceError.unreadable(path, reason: error.localizedDescription)
        }
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
