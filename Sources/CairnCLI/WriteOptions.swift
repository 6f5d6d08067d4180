import ArgumentParser

/// The options every command that writes to the backlog shares.
struct WriteOptions: ParsableArguments {
    @Flag(
        name: .long,
        help: """
            Commit exactly the files this command writes, through libgit2; anything else that is staged \
            stays staged and out of the commit.
            """)
    var commit = false

    @Option(
        name: [.short, .customLong("message")],
        help: "The commit message (default: what changed, such as \"US-12: status ready → done\"). Needs --commit.")
    var message: String?

    @Flag(name: .long, help: "Write even when the change leaves the backlog with new errors.")
    var force = false

    func validate() throws {
        if message != nil && !commit {
            throw ValidationError("--message is the commit message: use it with --commit")
        }
    }
}
