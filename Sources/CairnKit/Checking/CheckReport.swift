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
        CheckReport(
            diagnostics: check(backlog), files: backlog.files.map { ($0.path, $0.item != nil) }, scopes: scopes)
    }
}

extension CheckReport {
    /// The report of `diagnostics` (every diagnostic of a check of `files`,
    /// each with whether it holds an item) on the files in `scopes`: paths
    /// of files or directories relative to the repository root, or none
    /// for every file.
    init(diagnostics: [Diagnostic], files: [(path: String, hasItem: Bool)], scopes: [String]) {
        guard !scopes.isEmpty else {
            self.init(
                diagnostics: diagnostics,
                summary: DiagnosticSummary(
                    diagnostics: diagnostics, files: files.count, items: files.count { $0.hasItem }))
            return
        }
        let inScope: (String) -> Bool = { file in
            scopes.contains { $0.isEmpty || file == $0 || file.hasPrefix($0 + "/") }
        }
        let reported = diagnostics.filter { inScope($0.file) }
        let filesInScope = files.filter { inScope($0.path) }
        self.init(
            diagnostics: reported,
            summary: DiagnosticSummary(
                diagnostics: reported, files: filesInScope.count, items: filesInScope.filter(\.hasItem).count))
    }
}
