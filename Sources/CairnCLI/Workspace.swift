import CairnGit
import CairnKit
import Foundation

/// Where the repository and the backlog are, as the command line, the
/// current directory and git's environment say, where the backlog is read
/// from (the working tree, the index or a commit), and the backlog loaded
/// from there.
struct Workspace {
    /// The repository root, absolute, symlinks resolved.
    let repositoryRoot: URL
    /// The backlog root relative to the repository root, when `--root` gave
    /// one; otherwise the configuration decides.
    let backlogRoot: String?
    /// The current directory, symlinks resolved.
    let workingDirectory: URL
    /// Where the backlog's bytes come from.
    let source: any BacklogSource
    /// The index or commit read, as messages name it (`the index`,
    /// `HEAD~1`); `nil` for the working tree.
    let snapshotName: String?
    /// The git repository, opened as git's environment says; `nil` outside git.
    let repository: GitRepository?
    /// The parse cache to read and write; `nil` outside git and with `--no-cache`.
    let cache: ParseCacheStore?
    /// Where `cairn check` keeps its results; `nil` outside git and with `--no-cache`.
    let checkResults: CheckResultStore?
    /// The cache of the ids on branches' trees, for id allocation; `nil`
    /// outside git and with `--no-cache`.
    let branchIDCache: BranchIDCacheStore?
    /// Keeps every backlog loaded until the process exits, when there is one.
    let exitRetainer: ExitRetainer?

    /// Finds the repository containing the backlog root given with `--root`,
    /// or the current directory without it (or the one git's environment
    /// names, as in a hook); outside git the current directory (or the
    /// `--root` directory, when it lies elsewhere) is the repository root.
    init(options: BacklogOptions, origin: BacklogOrigin = .workingTree, context: CommandContext) throws {
        let current = context.workingDirectory.resolvingSymlinksInPath().standardizedFileURL
        workingDirectory = current
        exitRetainer = context.exitRetainer
        let environment = GitEnvironment(context.environment, currentDirectory: current)
        let readsSnapshot = origin != .workingTree
        var start = current
        var rootDirectory: URL?
        if let root = options.root {
            let absolute = Self.resolvingExistingPrefix(of: Self.absolute(root, from: current))
            var isDirectory: ObjCBool = false
            let onDisk = FileManager.default.fileExists(atPath: absolute.path, isDirectory: &isDirectory)
            // A snapshot may hold a backlog the working tree no longer has.
            guard (onDisk && isDirectory.boolValue) || (readsSnapshot && !onDisk) else {
                throw CommandFailure.io("backlog directory \(root) does not exist")
            }
            if onDisk { start = absolute }
            rootDirectory = absolute
        }
        let repository = try Self.repository(containing: start, environment: environment)
        self.repository = repository
        let root =
            repository?.workingDirectory?.resolvingSymlinksInPath().standardizedFileURL
            ?? rootDirectory.map { Self.relativePath(of: $0, under: current) != nil ? current : $0 }
            ?? current
        repositoryRoot = root
        backlogRoot = rootDirectory.map { Self.relativePath(of: $0, under: root) ?? "" }
        cache =
            options.noCache
            ? nil
            : repository.map {
                ParseCacheStore(gitDirectory: $0.commonDirectory, cairnVersion: CairnCommand.version)
            }
        checkResults =
            options.noCache
            ? nil
            : repository.map {
                CheckResultStore(gitDirectory: $0.commonDirectory, cairnVersion: CairnCommand.version)
            }
        branchIDCache =
            options.noCache
            ? nil
            : repository.map {
                BranchIDCacheStore(gitDirectory: $0.commonDirectory, cairnVersion: CairnCommand.version)
            }
        (source, snapshotName) = try Self.source(
            origin, repository: repository, repositoryRoot: root, start: start, readsIndexStat: cache != nil)
    }

    /// Reads and parses the backlog.
    func load() throws -> Backlog {
        try load(from: source)
    }

    /// Reads and parses the backlog from `source` (another snapshot of the
    /// same repository), with the same backlog root.
    func load(from source: any BacklogSource) throws -> Backlog {
        do {
            let backlog = try BacklogLoader().load(from: source, root: backlogRoot, cache: cache)
            exitRetainer?.keep(backlog)
            return backlog
        } catch let error as SourceError {
            throw CommandFailure.io(error.description)
        }
    }

    /// Checks the backlog with `checker`, reporting on `scopes`, through the
    /// parse cache and the stored check results (see ``CheckRunner``).
    func check(with checker: BacklogChecker, scopes: [String]) throws -> CheckRunner.Outcome {
        do {
            let runner = CheckRunner(checker: checker, parseCache: cache, results: checkResults)
            let outcome = try runner.check(source, root: backlogRoot, scopes: scopes)
            exitRetainer?.keep(outcome)
            return outcome
        } catch let error as SourceError {
            throw CommandFailure.io(error.description)
        }
    }

    /// `path` (relative to the current directory, or absolute) relative to
    /// the repository root; a usage failure when it lies outside the
    /// repository or does not exist where the backlog is read from — so a
    /// file deleted from the working tree but still staged is accepted with
    /// `--staged`.
    func repositoryPath(of path: String) throws -> String {
        let written = Self.absolute(path, from: workingDirectory).standardizedFileURL
        let onDisk = FileManager.default.fileExists(atPath: written.path)
        guard onDisk || snapshotName != nil else {
            throw CommandFailure.usage("no such file or directory: \(path)")
        }
        // The repository root has its symlinks resolved; so must the path,
        // or /tmp/link/backlog would seem to lie outside /tmp/real.
        let absolute = Self.resolvingExistingPrefix(of: written)
        guard let relative = Self.relativePath(of: absolute, under: repositoryRoot) else {
            throw CommandFailure.usage("\(path) is outside the repository at \(repositoryRoot.path)")
        }
        if let snapshotName, !source.exists(relative) {
            throw CommandFailure.usage("no such file or directory in \(snapshotName): \(path)")
        }
        return relative
    }

    private static func repository(containing directory: URL, environment: GitEnvironment) throws -> GitRepository? {
        do {
            return try GitRepository.discover(containing: directory, environment: environment)
        } catch {
            throw CommandFailure.io("cannot open the git repository containing \(directory.path): \(error)")
        }
    }

    /// The working tree, or the index or commit `origin` names, with the
    /// name messages give it. With `readsIndexStat`, the working tree knows
    /// the blob ids of the files Cairn or git has seen unchanged.
    private static func source(
        _ origin: BacklogOrigin, repository: GitRepository?, repositoryRoot: URL, start: URL, readsIndexStat: Bool
    ) throws -> (any BacklogSource, String?) {
        if origin == .workingTree {
            let blobIDs = readsIndexStat ? repository.map(Self.blobIDs(in:)) : nil
            return (WorkingTreeSource(root: repositoryRoot, blobIDs: blobIDs), nil)
        }
        let option = origin == .index ? "--staged" : "--rev"
        guard let repository else {
            throw CommandFailure.usage(
                "\(option) reads from git, but \(start.path) is not inside a git repository")
        }
        let snapshot: GitSnapshot
        do {
            switch origin {
            case .workingTree, .index: snapshot = try repository.indexSnapshot()
            case .commit(let revision): snapshot = try repository.snapshot(of: revision)
            }
        } catch let error as GitError {
            throw origin == .index ? CommandFailure.io(error.message) : CommandFailure.usage(error.message)
        }
        return (GitSnapshotSource(snapshot: snapshot, workingTree: repository.workingDirectory), snapshot.name)
    }

    /// The blob ids of unchanged working-tree files, from Cairn's record of
    /// the working tree (see ``WorkingTreeStatCache``) and git's index.
    private static func blobIDs(in repository: GitRepository) -> WorkingTreeBlobIDs {
        WorkingTreeBlobIDs(
            statCache: WorkingTreeStatCache(gitDirectory: repository.gitDirectory, cairnVersion: CairnCommand.version),
            gitIndex: { repository.indexStatData() })
    }

    private static func absolute(_ path: String, from directory: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    /// `url` with the symbolic links of its longest existing prefix
    /// resolved, the rest (which need not exist) appended as written.
    static func resolvingExistingPrefix(of url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        return rest.reduce(existing.resolvingSymlinksInPath()) { $0.appendingPathComponent($1) }
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
