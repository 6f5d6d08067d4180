/// Renders diagnostics the way compilers do: a location line, the source
/// line, a caret under the column, the fix hint and the notes.
///
/// ```
/// backlog/stories/US-1-a.md:5:14: error: US-1 depends_on names US-21, … [dangling-reference]
/// depends_on: [US-21]
///              ^
///   hint: did you mean US-12?
/// ```
public struct TextDiagnosticRenderer: Sendable {
    /// Whether to colour the output with ANSI escape sequences.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// Every diagnostic as a block followed by a blank line, then the summary line.
    public func render(_ diagnostics: [Diagnostic], sources: SourceLookup, summary: DiagnosticSummary) -> String {
        var output = ""
        for diagnostic in diagnostics {
            output += render(diagnostic, sources: sources)
            output += "\n"
        }
        output += style(summary.text, .bold) + "\n"
        return output
    }

    /// One diagnostic's block, each line ending in a newline. Everything
    /// taken from the backlog is printed through ``PrintableText``.
    public func render(_ diagnostic: Diagnostic, sources: SourceLookup) -> String {
        let location = diagnostic.location
        let file = PrintableText.escaped(diagnostic.file)
        var output = style("\(file):\(location.line):\(location.column):", .bold) + " "
        output += label(diagnostic.severity) + " "
        output += style(PrintableText.escaped(diagnostic.message), .bold) + " "
        output += style("[\(diagnostic.rule)]", .dim) + "\n"
        if let line = sources.line(location.line, of: diagnostic.file) {
            output += PrintableText.escaped(line) + "\n"
            output += Self.caretIndent(for: location.column, in: line) + style("^", .green) + "\n"
        }
        if let hint = diagnostic.hint {
            output += "  " + style("hint:", .cyan) + " " + PrintableText.escaped(hint) + "\n"
        }
        for note in diagnostic.notes {
            let place = "\(PrintableText.escaped(note.file)):\(note.location.line):\(note.location.column):"
            output +=
                style(place, .bold) + " " + style("note:", .cyan) + " " + PrintableText.escaped(note.message) + "\n"
        }
        return output
    }

    /// The whitespace that puts a caret under UTF-8 column `column` of
    /// `line` as printed: one space per character before it (an escaped
    /// control character counts as its escape), tabs kept as tabs so the
    /// caret lines up whatever the terminal's tab width.
    public static func caretIndent(for column: Int, in line: Substring) -> String {
        let count = ColumnConverter.characterOffset(ofUTF8Column: column, in: line)
        return String(PrintableText.escaped(line.prefix(count)).map { $0 == "\t" ? "\t" : " " })
    }

    private func label(_ severity: Severity) -> String {
        switch severity {
        case .error: return style("error:", .red)
        case .warning: return style("warning:", .magenta)
        case .note: return style("note:", .cyan)
        }
    }

    private func style(_ text: String, _ style: ANSIStyle) -> String {
        colour ? style.apply(to: text) : text
    }
}

/// The few ANSI terminal styles the text renderer uses.
enum ANSIStyle: String {
    case bold = "1"
    case dim = "2"
    case red = "1;31"
    case green = "1;32"
    case magenta = "1;35"
    case cyan = "1;36"

    func apply(to text: String) -> String {
        "\u{1B}[\(rawValue)m\(text)\u{1B}[0m"
    }
}
