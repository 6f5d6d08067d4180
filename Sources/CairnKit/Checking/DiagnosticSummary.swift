/// How many diagnostics of each severity a check found, and how much it read.
public struct DiagnosticSummary: Hashable, Sendable, Codable {
    /// Diagnostics of severity error; any makes `cairn check` exit 1.
    public var errors: Int
    /// Diagnostics of severity warning.
    public var warnings: Int
    /// Diagnostics of severity note.
    public var notes: Int
    /// The number of files checked.
    public var files: Int
    /// The number of items among them.
    public var items: Int

    public init(errors: Int, warnings: Int, notes: Int, files: Int, items: Int) {
        self.errors = errors
        self.warnings = warnings
        self.notes = notes
        self.files = files
        self.items = items
    }

    /// Counts `diagnostics` by severity.
    public init(diagnostics: [Diagnostic], files: Int, items: Int) {
        var counts: [Severity: Int] = [:]
        for diagnostic in diagnostics { counts[diagnostic.severity, default: 0] += 1 }
        self.init(
            errors: counts[.error] ?? 0, warnings: counts[.warning] ?? 0, notes: counts[.note] ?? 0, files: files,
            items: items)
    }

    /// One line for people: `2 errors, 1 warning in 14 files (11 items)`,
    /// or `no problems in 14 files (11 items)`.
    public var text: String {
        let counts = [
            Self.count(errors, "error", "errors"), Self.count(warnings, "warning", "warnings"),
            Self.count(notes, "note", "notes"),
        ].compactMap { $0 }
        let problems = counts.isEmpty ? "no problems" : counts.joined(separator: ", ")
        return
            "\(problems) in \(Self.count(files, "file", "files") ?? "0 files") (\(Self.count(items, "item", "items") ?? "0 items"))"
    }

    private static func count(_ value: Int, _ singular: String, _ plural: String) -> String? {
        guard value > 0 else { return nil }
        return "\(value) \(value == 1 ? singular : plural)"
    }
}
