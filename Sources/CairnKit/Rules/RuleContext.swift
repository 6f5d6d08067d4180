/// Everything a rule may look at: the loaded backlog, read-only, and the
/// day it is checked on.
public struct RuleContext: Sendable {
    public let backlog: Backlog
    /// Today, for rules about dates; `nil` skips those checks. Passed in
    /// rather than read from the clock, so checks are repeatable.
    public let today: CalendarDate?

    public init(backlog: Backlog, today: CalendarDate? = nil) {
        self.backlog = backlog
        self.today = today
    }

    public var configuration: Configuration { backlog.configuration }
    public var files: [ParsedFile] { backlog.files }
    public var graph: BacklogGraph { backlog.graph }
}

/// Collects one rule's diagnostics with the severity in force for it.
public struct DiagnosticSink: Sendable {
    public let rule: String
    public let severity: Severity
    public private(set) var diagnostics: [Diagnostic] = []

    public init(rule: String, severity: Severity) {
        self.rule = rule
        self.severity = severity
    }

    /// Records a problem in `file` at `location`.
    public mutating func report(
        _ message: String, in file: String, at location: SourcePosition, hint: String? = nil,
        notes: [DiagnosticNote] = []
    ) {
        diagnostics.append(
            Diagnostic(
                file: file, location: location, severity: severity, rule: rule, message: message, hint: hint,
                notes: notes))
    }
}
