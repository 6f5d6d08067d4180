internal import CGit2
import Foundation

/// An open git repository. Owns its libgit2 handle and frees it in `deinit`.
public final class GitRepository: @unchecked Sendable {
    // @unchecked: the handle is created once and only read afterwards; libgit2
    // allows a repository handle to be used from one thread at a time, and
    // Cairn never shares one across threads concurrently.
    private let handle: OpaquePointer

    /// The working directory, or `nil` for a bare repository.
    public let workingDirectory: URL?

    /// Opens the repository that contains `directory`, searching upward as
    /// git does. Returns `nil` when `directory` is not inside a repository.
    public static func discover(containing directory: URL) throws -> GitRepository? {
        GitLibrary.ensureInitialized()
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        let code = git_repository_discover(&buffer, directory.path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_repository_discover")
        let gitDirectory = String(cString: buffer.ptr)
        return try GitRepository(path: gitDirectory)
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
