import ArgumentParser
import CairnKit

/// `cairn check`: validates the backlog and reports diagnostics.
struct CheckCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the backlog and report every problem.",
        discussion: """
            Loads the whole backlog (rules about links and cycles need all of it), runs \
            every rule and prints the diagnostics. With paths, only diagnostics in those \
            files or under those directories are reported.

            Exit status: 0 when there are no errors (warnings and notes allowed), 1 when \
            there is at least one error, 2 on a usage or I/O failure.

            With --staged, checks the backlog as staged in the git index — exactly what \
            `git commit` would commit, even from a hook of `git commit -a` — and with \
            --rev, as committed at a branch, tag or commit; the working tree is not read.

            Inside git, files are parsed once per content (.git/cairn/parse-cache), a \
            check of files, cairn.yml and a day checked before prints the stored result \
            (.git/cairn/check-results), a check after a few files changed parses only \
            those (and, after an edit of a status, priority, date, link or mention, the \
            few items linked to them) when no id or kind changed (.git/cairn/check-baseline), \
            and working-tree files left alone for two seconds \
            are known by their stat data (.git/cairn/stat-cache); --no-cache bypasses them all.

            Colour is used when standard output is a terminal and NO_COLOR is not set.

            Examples:
              cairn check
              cairn check --staged             (in a pre-commit hook)
              cairn check --rev main
              cairn check backlog/stories --format json
              cairn check --format sarif > cairn.sarif
              cairn check --format github      (in a GitHub Actions step)
            """)

    @Argument(help: "Files or directories to report on, relative to the current directory.", completion: .file())
    var paths: [String] = []

    @Option(name: .long, help: "The output format.")
    var format: DiagnosticFormat = .text

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context)
        let scopes = try paths.map(workspace.repositoryPath(of:))
        let outcome = try workspace.check(with: BacklogChecker(today: try context.currentDate()), scopes: scopes)
        let (report, sources) = (outcome.report, outcome.sources)
        let (diagnostics, summary) = (report.diagnostics, report.summary)
        switch format {
        case .text:
            context.write(
                TextDiagnosticRenderer(colour: context.usesColour).render(
                    diagnostics, sources: sources, summary: summary))
        case .json:
            context.write(try JSONDiagnosticRenderer.render(diagnostics, summary: summary))
        case .sarif:
            let tool = SARIFTool(name: "cairn", version: CairnCommand.version)
            let renderer = SARIFRenderer(tool: tool, rules: RuleRegistry.all.map(\.description))
            context.write(try renderer.render(diagnostics, sources: sources))
        case .github:
            context.write(GitHubAnnotationRenderer.render(diagnostics, sources: sources, summary: summary))
        }
        return report.hasErrors ? 1 : 0
    }
}
