internal import CGit2
import Foundation

/// The configuration files git reads for a repository, found through an
/// environment as git finds them.
///
/// libgit2 locates the global files from `HOME` once, when the library is
/// initialised, and reads neither `GIT_CONFIG_GLOBAL`, `GIT_CONFIG_SYSTEM` nor
/// `GIT_CONFIG_NOSYSTEM`; building the stack here from an explicit
/// environment honours those variables and keeps tests independent of the
/// user running them. Not read: `GIT_CONFIG_PARAMETERS`/`GIT_CONFIG_COUNT`
/// (`git -c` passed on to child processes) and `config.worktree`, which
/// libgit2 1.5 does not read either.
struct GitConfigurationFiles {
    /// A file and the precedence level libgit2 gives it.
    struct File {
        var path: String
        var level: git_config_level_t
    }

    /// The files in rising precedence: system, XDG, global, repository.
    var files: [File]

    /// - Parameters:
    ///   - repositoryConfig: the repository's own `config` file.
    ///   - environment: the variables git would see.
    init(repositoryConfig: String, environment: [String: String]) {
        var files: [File] = []
        if let system = Self.systemFile(environment) {
            files.append(File(path: system, level: GIT_CONFIG_LEVEL_SYSTEM))
        }
        if let global = environment["GIT_CONFIG_GLOBAL"] {
            files.append(File(path: global, level: GIT_CONFIG_LEVEL_GLOBAL))
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 }
            let xdgHome =
                environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home.map { "\($0)/.config" }
            if let xdgHome {
                files.append(File(path: "\(xdgHome)/git/config", level: GIT_CONFIG_LEVEL_XDG))
            }
            if let home {
                files.append(File(path: "\(home)/.gitconfig", level: GIT_CONFIG_LEVEL_GLOBAL))
            }
        }
        files.append(File(path: repositoryConfig, level: GIT_CONFIG_LEVEL_LOCAL))
        self.files = files
    }

    /// `GIT_CONFIG_SYSTEM`, or libgit2's system file, unless `GIT_CONFIG_NOSYSTEM` is true.
    private static func systemFile(_ environment: [String: String]) -> String? {
        if let skip = environment["GIT_CONFIG_NOSYSTEM"], isTrue(skip) { return nil }
        if let system = environment["GIT_CONFIG_SYSTEM"] { return system }
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_config_find_system(&buffer) == 0, let path = buffer.ptr else { return nil }
        return String(cString: path)
    }

    /// git's reading of a boolean environment variable.
    private static func isTrue(_ value: String) -> Bool {
        switch value.lowercased() {
        case "", "0", "false", "no", "off": return false
        default: return true
        }
    }
}

extension GitRepository {
    /// The values of `keys` in the configuration git would read with
    /// `environment`; keys that no file sets are absent. The repository's
    /// `includeIf` conditions are evaluated against this repository.
    func configurationValues(_ keys: [String], environment: [String: String]) throws -> [String: String] {
        var itemPath = git_buf()
        defer { git_buf_dispose(&itemPath) }
        try GitError.check(
            git_repository_item_path(&itemPath, handle, GIT_REPOSITORY_ITEM_CONFIG), "git_repository_item_path")
        let stack = GitConfigurationFiles(repositoryConfig: String(cString: itemPath.ptr), environment: environment)

        var config: OpaquePointer?
        try GitError.check(git_config_new(&config), "git_config_new")
        defer { git_config_free(config) }
        for file in stack.files where FileManager.default.fileExists(atPath: file.path) {
            try GitError.check(
                git_config_add_file_ondisk(config, file.path, file.level, handle, 0), "git_config_add_file_ondisk")
        }
        var values: [String: String] = [:]
        for key in keys {
            var value = git_buf()
            defer { git_buf_dispose(&value) }
            let code = git_config_get_string_buf(&value, config, key)
            if code == GIT_ENOTFOUND.rawValue { continue }
            try GitError.check(code, "git_config_get_string_buf")
            values[key] = String(cString: value.ptr)
        }
        return values
    }
}
