internal import CGit2

/// A libgit2 reference transaction. The references it locks stay locked, so
/// that git and other libgit2 users cannot move them, until it commits or is
/// released; released uncommitted, it changes nothing.
final class GitReferenceTransaction {
    private let pointer: OpaquePointer

    init(repository: OpaquePointer) throws {
        var made: OpaquePointer?
        try GitError.check(git_transaction_new(&made, repository), "git_transaction_new")
        guard let made else { throw GitError(code: -1, message: "git_transaction_new returned nothing") }
        pointer = made
    }

    deinit {
        git_transaction_free(pointer)
    }

    /// Takes the lock of `reference` (`<name>.lock`, as git does).
    /// - Throws: ``GitCommitError/referenceLocked(reference:)`` when another process holds it.
    func lock(_ reference: String) throws {
        let code = git_transaction_lock_ref(pointer, reference)
        if code == GIT_ELOCKED.rawValue { throw GitCommitError.referenceLocked(reference: reference) }
        try GitError.check(code, "git_transaction_lock_ref")
    }

    /// Points the locked `reference` at `target` once the transaction commits,
    /// and logs the move in its reflog (and HEAD's, when HEAD names it).
    func setTarget(_ reference: String, to target: GitObjectID, signature: LibgitSignature, message: String) throws {
        var id = target.raw
        try GitError.check(
            git_transaction_set_target(pointer, reference, &id, signature.pointer, message),
            "git_transaction_set_target")
    }

    /// Writes the new targets and releases every lock.
    func commit() throws {
        try GitError.check(git_transaction_commit(pointer), "git_transaction_commit")
    }
}
