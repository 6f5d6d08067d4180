/// Renders rule documentation for `cairn rules`, from the same descriptions
/// the example test runs, so the documentation cannot drift from behaviour.
public enum RuleDocumentationRenderer {
    /// A table of rules: id, default severity and summary, in the order given.
    public static func list(_ rules: [RuleDescription]) -> String {
        let idWidth = max("RULE".count, rules.map(\.id.count).max() ?? 0)
        let severityWidth = "SEVERITY".count
        func row(_ id: String, _ severity: String, _ summary: String) -> String {
            id + pad(id, idWidth) + severity + pad(severity, severityWidth) + summary + "\n"
        }
        return row("RULE", "SEVERITY", "SUMMARY")
            + rules.map { row($0.id, $0.defaultSeverity.rawValue, $0.summary) }.joined()
    }

    /// Everything about one rule: summary, default severity, rationale and
    /// every example with its files, the `↓` markers left in place.
    public static func detail(_ rule: RuleDescription) -> String {
        var output = "\(rule.id)\n\n\(rule.summary)\n\nDefault severity: \(rule.defaultSeverity.rawValue)\n"
        output += wrapped("Looks at: \(lookedAt(rule.scope))", width: 80) + "\n\n"
        output += wrapped(rule.rationale, width: 80) + "\n"
        output += examples(
            "Triggering examples", note: "↓ marks where each diagnostic points", rule.triggeringExamples)
        output += examples("Non-triggering examples", note: nil, rule.nonTriggeringExamples)
        return output
    }

    /// What a rule of `scope` reads, in a user's words.
    private static func lookedAt(_ scope: RuleScope) -> String {
        switch scope {
        case .file: return "one file at a time"
        case .backlog: return "every item's id, kind, links and [[ID]] mentions"
        case .links(let paths):
            let ways = paths.map { path in
                path.steps.map { $0.direction == .outgoing ? $0.type.name : "back along \($0.type.name)" }
                    .joined(separator: " then ")
            }
            return "the item's links, status, priority and date, and those of the items it reaches along "
                + ways.joined(separator: "; ")
        }
    }

    private static func examples(_ heading: String, note: String?, _ examples: [RuleExample]) -> String {
        guard !examples.isEmpty else { return "" }
        var output = "\n\(heading)"
        output += " (paths relative to the backlog root" + (note.map { "; \($0))" } ?? ")") + ":\n"
        for (index, example) in examples.enumerated() {
            output += "\n  Example \(index + 1)\n"
            for (path, content) in example.files {
                output += file(path, content)
            }
            if let configuration = example.configuration {
                output += file("cairn.yml", configuration)
            }
        }
        return output
    }

    /// A file's path, then its lines indented and fenced by `|`.
    private static func file(_ path: String, _ content: String) -> String {
        var lines = content.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        if lines.last?.isEmpty == true { lines.removeLast() }
        return "    \(path):\n" + lines.map { "      | \($0)\n" }.joined()
    }

    /// `text` with its words re-flowed into lines of at most `width`
    /// characters (a longer word gets a line of its own); existing line
    /// breaks are kept.
    static func wrapped(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: width - text.count + 2)
    }
}
