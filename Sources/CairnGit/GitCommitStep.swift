/// The points ``GitRepository/commit(paths:message:environment:reached:)``
/// passes between its steps, for fault-injection tests that stop a committer
/// between them (see the CLI's `FaultTestPause`). Nothing else observes them.
public enum GitCommitStep: String, CaseIterable, Sendable {
    /// Blobs, tree and commit objects are written; no lock is held.
    case objectsWritten = "objects-written"
    /// HEAD and its branch are locked; the index is not yet written.
    case referencesLocked = "references-locked"
    /// The index is written; the branch does not yet point at the commit.
    case indexWritten = "index-written"
}
