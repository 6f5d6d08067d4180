import CairnKit

/// Checks the backlog after a person edited one file, and reports that
/// file's diagnostics as `cairn check` would.
struct ItemCheck {
    let workspace: Workspace
    let context: CommandContext

    /// Loads and checks the backlog, prints the diagnostics of `path` and a
    /// summary line; returns 1 when any of them is an error, else 0.
    func report(_ path: String) throws -> Int32 {
        let backlog = try workspace.load()
        let diagnostics = BacklogChecker(today: try context.currentDate()).check(backlog).filter { $0.file == path }
        let summary = DiagnosticSummary(
            diagnostics: diagnostics, files: 1, items: backlog.file(at: path)?.item == nil ? 0 : 1)
        let text = TextDiagnosticRenderer(colour: context.usesColour)
            .render(diagnostics, sources: SourceLookup(backlog: backlog), summary: summary)
        context.write(text)
        return summary.errors > 0 ? 1 : 0
    }
}
