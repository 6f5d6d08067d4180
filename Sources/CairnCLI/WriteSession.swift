import CairnKit

/// Carries one planned change to disk as every writing command must: check
/// it first and refuse it when it adds errors (unless `--force`), then
/// write each file atomically, and report what was written.
struct WriteSession {
    let workspace: Workspace
    let options: WriteOptions
    let context: CommandContext

    /// Validates `changes` against `before` (the backlog as loaded from the
    /// working tree), writes them, and returns the exit status: 0 when
    /// written, 1 when refused. `summary` says what the change does, in one
    /// line; `moves` maps old to new paths of renamed files.
    func apply(_ changes: ChangeSet, to before: Backlog, summary: String, moves: [String: String] = [:]) throws
        -> Int32
    {
        guard !changes.isEmpty else {
            context.write("Nothing to change: \(summary)\n")
            return 0
        }
        let validation: ChangeValidation
        do {
            validation = try ChangeValidator().validate(changes, on: before, moves: moves)
        } catch let error as SourceError {
            throw CommandFailure.io(error.description)
        }
        let introduced = validation.introducedErrors
        if !introduced.isEmpty {
            report(introduced, in: validation.after)
            guard options.force else {
                context.writeError(
                    "Refused: the change would add \(count(introduced.count, "error")); nothing was written. "
                        + "Fix the cause, or write anyway with --force.\n")
                return 1
            }
            context.writeError("Writing anyway (--force) with \(count(introduced.count, "new error")).\n")
        }
        do {
            try ChangeApplier(root: workspace.repositoryRoot).apply(changes)
        } catch let error as ChangeApplicationError {
            throw CommandFailure.io(error.description)
        }
        for path in changes.writes.keys.sorted() { context.write("Wrote \(path)\n") }
        for path in changes.deletions.sorted() { context.write("Removed \(path)\n") }
        return 0
    }

    private func report(_ diagnostics: [Diagnostic], in backlog: Backlog) {
        let renderer = TextDiagnosticRenderer(colour: context.usesColour)
        let sources = SourceLookup(backlog: backlog)
        for diagnostic in diagnostics {
            context.writeError(renderer.render(diagnostic, sources: sources))
        }
    }

    private func count(_ number: Int, _ noun: String) -> String {
        number == 1 ? "1 \(noun)" : "\(number) \(noun)s"
    }
}
