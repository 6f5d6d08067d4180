internal import CGit2
import Foundation

/// An open git repository. Owns its libgit2 handle and frees it in `deinit`.
public final class GitRepository: @unchecked Sendable {
    // @unchecked: the handle is created once and only read afterwards; libgit2
    // allows a repository handle to be used from one thread at a time, and
    // Cairn never shares one across threads concurrently.
    let handle: OpaquePointer

    /// The working directory, or `nil` for a bare repository.
    public let workingDirectory: URL?

    /// Opens the repository that contains `directory`, searching upward as
    /// git does. Returns `nil` when `directory` is not inside a repository.
    ///
    /// The search does not climb into `ceilingDirectories`, which default to
    /// those in `GIT_CEILING_DIRECTORIES` as for git itself; libgit2's
    /// discovery reads no environment, so the variable is passed on here.
    public static func discover(containing directory: URL, ceilingDirectories: [URL]? = nil) throws -> GitRepository? {
        GitLibrary.ensureInitialized()
        let ceilings = (ceilingDirectories ?? environmentCeilings())
            .map { $0.resolvingSymlinksInPath().path }
            .joined(separator: ":")
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = git_repository_discover(&buffer, directory.path, 0, ceilings.isEmpty ? nil : ceilings)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_repository_discover")
        let gitDirectory = String(cString: buffer.ptr)
        return try GitRepository(path: gitDirectory)
    }

    /// The absolute folders listed in `GIT_CEILING_DIRECTORIES`.
    private static func environmentCeilings() -> [URL] {
        let value = ProcessInfo.processInfo.environment["GIT_CEILING_DIRECTORIES"] ?? ""
        return value.split(separator: ":").filter { $0.hasPrefix("/") }.map { URL(fileURLWithPath: String($0)) }
    }

    /// Opens the repository at `path` (a working directory or a `.git` folder).
    public init(path: String) throws {
        GitLibrary.ensureInitialized()
        var repository: OpaquePointer?
        try GitError.check(git_repository_open(&repository, path), "git_repository_open")
        guard let repository else { throw GitError(code: -1, message: "cannot open repository at \(path)") }
        handle = repository
        if let workdir = git_repository_workdir(repository) {
            workingDirectory = URL(fileURLWithPath: String(cString: workdir), isDirectory: true).standardizedFileURL
        } else {
            workingDirectory = nil
        }
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
