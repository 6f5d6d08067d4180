/// Renders a diff as a pull-request comment in GitHub Markdown: a heading,
/// a summary table, a section per kind of change with one subsection per
/// changed item (a field table, links and body changes), the diagnostics
/// introduced and resolved, id conflicts with the rename that fixes them,
/// and a Mermaid graph of the dependencies the branch touched.
///
/// Titles, values, paths and messages come from the backlog and are
/// untrusted: they go through ``MarkdownInlineText``, so they cannot break
/// the table they sit in, mention people, or inject HTML.
///
/// A comment has a size limit (GitHub's is 65,536 characters): past
/// `limit`, each list ends with how many entries were left out and where to
/// find them all, so the comment always posts.
public struct DiffMarkdownRenderer: Sendable {
    /// The most characters the report may take, a little under GitHub's limit.
    public var limit: Int

    public init(limit: Int = 60_000) {
        self.limit = limit
    }

    /// Characters kept free for the lines that say what was left out.
    private static let reserve = 1_000

    public func render(_ diff: BacklogDiff, endpoints: DiffEndpoints, in head: Backlog, base: Backlog) -> String {
        var output = Output(limit: limit - Self.reserve)
        output.append(
            "## Backlog changes: \(Self.code(endpoints.base.label)) → \(Self.code(endpoints.head.label))\n\n")
        guard !diff.isEmpty else {
            output.append("No changes to the backlog.\n")
            return output.text
        }
        output.append(Self.summaryTable(DiffSummary(diff)))
        let linksByID = Dictionary(grouping: diff.links, by: \.id)
        output.list("Added", diff.added.map { Self.itemLine($0, links: linksByID[$0.id] ?? []) })
        output.list("Removed", diff.removed.map { Self.itemLine($0, links: linksByID[$0.id] ?? []) })
        output.list("No longer parse", diff.broken.map { Self.itemLine($0, links: []) })
        output.list("Renamed", diff.renamed.map(Self.renameLine))
        output.list(
            "Changed", diff.changed.map { Self.changeSection($0, links: linksByID[$0.item.id] ?? []) },
            separator: "")
        output.list("Id conflicts", diff.conflicts.map(Self.conflictLine))
        output.list("Diagnostics introduced", diff.introduced.map(Self.diagnosticLine))
        output.list("Diagnostics resolved", diff.resolved.map(Self.diagnosticLine))
        if let graph = DiffMermaidRenderer.render(diff, head: head, base: base) {
            output.appendIfRoom("\n### Dependencies touched\n\n```mermaid\n" + graph + "```\n")
        }
        if output.leftOut > 0 {
            output.append(
                "\n_\(output.leftOut) entries did not fit in one comment; "
                    + "`cairn diff --format json` lists them all._\n")
        }
        return output.text
    }

    /// The report being written, and how much of it was left out.
    private struct Output {
        let limit: Int
        var text = ""
        var leftOut = 0

        mutating func append(_ chunk: String) {
            text += chunk
        }

        mutating func appendIfRoom(_ chunk: String) {
            if text.utf16.count + chunk.utf16.count <= limit { text += chunk }
        }

        /// A `### title` section of `entries`, as many as fit.
        mutating func list(_ title: String, _ entries: [String], separator: String = "\n") {
            guard !entries.isEmpty else { return }
            let heading = "\n### \(title)\n" + separator
            guard text.utf16.count + heading.utf16.count <= limit else {
                leftOut += entries.count
                return
            }
            text += heading
            for (index, entry) in entries.enumerated() {
                guard text.utf16.count + entry.utf16.count <= limit else {
                    let rest = entries.count - index
                    leftOut += rest
                    text += "\n- … and \(rest) more\n"
                    return
                }
                text += entry
            }
        }
    }

    private static func summaryTable(_ summary: DiffSummary) -> String {
        let rows: [(String, Int)] = [
            ("Items added", summary.added), ("Items removed", summary.removed),
            ("Items that no longer parse", summary.broken), ("Items renamed", summary.renamed),
            ("Items changed", summary.changed), ("Links added", summary.linksAdded),
            ("Links removed", summary.linksRemoved), ("Errors introduced", summary.errorsIntroduced),
            ("Diagnostics introduced", summary.introduced), ("Diagnostics resolved", summary.resolved),
            ("Id conflicts", summary.conflicts),
        ]
        return "| Change | Count |\n| --- | ---: |\n"
            + rows.filter { $0.1 > 0 }.map { "| \($0.0) | \($0.1) |\n" }.joined()
    }

    private static func itemLine(_ item: DiffItem, links: [LinkChange]) -> String {
        var line = "- **\(item.id)** \(MarkdownInlineText.escaped(item.title ?? ""))"
        let facts = [item.kind, item.status].compactMap { $0 }.map(MarkdownInlineText.escaped)
        line += " — " + facts.joined(separator: ", ") + " (\(code(item.path)))\n"
        return line + links.map { "  - " + linkLine($0) + "\n" }.joined()
    }

    private static func linkLine(_ link: LinkChange) -> String {
        "\(link.change == .added ? "Link added" : "Link removed"): `\(link.type.name)` → **\(link.target)**"
    }

    private static func renameLine(_ rename: ItemRename) -> String {
        let ids =
            rename.from.id == rename.to.id ? "**\(rename.to.id)**" : "**\(rename.from.id)** → **\(rename.to.id)**"
        let paths =
            rename.from.path == rename.to.path
            ? code(rename.to.path) : "\(code(rename.from.path)) → \(code(rename.to.path))"
        return "- \(ids) \(paths)\n"
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
        for link in links { output += "- " + linkLine(link) + "\n" }
        for change in changes.body {
            output += "- " + MarkdownInlineText.escaped(DiffWording.bodyChange(change)) + "\n"
        }
        return output
    }

    /// A value in a table cell, cut to 200 characters.
    private static func cell(_ value: DiffValue?) -> String {
        guard let value else { return "—" }
        let text = value.text.count > 200 ? value.text.prefix(199) + "…" : Substring(value.text)
        return MarkdownInlineText.escaped(text)
    }

    private static func conflictLine(_ conflict: IDConflict) -> String {
        "- **\(conflict.id)** was added on both sides: \(code(conflict.base.path)) and \(code(conflict.head.path)). "
            + "Fix, from the repository root: \(code(conflict.suggestion))\n"
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
