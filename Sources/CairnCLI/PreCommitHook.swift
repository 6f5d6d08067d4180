import CairnGit
import Foundation

/// The git pre-commit hook that runs `cairn check --staged`: where it goes,
/// what it says, and writing it without ever clobbering another hook.
struct PreCommitHook {
    /// The line that runs Cairn from a hook of one's own.
    static let chainLine = "cairn check --staged || exit 1"

    /// The hook file: `pre-commit` in the folder `core.hooksPath` names
    /// (`~/` is the home folder; a relative path starts at the working
    /// tree's root, or the git directory of a bare repository, as for git),
    /// or in the repository's own hooks folder.
    static func location(in repository: GitRepository, environment: [String: String]) throws -> URL {
        guard let configured = try repository.configurationValue("core.hooksPath"), !configured.isEmpty else {
            return try repository.defaultHooksDirectory.appendingPathComponent("pre-commit")
        }
        let folder: URL
        if configured == "~" || configured.hasPrefix("~/"), let home = environment["HOME"] {
            folder = URL(fileURLWithPath: home).appendingPathComponent(String(configured.dropFirst(2)))
        } else if configured.hasPrefix("/") {
            folder = URL(fileURLWithPath: configured)
        } else {
            let base = try repository.workingDirectory ?? repository.defaultHooksDirectory.deletingLastPathComponent()
            folder = base.appendingPathComponent(configured)
        }
        return folder.standardizedFileURL.appendingPathComponent("pre-commit")
    }

    /// The script. It runs `executable` when given and still there, and
    /// otherwise the `cairn` on `PATH`.
    static func script(executable: URL?) -> String {
        let header = """
            #!/bin/sh
            # Installed by `cairn hooks install`: checks the backlog as staged, which is
            # exactly what this commit records, and stops the commit when it has errors.
            # Skip it once with `git commit --no-verify`.

            """
        guard let executable else { return header + "exec cairn check --staged\n" }
        return header + """
            installed=\(shellQuoted(executable.path))
            if [ -x "$installed" ]; then
                cairn=$installed
            elif ! cairn=$(command -v cairn); then
                echo "pre-commit: cairn is neither at $installed nor on PATH; install it, or skip this check with git commit --no-verify" >&2
                exit 1
            fi
            exec "$cairn" check --staged

            """
    }

    /// Why a hook could not be written.
    enum Failure: Error {
        /// A hook is there already and replacing it was not asked for.
        case exists
        /// The file system refused, with its reason.
        case io(String)
    }

    /// Writes `script` to `hook` with mode 0755, atomically: a temporary
    /// file in the same folder, then a rename over the old hook (`replacing`)
    /// or a hard link that fails if any hook, even a dangling symlink, is
    /// there. Creates the folder when needed.
    static func install(_ script: String, at hook: URL, replacing: Bool) throws(Failure) {
        let folder = hook.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(folder.path): \(error.localizedDescription)")
        }
        let temporary = folder.appendingPathComponent(".pre-commit.cairn-\(UUID().uuidString)").path
        defer { unlink(temporary) }
        try writeExecutable(script, at: temporary)
        if replacing {
            guard rename(temporary, hook.path) == 0 else { throw .io(systemError("cannot write \(hook.path)")) }
        } else if link(temporary, hook.path) != 0 {
            throw errno == EEXIST ? .exists : .io(systemError("cannot write \(hook.path)"))
        }
    }

    private static func writeExecutable(_ text: String, at path: String) throws(Failure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o700)
        guard descriptor >= 0 else { throw .io(systemError("cannot create \(path)")) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw .io(systemError("cannot write \(path)")) }
            written += count
        }
        // The umask must not take the hook's execute bits away.
        guard fchmod(descriptor, 0o755) == 0, fsync(descriptor) == 0 else {
            throw .io(systemError("cannot write \(path)"))
        }
    }

    private static func systemError(_ what: String) -> String {
        "\(what): \(String(cString: strerror(errno)))"
    }

    /// `text` in single quotes for `sh`, with single quotes inside escaped.
    private static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
