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
        guard FileManager.default.fileExists(atPath: start.path, isDirectory: &isDirectory), isDirectory.boolValue else {
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

    public func contents(of path: String) throws -> [UInt8]? {
        let absolute = root.appendingPathComponent(path).path
        guard FileManager.default.fileExists(atPath: absolute) else {
            // A link whose target is gone is there, but cannot be read; saying
            // "no such file" would let a broken cairn.yml link go unnoticed.
            var info = stat()
            if lstat(absolute, &info) == 0 {
                throw SourceError.unreadable(path, reason: "the symbolic link is broken or loops")
            }
            return nil
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
