import ArgumentParser

/// The options every command that reads or writes the backlog shares.
struct BacklogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The backlog root, relative to the current directory (default: as cairn.yml says, or backlog/ at the repository root).",
            valueName: "dir"),
        completion: .directory)
    var root: String?

    @Flag(
        name: .customLong("no-cache"),
        help:
            "Parse and check every file again and read every branch's trees; neither read nor write the caches kept in the git directory (.git/cairn/, and a linked worktree's own)."
    )
    var noCache = false
}

/// The options of the commands that can read the backlog from git instead
/// of the working tree.
struct SnapshotOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: "Read the backlog as staged in the git index — what `git commit` would commit — not the working tree.")
    var staged = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the backlog as committed at a revision (a branch, a tag, HEAD~1, a commit id), not the working tree.",
            valueName: "rev"))
    var rev: String?

    /// Where the backlog's bytes come from.
    var origin: BacklogOrigin {
        if staged { return .index }
        return rev.map(BacklogOrigin.commit) ?? .workingTree
    }

    func validate() throws {
        guard !(staged && rev != nil) else {
            throw ValidationError("--staged and --rev read different snapshots; give one of them.")
        }
        guard rev?.isEmpty != true else { throw ValidationError("--rev needs a revision, such as HEAD or main.") }
    }
}

/// Where a command reads the backlog from.
enum BacklogOrigin: Equatable {
    /// The files on disk.
    case workingTree
    /// The git index: what is staged.
    case index
    /// The tree of the commit a revision names.
    case commit(String)
}
