import ArgumentParser
import CairnKit

/// `cairn diff`: what a branch changes in the backlog, in backlog terms.
struct DiffCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Say what a branch changes in the backlog: items, fields, links, criteria and diagnostics.",
        discussion: """
            Compares two sides of the repository, each read through git (nothing is \
            checked out): BASE defaults to the current branch's upstream, else main, else \
            origin/main; HEAD defaults to the working tree. As in git, BASE..HEAD compares \
            the two commits and BASE...HEAD compares HEAD with the merge base of the two — \
            what a pull request shows. An empty side of .. or ... is HEAD.

            Reports items added, removed and renamed (moved to another file, or given \
            another id with the same content), every front-matter field changed with its \
            old and new value, links added and removed by type, body changes in words \
            (sections added, removed or changed; acceptance criteria added, removed, \
            checked or unchecked), the diagnostics the head side introduces and resolves, \
            and ids that both sides took for different items since they parted, with the \
            `cairn rename` that fixes each.

            Exit status: 0, or with --fail-on new-errors 1 when the head side introduces \
            an error; 2 on a usage or I/O failure (an unknown revision, no repository).

            Examples:
              cairn diff                           (the working tree against the upstream or main)
              cairn diff main...feature/checkout   (what the pull request of feature/checkout changes)
              cairn diff HEAD~1 HEAD --format json
              cairn diff origin/main... --format markdown --fail-on new-errors
            """)

    @Argument(help: ArgumentHelp("BASE, BASE HEAD, BASE..HEAD or BASE...HEAD.", valueName: "revision"))
    var revisions: [String] = []

    @Option(name: .long, help: "The output format.")
    var format: DiffFormat = .text

    @Option(name: .customLong("fail-on"), help: "When to exit with status 1.")
    var failOn: DiffFailureCondition = .never

    @OptionGroup var backlogOptions: BacklogOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let range: DiffRange
        do {
            range = try DiffRange.parse(revisions)
        } catch {
            throw CommandFailure.usage(error.description)
        }
        let workspace = try Workspace(options: backlogOptions, context: context)
        guard let repository = workspace.repository else {
            throw CommandFailure.usage(
                "cairn diff reads both sides from git, but \(workspace.workingDirectory.path) is not inside a git repository"
            )
        }
        let sides = try DiffSides(range, in: repository, workingTree: workspace.source)
        let checker = BacklogChecker(today: try context.currentDate())
        let base = try workspace.load(from: sides.base.source)
        let head = try workspace.load(from: sides.head.source)
        // A side may predate the backlog (it then has no items); both cannot.
        guard sides.base.source.exists(base.root) || sides.head.source.exists(head.root) else {
            throw CommandFailure.io(
                "backlog directory \(head.root.isEmpty ? "." : head.root) exists on neither side of the diff")
        }
        var conflicts: [IDConflict] = []
        if let mergeBase = sides.mergeBase, mergeBase != sides.baseTip.endpoint.commit {
            let tip = range.usesMergeBase ? try workspace.load(from: sides.baseTip.source) : base
            let common = try workspace.load(from: DiffSides.snapshotSide(mergeBase, in: repository).source)
            let ids = try IDAllocator.collecting(
                from: head, repository: repository, cache: workspace.branchIDCache)
            conflicts = IDConflictFinder.conflicts(base: tip, head: head, mergeBase: common, ids: ids)
        }
        let diff = BacklogDiffer().diff(
            from: .init(backlog: base, diagnostics: checker.check(base)),
            to: .init(backlog: head, diagnostics: checker.check(head)),
            conflicts: conflicts)
        switch format {
        case .text:
            context.write(
                DiffTextRenderer(colour: context.usesColour).render(
                    diff, endpoints: sides.endpoints, base: SourceLookup(backlog: base),
                    head: SourceLookup(backlog: head)))
        case .markdown:
            context.write(DiffMarkdownRenderer().render(diff, endpoints: sides.endpoints, in: head, base: base))
        case .json:
            context.write(try DiffJSONRenderer.render(diff, endpoints: sides.endpoints))
        }
        return failOn == .newErrors && diff.introducesErrors ? 1 : 0
    }
}

/// How `cairn diff` prints its report.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case markdown
    case json
}

/// When `cairn diff` exits with status 1.
enum DiffFailureCondition: String, CaseIterable, ExpressibleByArgument {
    /// Never: the diff is a report.
    case never
    /// When the head side has errors the base side has not.
    case newErrors = "new-errors"
}
