internal import CGit2
import Foundation

extension GitRepository {
    /// The value of the configuration variable `key` (such as
    /// `core.hooksPath`) as git would read it for this repository — its
    /// own config over the global and system ones — or `nil` when unset.
    public func configurationValue(_ key: String) throws -> String? {
        access.lock()
        defer { access.unlock() }
        var configuration: OpaquePointer?
        try GitError.check(git_repository_config_snapshot(&configuration, handle), "git_repository_config_snapshot")
        defer { git_config_free(configuration) }
        var value: UnsafePointer<CChar>?
        let code = git_config_get_string(&value, configuration, key)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_config_get_string")
        return value.map { String(cString: $0) }
    }

    /// The folder git keeps hooks in when `core.hooksPath` is unset: `hooks`
    /// in the common git directory, shared by every linked worktree.
    public var defaultHooksDirectory: URL {
        get throws {
            access.lock()
            defer { access.unlock() }
            var buffer = git_buf()
            defer { git_buf_dispose(&buffer) }
            try GitError.check(
                git_repository_item_path(&buffer, handle, GIT_REPOSITORY_ITEM_HOOKS), "git_repository_item_path")
            return URL(fileURLWithPath: String(cString: buffer.ptr), isDirectory: true).standardizedFileURL
        }
    }
}
