/// Renders ``BacklogStats`` as aligned text tables, one JSON object or
/// Markdown tables.
public enum StatsRenderer {
    /// A line with the number of items, then one table each for kinds,
    /// statuses, priorities, owners, estimates and the items with the most
    /// linked feedback, separated by blank lines; names left, numbers right.
    public static func text(_ stats: BacklogStats) -> String {
        let countTables = countTables(stats)
        let nameWidth = countTables.flatMap { [$0.header] + $0.rows.map(\.label) }.map(DisplayWidth.of).max() ?? 0
        var sections = [pluralized(stats.items, "item")]
        for (header, rows) in countTables {
            sections.append(
                table(
                    [header.uppercased(), "ITEMS"], rows.map { [BoardText.printable($0.label), String($0.items)] },
                    rightAligned: [1], minimumWidths: [nameWidth, 0]))
        }
        let estimates = estimateRows(stats).map { [$0.0, number($0.1.total), String($0.1.items)] }
        sections.append(
            table(["ESTIMATE", "TOTAL", "ITEMS"], estimates, rightAligned: [1, 2], minimumWidths: [nameWidth, 0, 0]))
        if stats.mostLinkedFeedback.isEmpty {
            sections.append("no item has linked feedback\n")
        } else {
            let rows = stats.mostLinkedFeedback.map { entry in
                [
                    entry.id.description, String(entry.feedback.count), ids(entry.feedback),
                    BoardText.printable(entry.title ?? ""),
                ]
            }
            sections.append(table(["ITEM", "FEEDBACK", "FROM", "TITLE"], rows, rightAligned: [1]))
        }
        return sections.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
    }

    /// One JSON object: `items`, then `kinds`, `statuses`, `priorities` and
    /// `owners` as arrays of `{"value", "items"}` in the text's order (value
    /// `null` for the items without one), `estimates` with `open`, `done`
    /// and `dropped` each `{"total", "items"}` (totals rounded to two
    /// decimal places; null when too large for a number), and
    /// `mostLinkedFeedback` as `{"id", "title", "feedback": [ids]}`.
    public static func json(_ stats: BacklogStats) throws -> String {
        func counts(_ counts: [BacklogStats.Count]) -> JSONValue {
            .array(
                counts.map { .object(["value": $0.value.map(JSONValue.string) ?? .null, "items": .integer($0.items)]) })
        }
        let estimates = estimateRows(stats).map { name, estimate in
            (
                name,
                JSONValue.object(["total": .finiteNumber(rounded(estimate.total)), "items": .integer(estimate.items)])
            )
        }
        let feedback = stats.mostLinkedFeedback.map { entry in
            JSONValue.object([
                "id": .string(entry.id.description), "title": entry.title.map(JSONValue.string) ?? .null,
                "feedback": .array(entry.feedback.map { .string($0.description) }),
            ])
        }
        return try JSONOutput.encode(
            JSONValue.object([
                "items": .integer(stats.items), "kinds": counts(stats.kinds), "statuses": counts(stats.statuses),
                "priorities": counts(stats.priorities), "owners": counts(stats.owners),
                "estimates": .object(Dictionary(uniqueKeysWithValues: estimates)),
                "mostLinkedFeedback": .array(feedback),
            ]))
    }

    /// The same tables as GitHub Markdown, after a bold line with the number
    /// of items; backlog text goes through ``MarkdownInlineText``.
    public static func markdown(_ stats: BacklogStats) -> String {
        var sections = ["**\(pluralized(stats.items, "item"))**\n"]
        for (header, rows) in countTables(stats) {
            sections.append(
                markdownTable(
                    [header, "Items"], rows.map { [MarkdownInlineText.escaped($0.label), String($0.items)] },
                    rightAligned: [1]))
        }
        let estimates = estimateRows(stats).map { [$0.0, number($0.1.total), String($0.1.items)] }
        sections.append(markdownTable(["Estimate", "Total", "Items"], estimates, rightAligned: [1, 2]))
        if stats.mostLinkedFeedback.isEmpty {
            sections.append("No item has linked feedback.\n")
        } else {
            let rows = stats.mostLinkedFeedback.map { entry in
                [
                    entry.id.description, String(entry.feedback.count), ids(entry.feedback),
                    MarkdownInlineText.escaped(entry.title ?? ""),
                ]
            }
            sections.append(markdownTable(["Item", "Feedback", "From", "Title"], rows, rightAligned: [1]))
        }
        return sections.joined(separator: "\n")
    }

    private static func estimateRows(_ stats: BacklogStats) -> [(String, BacklogStats.EstimateTotal)] {
        [("open", stats.openEstimate), ("done", stats.doneEstimate), ("dropped", stats.droppedEstimate)]
    }

    /// The four count tables: a header and rows of a label (the value, or
    /// what the items without one are called) and a number of items.
    private static func countTables(_ stats: BacklogStats) -> [(header: String, rows: [(label: String, items: Int)])] {
        func rows(_ counts: [BacklogStats.Count], missing: String) -> [(label: String, items: Int)] {
            counts.map { ($0.value ?? missing, $0.items) }
        }
        return [
            ("Kind", rows(stats.kinds, missing: "no kind")),
            ("Status", rows(stats.statuses, missing: BoardGrouping.status.missingValueTitle)),
            ("Priority", rows(stats.priorities, missing: BoardGrouping.priority.missingValueTitle)),
            ("Owner", rows(stats.owners, missing: BoardGrouping.owner.missingValueTitle)),
        ]
    }

    private static func ids(_ ids: [ItemID]) -> String {
        ids.map(\.description).joined(separator: ", ")
    }

    private static func pluralized(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// A total as ``rounded(_:)`` gives it, or `too large` when the sum is
    /// beyond what a number can hold.
    private static func number(_ value: Double) -> String {
        value.isFinite ? FieldValue.format(rounded(value)) : "too large"
    }

    /// A total rounded to two decimal places, so that sums of fractions
    /// print as written (0.1 + 0.2 is 0.3). Only below 10¹⁵: larger numbers
    /// have no decimals to round, and multiplying them could overflow.
    private static func rounded(_ value: Double) -> Double {
        abs(value) < 1e15 ? (value * 100).rounded() / 100 : value
    }

    private static func table(
        _ header: [String], _ rows: [[String]], rightAligned: Set<Int>, minimumWidths: [Int] = []
    ) -> String {
        var widths = header.map(DisplayWidth.of)
        for (column, minimum) in minimumWidths.enumerated() { widths[column] = max(widths[column], minimum) }
        for row in rows {
            for (column, value) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(value)) }
        }
        return ([header] + rows).map { row in
            var line = ""
            for (column, value) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - DisplayWidth.of(value))
                line += (column == 0 ? "" : "  ") + (rightAligned.contains(column) ? padding + value : value + padding)
            }
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    private static func markdownTable(_ header: [String], _ rows: [[String]], rightAligned: Set<Int>) -> String {
        let rule = header.indices.map { rightAligned.contains($0) ? "---:" : "---" }
        return ([header, rule] + rows).map { "| " + $0.joined(separator: " | ") + " |\n" }.joined()
    }
}
