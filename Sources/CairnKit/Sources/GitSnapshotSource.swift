import CairnGit
import Foundation

/// Reads the backlog from a git snapshot — the index (what is staged) or a
/// commit's tree — without touching the working tree.
///
/// It lists, reads and reports exactly as ``WorkingTreeSource`` would for a
/// working tree holding the same files: symbolic links (mode 120000) are
/// followed within the snapshot, one leaving the repository is reported as
/// such, and submodules are not files.
public struct GitSnapshotSource: BacklogSource {
    /// The index or commit read.
    public let snapshot: GitSnapshot
    private let resolver: SnapshotPathResolver

    /// Reads `snapshot`; `workingTree` (the repository's root, if it has
    /// one) places absolute link targets, as in the working tree.
    public init(snapshot: GitSnapshot, workingTree: URL?) {
        self.snapshot = snapshot
        resolver = SnapshotPathResolver(
            snapshot: snapshot, root: workingTree?.resolvingSymlinksInPath().standardizedFileURL)
    }

    public func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        let missing = SourceError.missingDirectory("\(directory.isEmpty ? "." : directory) in \(snapshot.name)")
        let start: String
        do {
            switch try resolver.resolve(directory) {
            case .inside(let path, .directory?):
                start = path
            case .outside(let target):
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory), isDirectory.boolValue
                else { throw missing }
                return [SourceEntry(path: directory, problem: .symlinkOutsideRepository(target: target))]
            default:
                throw missing
            }
        } catch let error as GitError {
            throw SourceError.unreadable(directory, reason: error.message)
        }
        var walker = SnapshotWalker(resolver: resolver, backlogPrefix: directory, ignore: ignore)
        walker.walk(real: start, relative: directory)
        // The walk meets paths in order (see `GitSnapshot.children(of:)`),
        // except under a symbolic link to a folder, whose entries follow the
        // link's own name.
        let entries = walker.entries
        return entries.isSortedByPath ? entries : entries.sorted { $0.path < $1.path }
    }

    /// Reads a file's blob. A symbolic link is followed only to a target
    /// inside the repository; a link leaving it, a dangling link, a folder
    /// and a submodule cannot be read.
    public func contents(of path: String) throws -> [UInt8]? {
        do {
            let (parent, name) = Self.split(path)
            let folder: String
            switch try resolver.resolve(parent) {
            case .inside(let resolved, .directory?):
                folder = resolved
            case .outside(let target):
                throw SourceError.unreadable(
                    path, reason: "it lies under \(target), outside the repository, and is not read")
            default:
                return nil
            }
            let lexical = folder.isEmpty ? name : folder + "/" + name
            guard var node = try snapshot.node(at: lexical) else { return nil }
            if case .entry(let link) = node, link.mode == .symlink {
                switch try resolver.resolve(lexical) {
                case .outside(let target) where resolver.leadsSomewhere(target):
                    throw SourceError.unreadable(
                        path, reason: "it links to \(target), outside the repository, and is not followed")
                case .outside, .loop, .inside(_, nil):
                    throw SourceError.unreadable(path, reason: "the symbolic link is broken or loops")
                case .inside(_, let target?):
                    node = target
                }
            }
            guard case .entry(let entry) = node, entry.mode == .regular || entry.mode == .executable else {
                let what = node.isSubmodule ? "a submodule" : "not a regular file"
                throw SourceError.unreadable(path, reason: "it is \(what)")
            }
            return try snapshot.contents(of: entry)
        } catch let error as GitError {
            throw SourceError.unreadable(path, reason: error.message)
        }
    }

    /// Whether a file, folder or submodule is at `path`, links followed.
    public func exists(_ path: String) -> Bool {
        switch try? resolver.resolve(path) {
        case .inside(_, _?): return true
        case .outside(let target): return FileManager.default.fileExists(atPath: target)
        default: return false
        }
    }

    private static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[..<slash]), String(path[path.index(after: slash)...]))
    }
}

extension GitSnapshot.Node {
    fileprivate var isSubmodule: Bool {
        if case .entry(let entry) = self { return entry.mode == .submodule }
        return false
    }
}
