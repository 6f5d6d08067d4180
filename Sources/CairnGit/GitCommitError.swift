/// Why a commit could not be made. Every case except
/// ``referenceNotUpdated(reference:commit:detail:)`` leaves the index and
/// HEAD as they were (at most, unreachable objects were written, which git
/// prunes in time).
public enum GitCommitError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No name or no email address is configured for `role`.
    case identityUnknown(role: GitIdentityRole, missingName: Bool, missingEmail: Bool)
    /// The configured name or address is one git cannot record (angle brackets, only whitespace).
    case invalidIdentity(role: GitIdentityRole, detail: String)
    /// `GIT_AUTHOR_DATE` or `GIT_COMMITTER_DATE` holds a date in no format Cairn reads.
    case invalidDate(variable: String, value: String)
    /// A bare repository has no working tree to commit from.
    case bareRepository
    /// A merge, rebase, cherry-pick, revert or `git am` is under way; `operation` names it.
    case operationInProgress(operation: String)
    /// The index holds conflicts that git must resolve first.
    case unmergedPaths
    /// HEAD points to a reference Cairn does not move (e.g. a symbolic reference to another).
    case unsupportedHead(detail: String)
    /// Another process holds `lockFile` (the index's `.lock`).
    case indexLocked(lockFile: String)
    /// Another process holds the lock of `reference`.
    case referenceLocked(reference: String)
    /// A path is not a plain relative path inside the working tree.
    case invalidPath(path: String, reason: String)
    /// A path names a directory in the working tree or in HEAD; commits name files.
    case directoryPath(path: String)
    /// A path's parent folder is a file in HEAD (`path` would need `conflictingFile` gone).
    case fileInTheWay(path: String, conflictingFile: String)
    /// The message is empty once git's whitespace clean-up has run.
    case emptyMessage
    /// The paths are unchanged from HEAD, so the commit would record nothing.
    case nothingToCommit
    /// `reference` no longer points where it did when the commit began (another process committed).
    /// `expected` and `found` are commit ids, `nil` when the branch had no commit.
    case headMoved(reference: String, expected: String?, found: String?)
    /// Another process rewrote the index while the commit was being made.
    case indexChanged
    /// The commit object exists and the index stages its paths, but `reference` could not be moved to it.
    case referenceNotUpdated(reference: String, commit: String, detail: String)

    /// The message to show the user; for ``identityUnknown(role:missingName:missingEmail:)`` several lines.
    public var description: String {
        switch self {
        case .identityUnknown(let role, let missingName, let missingEmail):
            let missing = [missingName ? "name" : nil, missingEmail ? "email address" : nil].compactMap { $0 }
            return """
                \(role.title) identity unknown: no \(missing.joined(separator: " and ")) is configured.

                Run

                  git config --global user.email "you@example.com"
                  git config --global user.name "Your Name"

                to set your account's default identity (omit --global to set it only in this repository),
                or set \(role.environmentPrefix)_NAME and \(role.environmentPrefix)_EMAIL in the environment.
                """
        case .invalidIdentity(let role, let detail):
            return "invalid \(role.rawValue) identity: \(detail)"
        case .invalidDate(let variable, let value):
            return """
                invalid date in \(variable): '\(value)'; use '@<unix-seconds> <+hhmm>', ISO 8601 \
                ('2024-05-01T12:30:00+02:00') or RFC 2822 ('Wed, 01 May 2024 12:30:00 +0200')
                """
        case .bareRepository:
            return "cannot commit in a bare repository: it has no working tree"
        case .operationInProgress(let operation):
            return "cannot commit while \(operation) is in progress: finish or abort it with git first"
        case .unmergedPaths:
            return "cannot commit: the index has unmerged paths; resolve the conflicts with git first"
        case .unsupportedHead(let detail):
            return "cannot commit: \(detail)"
        case .indexLocked(let lockFile):
            return """
                cannot commit: the index is locked ('\(lockFile)' exists); another git process seems to be \
                running in this repository. If none is, remove that file and try again.
                """
        case .referenceLocked(let reference):
            return """
                cannot commit: \(reference) is locked by another git process ('\(reference).lock' exists); \
                if none is running, remove that file and try again
                """
        case .invalidPath(let path, let reason):
            return "cannot commit '\(path)': \(reason)"
        case .directoryPath(let path):
            return "cannot commit '\(path)': it is a directory; name the files in it"
        case .fileInTheWay(let path, let conflictingFile):
            return "cannot commit '\(path)': '\(conflictingFile)' is a file in HEAD; commit its removal with git first"
        case .emptyMessage:
            return "Aborting commit due to empty commit message."
        case .nothingToCommit:
            return "nothing to commit: the paths are unchanged from HEAD"
        case .headMoved(let reference, let expected, let found):
            return """
                \(reference) moved while committing (from \(Self.describe(expected)) to \(Self.describe(found))); \
                another process seems to have committed. Nothing was committed and the index was not changed.
                """
        case .indexChanged:
            return """
                the index was changed by another process while committing; nothing was committed and that \
                process's index was kept
                """
        case .referenceNotUpdated(let reference, let commit, let detail):
            return """
                created commit \(commit) and staged its paths, but could not move \(reference) to it: \(detail). \
                Run 'git update-ref \(reference) \(commit)' to finish, or commit the staged paths with git.
                """
        }
    }

    private static func describe(_ commit: String?) -> String {
        commit.map { String($0.prefix(12)) } ?? "no commit"
    }
}
