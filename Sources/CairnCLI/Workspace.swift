import CairnGit
import CairnKit
import Foundation

/// Where the repository and the backlog are, as the command line and the
/// current directory say, and the backlog loaded from there.
struct Workspace {
    /// The repository root, absolute, symlinks resolved.
    let repositoryRoot: URL
    /// The backlog root relative to the repository root, when `--root` gave
    /// one; otherwise the configuration decides.
    let backlogRoot: String?
    /// The current directory, symlinks resolved.
    let workingDirectory: URL

    /// Finds the repository containing the backlog root given with `--root`,
    /// or the current directory without it; outside git the current
    /// directory (or the `--root` directory, when it lies elsewhere) is the
    /// repository root.
    init(options: BacklogOptions, context: CommandContext) throws {
        workingDirectory = context.workingDirectory.resolvingSymlinksInPath().standardizedFileURL
        guard let root = options.root else {
            repositoryRoot = try Self.repositoryRoot(containing: workingDirectory) ?? workingDirectory
            backlogRoot = nil
            return
        }
        let absolute = Self.absolute(root, from: workingDirectory).resolvingSymlinksInPath().standardizedFileURL
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw CommandFailure.io("backlog directory \(root) does not exist")
        }
        let repository =
            try Self.repositoryRoot(containing: absolute)
            ?? (Self.relativePath(of: absolute, under: workingDirectory) != nil ? workingDirectory : absolute)
        repositoryRoot = repository
        backlogRoot = Self.relativePath(of: absolute, under: repository) ?? ""
    }

    /// Reads and parses the backlog.
    func load() throws -> Backlog {
        do {
            return try BacklogLoader().load(from: WorkingTreeSource(root: repositoryRoot), root: backlogRoot)
        } catch let error as SourceError {
            throw CommandFailure.io(error.description)
        }
    }

    /// `path` (relative to the current directory, or absolute) relative to
    /// the repository root; a usage failure when it does not exist or lies
    /// outside the repository.
    func repositoryPath(of path: String) throws -> String {
        let written = Self.absolute(path, from: workingDirectory).standardizedFileURL
        guard FileManager.default.fileExists(atPath: written.path) else {
            throw CommandFailure.usage("no such file or directory: \(path)")
        }
        // The repository root has its symlinks resolved; so must the path,
        // or /tmp/link/backlog would seem to lie outside /tmp/real.
        let absolute = written.resolvingSymlinksInPath()
        guard let relative = Self.relativePath(of: absolute, under: repositoryRoot) else {
            throw CommandFailure.usage("\(path) is outside the repository at \(repositoryRoot.path)")
        }
        return relative
    }

    private static func repositoryRoot(containing directory: URL) throws -> URL? {
        do {
            return try GitRepository.discover(containing: directory)?.workingDirectory?
                .resolvingSymlinksInPath().standardizedFileURL
        } catch {
            throw CommandFailure.io("cannot open the git repository containing \(directory.path): \(error)")
        }
    }

    private static func absolute(_ path: String, from directory: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    /// `url` relative to `base` with `/` separators (`""` for `base`
    /// itself), or `nil` when it lies outside.
    static func relativePath(of url: URL, under base: URL) -> String? {
        let components = url.standardizedFileURL.pathComponents
        let baseComponents = base.standardizedFileURL.pathComponents
        guard components.starts(with: baseComponents) else { return nil }
        return components.dropFirst(baseComponents.count).joined(separator: "/")
    }
}
