internal import CGit2

/// Where HEAD stands: the commit a new commit builds on, and the reference it moves.
enum GitHeadPosition: Equatable {
    /// HEAD names a branch that has no commit yet, as in a fresh repository.
    case unborn(branch: String)
    /// HEAD names a branch that points at a commit.
    case branch(String, GitObjectID)
    /// HEAD holds a commit id itself.
    case detached(GitObjectID)

    /// The reference a new commit moves: the branch, or HEAD itself when detached.
    var reference: String {
        switch self {
        case .unborn(let branch), .branch(let branch, _): return branch
        case .detached: return "HEAD"
        }
    }

    /// The commit HEAD resolves to; `nil` when the branch has none yet.
    var commit: GitObjectID? {
        switch self {
        case .unborn: return nil
        case .branch(_, let commit), .detached(let commit): return commit
        }
    }

    /// The references locked while HEAD is checked and moved: HEAD itself, so
    /// that no one switches branches meanwhile, and the branch it names.
    var referencesToLock: [String] {
        reference == "HEAD" ? ["HEAD"] : ["HEAD", reference]
    }

    /// The branch's short name (`main` for `refs/heads/main`); `nil` when detached.
    var branchName: String? {
        guard reference != "HEAD" else { return nil }
        let prefix = "refs/heads/"
        return reference.hasPrefix(prefix) ? String(reference.dropFirst(prefix.count)) : reference
    }
}

extension GitRepository {
    /// Reads where HEAD stands now, from the files on disk.
    func headPosition() throws -> GitHeadPosition {
        var head: OpaquePointer?
        try GitError.check(git_reference_lookup(&head, handle, "HEAD"), "git_reference_lookup")
        defer { git_reference_free(head) }
        if git_reference_type(head) == GIT_REFERENCE_DIRECT {
            guard let target = git_reference_target(head) else {
                throw GitCommitError.unsupportedHead(detail: "HEAD holds no commit id")
            }
            return .detached(GitObjectID(target))
        }
        guard let symbolicTarget = git_reference_symbolic_target(head) else {
            throw GitCommitError.unsupportedHead(detail: "HEAD names no reference")
        }
        let name = String(cString: symbolicTarget)
        var branch: OpaquePointer?
        let code = git_reference_lookup(&branch, handle, name)
        if code == GIT_ENOTFOUND.rawValue { return .unborn(branch: name) }
        try GitError.check(code, "git_reference_lookup")
        defer { git_reference_free(branch) }
        guard git_reference_type(branch) == GIT_REFERENCE_DIRECT, let target = git_reference_target(branch) else {
            throw GitCommitError.unsupportedHead(detail: "HEAD names \(name), which is itself a symbolic reference")
        }
        return .branch(name, GitObjectID(target))
    }
}
