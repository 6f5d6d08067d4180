/// Renders diagnostics as GitHub Actions workflow commands, which the runner
/// turns into annotations on the pull request's files:
///
/// ```
/// ::error file=backlog/stories/US-1-a.md,line=5,col=14,title=dangling-reference::US-1 depends_on names …
/// ```
///
/// Errors become `error`, warnings `warning` and notes `notice`. The hint and
/// the notes follow the message on lines of their own. Columns are UTF-16
/// code units, as the web page counts them.
public enum GitHubAnnotationRenderer {
    /// One command per diagnostic, then the summary as a plain log line.
    public static func render(_ diagnostics: [Diagnostic], sources: SourceLookup, summary: DiagnosticSummary) -> String
    {
        var output = ""
        for diagnostic in diagnostics {
            output += annotation(for: diagnostic, sources: sources) + "\n"
        }
        output += summary.text + "\n"
        return output
    }

    /// The workflow command for one diagnostic, without a line ending.
    public static func annotation(for diagnostic: Diagnostic, sources: SourceLookup) -> String {
        let command: String
        switch diagnostic.severity {
        case .error: command = "error"
        case .warning: command = "warning"
        case .note: command = "notice"
        }
        let properties = [
            ("file", diagnostic.file),
            ("line", String(diagnostic.location.line)),
            ("col", String(sources.utf16Column(of: diagnostic.location, in: diagnostic.file))),
            ("title", diagnostic.rule),
        ]
        .map { "\($0.0)=\(escapeProperty($0.1))" }
        .joined(separator: ",")
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        for note in diagnostic.notes {
            message += "\nnote: \(note.file):\(note.location.line):\(note.location.column): \(note.message)"
        }
        return "::\(command) \(properties)::\(escapeData(message))"
    }

    /// Escapes a command's message: `%`, CR and LF as GitHub specifies, and
    /// other control characters (but tabs) as ``PrintableText`` escapes, so
    /// that a value quoted in a message cannot drive the log viewer.
    public static func escapeData(_ text: String) -> String {
        escape(text, isProperty: false)
    }

    /// Escapes a property value: as ``escapeData(_:)``, plus `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escape(text, isProperty: true)
    }

    private static func escape(_ text: String, isProperty: Bool) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": result += "%25"
            case "\r": result += "%0D"
            case "\n": result += "%0A"
            case ":" where isProperty: result += "%3A"
            case "," where isProperty: result += "%2C"
            case _ where scalar != "\t" && scalar.properties.generalCategory == .control:
                result += PrintableText.escaped(String(scalar))
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
