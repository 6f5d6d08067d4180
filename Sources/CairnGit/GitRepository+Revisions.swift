internal import CGit2

extension GitRepository {
    /// The full id of the commit `revision` names (a branch, a tag,
    /// `HEAD~2`, an abbreviated id), peeled through tags.
    ///
    /// Throws "unknown revision 'mian'" for a name that resolves to nothing.
    public func commitID(of revision: String) throws -> String {
        access.lock()
        defer { access.unlock() }
        return try withCommit(revision) { GitSnapshot.hex(git_commit_id($0).pointee) }
    }

    /// The best common ancestor of two commits, as `git merge-base` finds
    /// it; `nil` when their histories share no commit.
    public func mergeBase(of first: String, and second: String) throws -> String? {
        access.lock()
        defer { access.unlock() }
        var one = try withCommit(first) { git_commit_id($0).pointee }
        var two = try withCommit(second) { git_commit_id($0).pointee }
        var base = git_oid()
        let code = git_merge_base(&base, handle, &one, &two)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try GitError.check(code, "git_merge_base")
        return GitSnapshot.hex(base)
    }

    /// The remote-tracking branch the current branch follows, as git
    /// shortens it (`origin/main`); `nil` when HEAD is detached or unborn,
    /// or the branch has no upstream.
    public func upstreamOfCurrentBranch() -> String? {
        access.lock()
        defer { access.unlock() }
        var head: OpaquePointer?
        guard git_repository_head(&head, handle) == 0 else { return nil }
        defer { git_reference_free(head) }
        guard git_reference_is_branch(head) == 1 else { return nil }
        var upstream: OpaquePointer?
        guard git_branch_upstream(&upstream, head) == 0 else { return nil }
        defer { git_reference_free(upstream) }
        return git_reference_shorthand(upstream).map { String(cString: $0) }
    }

    /// Whether `revision` names a commit.
    public func resolvesToCommit(_ revision: String) -> Bool {
        (try? commitID(of: revision)) != nil
    }

    /// Runs `body` with the commit `revision` names, freed afterwards. The
    /// caller holds `access`.
    func withCommit<T>(_ revision: String, _ body: (OpaquePointer?) throws -> T) throws -> T {
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        defer { git_object_free(object) }
        switch code {
        case 0: break
        case GIT_ENOTFOUND.rawValue, GIT_EUNBORNBRANCH.rawValue, GIT_EINVALIDSPEC.rawValue:
            let unborn = git_repository_head_unborn(handle) == 1 ? ": the repository has no commits yet" : ""
            throw GitError(code: code, message: "unknown revision '\(revision)'\(unborn)")
        case GIT_EAMBIGUOUS.rawValue:
            throw GitError(code: code, message: "ambiguous revision '\(revision)': \(GitError.lastMessage() ?? "")")
        default:
            try GitError.check(code, "git_revparse_single")
        }
        var commit: OpaquePointer?
        guard git_object_peel(&commit, object, GIT_OBJECT_COMMIT) == 0 else {
            throw GitError(code: GIT_EPEEL.rawValue, message: "revision '\(revision)' is not a commit")
        }
        defer { git_object_free(commit) }
        return try body(commit)
    }
}
