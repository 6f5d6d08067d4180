import ArgumentParser

/// The options every command that reads the backlog shares.
struct BacklogOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The backlog root, relative to the current directory (default: as cairn.yml says, or backlog/ at the repository root).",
            valueName: "dir"),
        completion: .directory)
    var root: String?
}
