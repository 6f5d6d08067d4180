/// How much a diagnostic matters. Errors make `cairn check` exit 1.
public enum Severity: String, Hashable, Comparable, Sendable, Codable, CaseIterable {
    case error
    case warning
    case note

    private var rank: Int {
        switch self {
        case .error: return 0
        case .warning: return 1
        case .note: return 2
        }
    }

    /// Errors sort first.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A secondary location that explains a diagnostic ("first defined here").
public struct DiagnosticNote: Hashable, Sendable, Codable {
    public var file: String
    public var location: SourcePosition
    public var message: String

    public init(file: String, location: SourcePosition, message: String) {
        self.file = file
        self.location = location
        self.message = message
    }
}

/// One problem in a backlog: where, how bad, which rule, what and how to fix it.
///
/// Diagnostics are plain values; the text, JSON, SARIF and GitHub renderers
/// all format the same values.
public struct Diagnostic: Hashable, Sendable {
    /// The file's path relative to the repository root, with `/` separators.
    public var file: String
    public var location: SourcePosition
    public var severity: Severity
    /// The stable kebab-case rule id, such as `dangling-reference`.
    public var rule: String
    /// A sentence that names the items involved.
    public var message: String
    /// How to fix it, when Cairn knows ("did you mean US-21?").
    public var hint: String?
    public var notes: [DiagnosticNote]

    public init(
        file: String, location: SourcePosition, severity: Severity, rule: String, message: String,
        hint: String? = nil, notes: [DiagnosticNote] = []
    ) {
        self.file = file
        self.location = location
        self.severity = severity
        self.rule = rule
        self.message = message
        self.hint = hint
        self.notes = notes
    }

    /// The order every output uses: by file, position, severity, rule, message.
    public static func presentationOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
        return lhs.message < rhs.message
    }
}
