/// What ``GitRepository/commit(paths:message:environment:reached:)`` recorded.
public struct GitCommitSummary: Sendable, Equatable {
    /// The new commit's id, in full hexadecimal.
    public var id: String
    /// The branch that now points at the commit (`main`, not `refs/heads/main`; a
    /// reference outside `refs/heads/` keeps its full name), or `nil` when HEAD is detached.
    public var branch: String?
    /// The parent commit's id, or `nil` for the first commit of a branch that had none.
    public var parentID: String?
    /// The message's subject: its first paragraph on one line, as `git log --format=%s` shows it.
    public var subject: String

    /// A summary from its parts.
    public init(id: String, branch: String?, parentID: String?, subject: String) {
        self.id = id
        self.branch = branch
        self.parentID = parentID
        self.subject = subject
    }
}
