/// What `cairn check` reports: the diagnostics in scope and their summary.
public struct CheckReport: Sendable {
    /// Sorted in presentation order.
    public var diagnostics: [Diagnostic]
    public var summary: DiagnosticSummary

    /// Whether any diagnostic is an error, which makes `cairn check` fail.
    public var hasErrors: Bool { summary.errors > 0 }
}

extension BacklogChecker {
    /// Checks the whole backlog — rules about links and cycles need all of
    /// it — and reports only on files at or under `scopes` (paths relative to
    /// the repository root; empty for everything, `""` for the whole
    /// repository).
    public func report(on backlog: Backlog, scopes: [String] = []) -> CheckReport {
        let inScope: (String) -> Bool = { file in
            scopes.isEmpty || scopes.contains { $0.isEmpty || file == $0 || file.hasPrefix($0 + "/") }
        }
        let diagnostics = check(backlog).filter { inScope($0.file) }
        var files = 0
        var items = 0
        for index in backlog.files.indices where inScope(backlog.files[index].path) {
            files += 1
            if backlog.files[index].item != nil { items += 1 }
        }
        let summary = DiagnosticSummary(diagnostics: diagnostics, files: files, items: items)
        return CheckReport(diagnostics: diagnostics, summary: summary)
    }
}
