/// Renders diagnostics as one JSON object for scripts:
/// `{"diagnostics":[…],"schemaVersion":1,"summary":{…}}`, keys sorted.
///
/// Lines and columns are 1-based; columns count UTF-8 bytes, like the text
/// output. `file` is relative to the repository root. `hint` is omitted when
/// there is none; `notes` is always present.
public enum JSONDiagnosticRenderer {
    /// The version of the JSON layout; raised on any incompatible change.
    public static let schemaVersion = 1

    /// The JSON document of `diagnostics`, in the order given, with a trailing newline.
    public static func render(_ diagnostics: [Diagnostic], summary: DiagnosticSummary) throws -> String {
        try JSONOutput.encode(
            Document(schemaVersion: schemaVersion, diagnostics: diagnostics.map(Entry.init), summary: summary))
    }

    private struct Document: Encodable {
        var schemaVersion: Int
        var diagnostics: [Entry]
        var summary: DiagnosticSummary
    }

    /// One diagnostic as JSON; `cairn diff` writes the same entries.
    struct Entry: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: Severity
        var rule: String
        var message: String
        var hint: String?
        var notes: [Note]

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity
            rule = diagnostic.rule
            message = diagnostic.message
            hint = diagnostic.hint
            notes = diagnostic.notes.map(Note.init)
        }
    }

    struct Note: Encodable {
        var file: String
        var line: Int
        var column: Int
        var message: String

        init(_ note: DiagnosticNote) {
            file = note.file
            line = note.location.line
            column = note.location.column
            message = note.message
        }
    }
}
