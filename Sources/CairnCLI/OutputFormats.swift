import ArgumentParser

/// How `cairn check` prints diagnostics.
enum DiagnosticFormat: String, CaseIterable, ExpressibleByArgument {
    /// Compiler style, with source lines and carets.
    case text
    /// One JSON object for scripts.
    case json
    /// SARIF 2.1.0 for GitHub code scanning and other tools.
    case sarif
    /// GitHub Actions workflow annotations.
    case github
}

/// How `cairn list` prints items.
enum ListFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case json
    case csv
}

/// The diagram language of `cairn graph`.
enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case mermaid
    case dot
}

/// How `cairn board` prints the board.
enum BoardFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case markdown
}

/// How `cairn stats` prints its tables.
enum StatsFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case json
    case markdown
}
