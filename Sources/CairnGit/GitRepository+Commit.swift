internal import CGit2
import Foundation

extension GitRepository {
    /// Fails before anything is written when a commit could not be made now:
    /// no identity (``GitCommitError/identityUnknown(role:missingName:missingEmail:)``,
    /// saying how to set one), the index locked by another process
    /// (``GitCommitError/indexLocked(lockFile:)``), HEAD or its branch locked
    /// (``GitCommitError/referenceLocked(reference:)``), or an unsupported state: a
    /// bare repository, a merge, rebase, cherry-pick, revert or `git am` in
    /// progress, unmerged paths, HEAD naming a symbolic reference.
    ///
    /// - Parameter environment: the variables git would see; see ``commitIdentity(environment:)``.
    public func checkCanCommit(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        _ = try commitPreconditions(environment: environment)
        let index = try libgit2Index()
        defer { git_index_free(index) }
        try GitError.check(git_index_read(index, 0), "git_index_read")
        try checkNoConflicts(in: index)
    }

    /// Stages exactly `paths` (relative to the working tree root, `/`
    /// separators) as they are now in the working tree — a path that no
    /// longer exists is removed — and creates one commit whose tree is HEAD's
    /// tree plus those paths only. Everything else the user had staged stays
    /// staged and out of the commit. Moves the current branch (or a detached
    /// HEAD) to the new commit.
    ///
    /// Content is staged through git's filters (`core.autocrlf`,
    /// `.gitattributes`) with the file's stat data, as `git add` does, so
    /// `git status` shows the paths clean afterwards. The message gets git's
    /// whitespace clean-up (trailing spaces, surplus blank lines, a final
    /// newline; `#` lines are kept, as with `git commit -m`). On a branch with
    /// no commit yet, the commit has no parent and creates the branch. The
    /// reflog says `commit: <subject>` (`commit (initial): …` for a first commit).
    ///
    /// The steps run in the order that leaves the repository least surprised
    /// by a failure:
    /// 1. the checks of ``checkCanCommit(environment:)``; paths and message;
    /// 2. blob, tree and commit objects (unreachable if a later step fails,
    ///    which is harmless: git prunes them);
    /// 3. the locks of HEAD and its branch, then a check that neither moved
    ///    since step 1 and that no one rewrote the index file;
    /// 4. the index, holding git's `index.lock` while writing;
    /// 5. the reference, with its reflog, as the locks are released.
    ///
    /// Any failure up to step 4 leaves the index and HEAD as they were. The
    /// index goes before the reference because the opposite failure — HEAD
    /// moved but the index still holding the old entries — would make git show
    /// the commit undone and a following `git commit` revert it; the only
    /// failure left after step 4 is an I/O error writing one reference file,
    /// reported as ``GitCommitError/referenceNotUpdated(reference:commit:detail:)``
    /// with the command that finishes the job. The index is the one file
    /// whose lock is not held from step 3: a process rewriting it between
    /// step 1 and the start of step 4 is detected by its checksum
    /// (``GitCommitError/indexChanged``); only a write in the instant between
    /// that check and libgit2 taking `index.lock` would be overwritten.
    ///
    /// - Parameters:
    ///   - paths: the files to commit; duplicates are ignored.
    ///   - message: the whole commit message.
    ///   - environment: the variables git would see; see ``commitIdentity(environment:)``.
    ///   - reached: told each ``GitCommitStep`` as it is done; only
    ///     fault-injection tests listen.
    /// - Returns: the new commit's id and the branch it is on.
    /// - Throws: ``GitCommitError`` (among others `nothingToCommit` when the
    ///   paths equal HEAD's, `headMoved` when another process committed
    ///   meanwhile), or ``GitError`` when libgit2 fails.
    @discardableResult
    public func commit(
        paths: [String], message: String, environment: [String: String] = ProcessInfo.processInfo.environment,
        reached: (GitCommitStep) -> Void = { _ in }
    ) throws -> GitCommitSummary {
        try commit(
            paths: paths, message: message, environment: environment, beforeLockingReferences: {}, reached: reached)
    }

    /// ``commit(paths:message:environment:reached:)``, running `beforeLockingReferences`
    /// after the objects are written and before step 3, where tests play the
    /// concurrent process.
    func commit(
        paths: [String], message: String, environment: [String: String],
        beforeLockingReferences: () throws -> Void, reached: (GitCommitStep) -> Void = { _ in }
    ) throws -> GitCommitSummary {
        let message = try Self.cleanedMessage(message)
        let paths = try GitCommitPaths.normalized(paths)
        let preconditions = try commitPreconditions(environment: environment)
        let start = try headPosition()

        let index = try libgit2Index()
        defer { git_index_free(index) }
        guard let indexPathPointer = git_index_path(index) else {
            throw GitError(code: -1, message: "the repository's index has no file")
        }
        let indexPath = String(cString: indexPathPointer)
        let indexAtStart = try GitIndexFileStamp.read(indexPath)
        try GitError.check(git_index_read(index, 1), "git_index_read")
        var indexWritten = false
        // Until the index is written, drop what was staged in memory so this handle sees the file again.
        defer { if !indexWritten { git_index_read(index, 1) } }
        try checkNoConflicts(in: index)
        try stage(paths, in: index, workingDirectory: preconditions.workingDirectory)

        var parent: OpaquePointer?
        var baseTree: OpaquePointer?
        defer {
            git_tree_free(baseTree)
            git_commit_free(parent)
        }
        if var parentID = start.commit?.raw {
            try GitError.check(git_commit_lookup(&parent, handle, &parentID), "git_commit_lookup")
            try GitError.check(git_commit_tree(&baseTree, parent), "git_commit_tree")
        }
        guard let tree = try writeTree(updating: baseTree, with: paths, from: index) else {
            throw GitCommitError.nothingToCommit
        }
        let commit = try writeCommit(
            tree: tree, parent: parent, author: preconditions.author, committer: preconditions.committer,
            message: message)
        reached(.objectsWritten)
        try beforeLockingReferences()

        let transaction = try GitReferenceTransaction(repository: handle)
        for reference in start.referencesToLock { try transaction.lock(reference) }
        let current = try headPosition()
        guard current == start else {
            throw GitCommitError.headMoved(
                reference: current.reference == start.reference ? start.reference : "HEAD",
                expected: start.commit?.hex, found: current.commit?.hex)
        }
        guard try GitIndexFileStamp.read(indexPath) == indexAtStart else { throw GitCommitError.indexChanged }
        reached(.referencesLocked)
        let written = git_index_write(index)
        if written == GIT_ELOCKED.rawValue { throw GitCommitError.indexLocked(lockFile: indexPath + ".lock") }
        try GitError.check(written, "git_index_write")
        indexWritten = true
        reached(.indexWritten)

        let firstLine = message.prefix { $0 != "\n" }
        let reflogMessage = (start.commit == nil ? "commit (initial): " : "commit: ") + firstLine
        do {
            try transaction.setTarget(
                start.reference, to: commit, signature: preconditions.committer, message: reflogMessage)
            try transaction.commit()
        } catch {
            throw GitCommitError.referenceNotUpdated(
                reference: start.reference, commit: commit.hex, detail: String(describing: error))
        }
        return GitCommitSummary(
            id: commit.hex, branch: start.branchName, parentID: start.commit?.hex, subject: Self.subject(of: message))
    }

    /// What a commit needs that ``checkCanCommit(environment:)`` establishes.
    private struct CommitPreconditions {
        var workingDirectory: URL
        var author: LibgitSignature
        var committer: LibgitSignature
    }

    /// The checks of ``checkCanCommit(environment:)`` but the index's conflicts.
    private func commitPreconditions(environment: [String: String]) throws -> CommitPreconditions {
        guard let workingDirectory, git_repository_is_bare(handle) == 0 else {
            throw GitCommitError.bareRepository
        }
        if let operation = Self.operationInProgress(git_repository_state(handle)) {
            throw GitCommitError.operationInProgress(operation: operation)
        }
        let identity = try commitIdentity(environment: environment)
        let now = GitTimestamp.now(in: GitTimestamp.localTimeZone(environment: environment))
        let preconditions = CommitPreconditions(
            workingDirectory: workingDirectory,
            author: try LibgitSignature(identity.author, role: .author, defaultTime: now),
            committer: try LibgitSignature(identity.committer, role: .committer, defaultTime: now))

        let index = try libgit2Index()
        defer { git_index_free(index) }
        if let path = git_index_path(index) {
            let lockFile = String(cString: path) + ".lock"
            if FileManager.default.fileExists(atPath: lockFile) { throw GitCommitError.indexLocked(lockFile: lockFile) }
        }
        for reference in try headPosition().referencesToLock where referenceLockExists(reference) {
            throw GitCommitError.referenceLocked(reference: reference)
        }
        return preconditions
    }

    /// Whether `reference`'s lock file exists: HEAD's in the git directory,
    /// a branch's in the common directory that linked worktrees share. A
    /// lock left by a killed process is found here, before anything is written.
    private func referenceLockExists(_ reference: String) -> Bool {
        let directory = reference == "HEAD" ? git_repository_path(handle) : git_repository_commondir(handle)
        guard let directory else { return false }
        return FileManager.default.fileExists(atPath: String(cString: directory) + reference + ".lock")
    }

    private func checkNoConflicts(in index: OpaquePointer) throws {
        if git_index_has_conflicts(index) != 0 { throw GitCommitError.unmergedPaths }
    }

    private func writeCommit(
        tree: GitObjectID, parent: OpaquePointer?, author: LibgitSignature, committer: LibgitSignature,
        message: String
    ) throws -> GitObjectID {
        var treeID = tree.raw
        var treeObject: OpaquePointer?
        try GitError.check(git_tree_lookup(&treeObject, handle, &treeID), "git_tree_lookup")
        defer { git_tree_free(treeObject) }
        var parents: [OpaquePointer?] = parent.map { [$0] } ?? []
        var id = git_oid()
        let code = parents.withUnsafeMutableBufferPointer { buffer in
            git_commit_create(
                &id, handle, nil, author.pointer, committer.pointer, nil, message, treeObject, buffer.count,
                buffer.baseAddress)
        }
        try GitError.check(code, "git_commit_create")
        return GitObjectID(&id)
    }

    /// The operation a repository state stands for, or `nil` when a commit may be made.
    /// A bisection does not stop one, as it does not stop `git commit`.
    private static func operationInProgress(_ state: Int32) -> String? {
        let operations: [(git_repository_state_t, String)] = [
            (GIT_REPOSITORY_STATE_MERGE, "a merge"),
            (GIT_REPOSITORY_STATE_REVERT, "a revert"),
            (GIT_REPOSITORY_STATE_REVERT_SEQUENCE, "a revert"),
            (GIT_REPOSITORY_STATE_CHERRYPICK, "a cherry-pick"),
            (GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE, "a cherry-pick"),
            (GIT_REPOSITORY_STATE_REBASE, "a rebase"),
            (GIT_REPOSITORY_STATE_REBASE_INTERACTIVE, "a rebase"),
            (GIT_REPOSITORY_STATE_REBASE_MERGE, "a rebase"),
            (GIT_REPOSITORY_STATE_APPLY_MAILBOX, "applying patches (git am)"),
            (GIT_REPOSITORY_STATE_APPLY_MAILBOX_OR_REBASE, "a rebase or git am"),
        ]
        return operations.first { Int32($0.0.rawValue) == state }?.1
    }

    /// `message` after git's whitespace clean-up, ending in a newline.
    /// - Throws: ``GitCommitError/emptyMessage`` when nothing is left.
    static func cleanedMessage(_ message: String) throws -> String {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try GitError.check(
            git_message_prettify(&buffer, message, 0, CChar(UInt8(ascii: "#"))), "git_message_prettify")
        let cleaned = buffer.ptr.map { String(cString: $0) } ?? ""
        guard !cleaned.isEmpty else { throw GitCommitError.emptyMessage }
        return cleaned
    }

    /// The first paragraph of a cleaned message, its lines joined by spaces, as git's `%s`.
    static func subject(of message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
            .joined(separator: " ")
    }
}
