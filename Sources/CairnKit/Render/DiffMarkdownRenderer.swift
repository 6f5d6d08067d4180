/// Renders a diff as a pull-request comment in GitHub Markdown: a heading,
/// a summary table, a section per kind of change with one subsection per
/// changed item (a field table, links and body changes), the diagnostics
/// introduced and resolved, id conflicts with the rename that fixes them,
/// and a Mermaid graph of the dependencies the branch touched.
///
/// Titles, values, paths and messages come from the backlog and are
/// untrusted: they go through ``MarkdownInlineText``, so they cannot break
/// the table they sit in, mention people, or inject HTML.
public enum DiffMarkdownRenderer {
    public static func render(_ diff: BacklogDiff, endpoints: DiffEndpoints, in head: Backlog, base: Backlog) -> String
    {
        var output =
            "## Backlog changes: \(code(endpoints.base.label)) → \(code(endpoints.head.label))\n\n"
        guard !diff.isEmpty else { return output + "No changes to the backlog.\n" }
        output += summaryTable(DiffSummary(diff))
        if !diff.added.isEmpty { output += "\n### Added\n\n" + diff.added.map { "- " + itemLine($0) + "\n" }.joined() }
        if !diff.removed.isEmpty {
            output += "\n### Removed\n\n" + diff.removed.map { "- " + itemLine($0) + "\n" }.joined()
        }
        if !diff.renamed.isEmpty {
            output += "\n### Renamed\n\n" + diff.renamed.map { "- " + renameLine($0) + "\n" }.joined()
        }
        if !diff.changed.isEmpty {
            let linksByID = Dictionary(grouping: diff.links, by: \.id)
            output += "\n### Changed\n"
            output += diff.changed.map { changeSection($0, links: linksByID[$0.item.id] ?? []) }.joined()
        }
        if !diff.conflicts.isEmpty {
            output += "\n### Id conflicts\n\n" + diff.conflicts.map(conflictLine).joined()
        }
        if !diff.introduced.isEmpty {
            output += "\n### Diagnostics introduced\n\n" + diff.introduced.map(diagnosticLine).joined()
        }
        if !diff.resolved.isEmpty {
            output += "\n### Diagnostics resolved\n\n" + diff.resolved.map(diagnosticLine).joined()
        }
        if let graph = DiffMermaidRenderer.render(diff, head: head, base: base) {
            output += "\n### Dependencies touched\n\n```mermaid\n" + graph + "```\n"
        }
        return output
    }

    private static func summaryTable(_ summary: DiffSummary) -> String {
        let rows: [(String, Int)] = [
            ("Items added", summary.added), ("Items removed", summary.removed), ("Items renamed", summary.renamed),
            ("Items changed", summary.changed), ("Links added", summary.linksAdded),
            ("Links removed", summary.linksRemoved), ("Errors introduced", summary.errorsIntroduced),
            ("Diagnostics introduced", summary.introduced), ("Diagnostics resolved", summary.resolved),
            ("Id conflicts", summary.conflicts),
        ]
        return "| Change | Count |\n| --- | ---: |\n"
            + rows.filter { $0.1 > 0 }.map { "| \($0.0) | \($0.1) |\n" }.joined()
    }

    private static func itemLine(_ item: DiffItem) -> String {
        var line = "**\(item.id)** \(MarkdownInlineText.escaped(item.title ?? ""))"
        let facts = [item.kind, item.status].compactMap { $0 }.map(MarkdownInlineText.escaped)
        line += " — " + facts.joined(separator: ", ") + " (\(code(item.path)))"
        return line
    }

    private static func renameLine(_ rename: ItemRename) -> String {
        let ids = rename.from.id == rename.to.id ? "**\(rename.to.id)**" : "**\(rename.from.id)** → **\(rename.to.id)**"
        let paths =
            rename.from.path == rename.to.path
            ? code(rename.to.path) : "\(code(rename.from.path)) → \(code(rename.to.path))"
        return "\(ids) \(paths)"
    }

    private static func changeSection(_ changes: ItemChanges, links: [LinkChange]) -> String {
        var output = "\n#### \(changes.item.id) · \(MarkdownInlineText.escaped(changes.item.title ?? ""))\n\n"
        let linkFields = Set(links.map(\.type.name))
        let fields = changes.fields.filter { !linkFields.contains($0.field) }
        if !fields.isEmpty {
            output += "| Field | Before | After |\n| --- | --- | --- |\n"
            for field in fields {
                output +=
                    "| \(MarkdownInlineText.escaped(field.field)) | \(cell(field.from)) | \(cell(field.to)) |\n"
            }
            output += "\n"
        }
        for link in links {
            let verb = link.change == .added ? "Link added" : "Link removed"
            output += "- \(verb): `\(link.type.name)` → **\(link.target)**\n"
        }
        for change in changes.body {
            output += "- " + MarkdownInlineText.escaped(DiffWording.bodyChange(change)) + "\n"
        }
        return output
    }

    private static func cell(_ value: DiffValue?) -> String {
        value.map { MarkdownInlineText.escaped($0.text) } ?? "—"
    }

    private static func conflictLine(_ conflict: IDConflict) -> String {
        "- **\(conflict.id)** was added on both sides: \(code(conflict.base.path)) and \(code(conflict.head.path)). "
            + "Fix: \(code(conflict.suggestion))\n"
    }

    private static func diagnosticLine(_ diagnostic: Diagnostic) -> String {
        let place = "\(diagnostic.file):\(diagnostic.location.line):\(diagnostic.location.column)"
        return "- **\(diagnostic.severity.rawValue)** \(code(place)) "
            + "\(MarkdownInlineText.escaped(diagnostic.message)) `\(diagnostic.rule)`\n"
    }

    /// Untrusted text as inline code: a fence longer than any run of
    /// backticks inside, line breaks as spaces.
    static func code(_ text: String) -> String {
        let flat = PrintableText.escaped(ItemListRenderer.singleLine(text))
        var longest = 0
        var run = 0
        for character in flat {
            run = character == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        let fence = String(repeating: "`", count: longest + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") ? " " : ""
        return fence + padding + flat + padding + fence
    }
}
