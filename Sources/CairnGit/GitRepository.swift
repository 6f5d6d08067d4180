internal import CGit2
import Foundation

/// An open git repository. Owns its libgit2 handle and frees it in `deinit`.
public final class GitRepository: @unchecked Sendable {
    // @unchecked: libgit2 allows a repository handle to be used from one
    // thread at a time. The reads that may run while the backlog is parsed —
    // snapshot blobs and trees, configuration values — hold `access`. Commits,
    // identities and the branch walk of id allocation run once per command on
    // the command's own thread, before or after any parsing, and do not.
    let handle: OpaquePointer
    /// Serialises the libgit2 calls on `handle` that may overlap: snapshot
    /// reads and configuration lookups.
    let access = NSLock()
    /// The index file `GIT_INDEX_FILE` named, or `nil` for the git
    /// directory's own; set once, while the repository is opened.
    private var indexFileOverride: String?
    /// Whether libgit2 has yet to be given `indexFileOverride`: opening an
    /// index reads all of it, which ``indexSnapshot()`` does not need
    /// libgit2 for. Guarded by `indexAdoption`.
    private var indexFilePending = false
    private let indexAdoption = NSLock()

    /// The working directory, or `nil` for a bare repository.
    public var workingDirectory: URL? {
        guard let workdir = git_repository_workdir(handle) else { return nil }
        return URL(fileURLWithPath: String(cString: workdir), isDirectory: true).standardizedFileURL
    }

    /// Opens the repository that contains `directory`, searching upward as
    /// git does, or the one `environment` names; returns `nil` when
    /// `directory` is not inside a repository and the environment names none.
    ///
    /// As for git: `GIT_DIR` opens that repository without searching (and
    /// throws when it is none), `GIT_WORK_TREE` sets the working tree, and
    /// with `GIT_DIR` alone the environment's current directory is the
    /// working tree unless `core.worktree` says otherwise or the repository
    /// is bare. `GIT_INDEX_FILE` replaces the index. The search does not climb
    /// into `ceilingDirectories`, which default to the environment's
    /// `GIT_CEILING_DIRECTORIES`, nor cross file systems unless
    /// `GIT_DISCOVERY_ACROSS_FILESYSTEM` allows it.
    public static func discover(
        containing directory: URL, environment: GitEnvironment = .process(), ceilingDirectories: [URL]? = nil
    ) throws -> GitRepository? {
        GitLibrary.ensureInitialized()
        let repository: GitRepository
        if let gitDirectory = environment.gitDirectory {
            repository = try GitRepository(gitDirectory: gitDirectory)
        } else {
            let ceilings = ceilingDirectories ?? environment.ceilingDirectories
            guard
                let gitDirectory = try search(
                    from: directory, ceilings: ceilings, acrossFileSystems: environment.discoversAcrossFileSystems)
            else { return nil }
            repository = try GitRepository(path: gitDirectory)
        }
        try repository.adopt(environment)
        return repository
    }

    /// The git directory of the repository containing `directory`, or `nil`.
    private static func search(from directory: URL, ceilings: [URL], acrossFileSystems: Bool) throws -> String? {
        let ceilingList = ceilings.map { $0.resolvingSymlinksInPath().path }.joined(separator: ":")
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = git_repository_discover(
            &buffer, directory.path, acrossFileSystems ? 1 : 0, ceilingList.isEmpty ? nil : ceilingList)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_repository_discover")
        return String(cString: buffer.ptr)
    }

    /// Opens exactly the git directory (or `.git` file) `GIT_DIR` names.
    private convenience init(gitDirectory: URL) throws {
        var repository: OpaquePointer?
        let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_NO_DOTGIT.rawValue
        let code = git_repository_open_ext(&repository, gitDirectory.path, flags, nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw GitError(code: code, message: "GIT_DIR=\(gitDirectory.path) is not a git repository")
        }
        try GitError.check(code, "git_repository_open_ext")
        guard let repository else {
            throw GitError(code: -1, message: "cannot open repository at \(gitDirectory.path)")
        }
        self.init(handle: repository)
    }

    /// Applies the working tree and index the environment chooses.
    private func adopt(_ environment: GitEnvironment) throws {
        if let workTree = environment.workTree {
            try GitError.check(git_repository_set_workdir(handle, workTree.path, 0), "git_repository_set_workdir")
        } else if environment.gitDirectory != nil, git_repository_is_bare(handle) == 0,
            try configurationValue("core.worktree") == nil
        {
            try GitError.check(
                git_repository_set_workdir(handle, environment.currentDirectory.path, 0), "git_repository_set_workdir")
        }
        if let indexFile = environment.indexFile {
            indexFileOverride = indexFile.path
            indexFilePending = true
        }
    }

    /// The path of the index file: the one `GIT_INDEX_FILE` named, or
    /// `index` in the git directory.
    var indexFilePath: String {
        indexFileOverride ?? String(cString: git_repository_path(handle)) + "index"
    }

    /// libgit2's index of the repository, a reference the caller frees;
    /// the file `GIT_INDEX_FILE` named is opened the first time.
    func libgit2Index() throws -> OpaquePointer {
        indexAdoption.lock()
        defer { indexAdoption.unlock() }
        if indexFilePending, let indexFileOverride {
            var index: OpaquePointer?
            try GitError.check(git_index_open(&index, indexFileOverride), "git_index_open")
            defer { git_index_free(index) }
            try GitError.check(git_repository_set_index(handle, index), "git_repository_set_index")
            indexFilePending = false
        }
        var index: OpaquePointer?
        try GitError.check(git_repository_index(&index, handle), "git_repository_index")
        guard let index else { throw GitError(code: -1, message: "git_repository_index returned nothing") }
        return index
    }

    /// Opens the repository at `path` (a working directory or a `.git` folder).
    public convenience init(path: String) throws {
        GitLibrary.ensureInitialized()
        var repository: OpaquePointer?
        try GitError.check(git_repository_open(&repository, path), "git_repository_open")
        guard let repository else { throw GitError(code: -1, message: "cannot open repository at \(path)") }
        self.init(handle: repository)
    }

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        git_repository_free(handle)
    }
}

/// libgit2's process-wide initialisation, done once.
enum GitLibrary {
    private static let initialization: Void = {
        _ = git_libgit2_init()
    }()

    static func ensureInitialized() {
        _ = initialization
    }
}
