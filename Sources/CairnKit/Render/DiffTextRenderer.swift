/// Renders a diff for a terminal: a heading naming both sides, a summary
/// line, then one block per kind of change. Introduced and resolved
/// diagnostics are shown as `cairn check` shows them, with their source
/// lines. Everything taken from the backlog goes through ``PrintableText``.
///
/// ```
/// Backlog changes from main (1a2b3c4) to the working tree
/// 1 added, 1 changed; 1 link added; 1 error introduced
///
/// Added
///   + US-42  story  ready  Pay with Apple Pay  backlog/stories/US-42-pay.md
///
/// Changed
///   US-12  Checkout
///     status: ready → done
///     + depends_on US-42
///     criterion checked: The button shows (Acceptance criteria)
/// ```
public struct DiffTextRenderer: Sendable {
    /// Whether to colour the output with ANSI escape sequences.
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The report; `base` and `head` give the source lines of resolved and
    /// introduced diagnostics.
    public func render(_ diff: BacklogDiff, endpoints: DiffEndpoints, base: SourceLookup, head: SourceLookup) -> String
    {
        var output =
            style(
                "Backlog changes from \(PrintableText.escaped(endpoints.base.label)) to \(PrintableText.escaped(endpoints.head.label))",
                .bold) + "\n"
        guard !diff.isEmpty else { return output + "No changes to the backlog.\n" }
        output += DiffWording.summary(DiffSummary(diff)) + "\n"
        let linksByID = Dictionary(grouping: diff.links, by: \.id)
        if !diff.added.isEmpty {
            output += section(
                "Added", diff.added.flatMap { ["+ " + itemLine($0)] + linkLines(linksByID[$0.id] ?? []) }, .green)
        }
        if !diff.removed.isEmpty {
            output += section(
                "Removed", diff.removed.flatMap { ["- " + itemLine($0)] + linkLines(linksByID[$0.id] ?? []) }, .red)
        }
        if !diff.broken.isEmpty {
            output += section("No longer parse (see the diagnostics)", diff.broken.map { "! " + itemLine($0) }, .red)
        }
        if !diff.renamed.isEmpty {
            output += section("Renamed", diff.renamed.map(renameLine))
        }
        if !diff.changed.isEmpty {
            output += section("Changed", diff.changed.flatMap { changeLines($0, links: linksByID[$0.item.id] ?? []) })
        }
        if !diff.conflicts.isEmpty {
            output += section("Id conflicts", diff.conflicts.flatMap(conflictLines), .red)
        }
        let diagnostics = TextDiagnosticRenderer(colour: colour)
        if !diff.introduced.isEmpty {
            output += "\n" + style("Introduced by \(PrintableText.escaped(endpoints.head.name))", .bold) + "\n"
            output += diff.introduced.map { diagnostics.render($0, sources: head) }.joined(separator: "\n")
        }
        if !diff.resolved.isEmpty {
            output += "\n" + style("Resolved by \(PrintableText.escaped(endpoints.head.name))", .bold) + "\n"
            output += diff.resolved.map { diagnostics.render($0, sources: base) }.joined(separator: "\n")
        }
        return output
    }

    private func section(_ title: String, _ lines: [String], _ mark: ANSIStyle? = nil) -> String {
        "\n" + style(title, .bold) + "\n"
            + lines.map { "  " + ($0.first == " " ? $0 : colourMark($0, mark)) + "\n" }.joined()
    }

    private func colourMark(_ line: String, _ mark: ANSIStyle?) -> String {
        guard let mark, colour else { return line }
        return style(String(line.prefix(1)), mark) + line.dropFirst()
    }

    private func itemLine(_ item: DiffItem) -> String {
        [item.id.description, item.kind, item.status ?? "", item.title ?? "", item.path]
            .filter { !$0.isEmpty }.map(PrintableText.escaped).joined(separator: "  ")
    }

    private func renameLine(_ rename: ItemRename) -> String {
        let ids = rename.from.id == rename.to.id ? "\(rename.to.id)" : "\(rename.from.id) → \(rename.to.id)"
        let paths =
            rename.from.path == rename.to.path
            ? PrintableText.escaped(rename.to.path)
            : "\(PrintableText.escaped(rename.from.path)) → \(PrintableText.escaped(rename.to.path))"
        return "\(ids)  \(paths)"
    }

    private func changeLines(_ changes: ItemChanges, links: [LinkChange]) -> [String] {
        let heading = [changes.item.id.description, changes.item.title ?? ""].filter { !$0.isEmpty }
            .map(PrintableText.escaped).joined(separator: "  ")
        var lines = [heading]
        let linkFields = Set(links.map(\.type.name))
        for field in changes.fields where !linkFields.contains(field.field) {
            lines.append("  " + PrintableText.escaped(DiffWording.fieldChange(field)))
        }
        lines += linkLines(links)
        for change in changes.body {
            lines.append("  " + PrintableText.escaped(DiffWording.bodyChange(change)))
        }
        return lines
    }

    private func linkLines(_ links: [LinkChange]) -> [String] {
        links.map { "  " + colourMark(DiffWording.linkChange($0), $0.change == .added ? .green : .red) }
    }

    private func conflictLines(_ conflict: IDConflict) -> [String] {
        [
            "! \(conflict.id) was added on both sides: \(PrintableText.escaped(conflict.base.path)) and \(PrintableText.escaped(conflict.head.path))",
            "  fix: \(PrintableText.escaped(conflict.suggestion))",
        ]
    }

    private func style(_ text: String, _ style: ANSIStyle) -> String {
        colour ? style.apply(to: text) : text
    }
}
