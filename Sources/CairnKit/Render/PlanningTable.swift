/// Rows of text under a header, rendered as an aligned table for people, a
/// GitHub-flavoured Markdown table, or CSV: the shapes of `cairn rank`,
/// `ready`, `blocked` and `plan`. The last column shown is the title.
struct PlanningTable {
    /// One column: its name for people, or `nil` for a column only CSV
    /// has (`path`), and its name in CSV.
    struct Column {
        var header: String?
        var csv: String
    }

    var columns: [Column]
    /// One array per row, a value per column; empty means "none".
    var rows: [[String]]

    init(columns: [(header: String?, csv: String)], rows: [[String]]) {
        self.columns = columns.map { Column(header: $0.header, csv: $0.csv) }
        self.rows = rows
    }

    /// The names of the columns people see.
    private var header: [String] { columns.compactMap(\.header) }

    /// `row` without the CSV-only columns.
    private func shown(_ row: [String]) -> [String] {
        zip(columns, row).compactMap { $0.header == nil ? nil : $1 }
    }

    /// At most this many values of a list are shown in a table cell; see
    /// ``shownList(_:)``.
    static let shownListLength = 4

    /// A list as a table cell shows it: all of it when it has at most
    /// ``shownListLength`` values, otherwise the first three and
    /// `… (+N)` for the N left out, so that one item with thousands of
    /// dependencies cannot widen every row. CSV and JSON keep whole lists.
    static func shownList(_ values: [String]) -> [String] {
        guard values.count > shownListLength else { return values }
        let kept = shownListLength - 1
        return Array(values.prefix(kept)) + ["… (+\(values.count - kept))"]
    }

    /// Columns as wide as their widest value in terminal cells, separated
    /// by two spaces; an empty value shows as `-`. With `width`, the last
    /// column is cut with `…` so that each line fits, though never below 12
    /// cells.
    func text(width: Int? = nil) -> String {
        let cells = ([header] + rows.map(shown)).map { row in row.map(Self.cell) }
        var widths = [Int](repeating: 0, count: header.count - 1)
        for row in cells {
            for column in widths.indices { widths[column] = max(widths[column], DisplayWidth.of(row[column])) }
        }
        let prefixWidth = widths.reduce(0, +) + 2 * widths.count
        let lastWidth = width.map { max(ItemListRenderer.minimumTitleWidth, $0 - prefixWidth) }
        return cells.enumerated().map { index, row in
            var line = ""
            for (value, width) in zip(row, widths) { line += DisplayWidth.padded(value, to: width + 2) }
            let last = row[row.count - 1]
            guard index > 0, let lastWidth else { return line + last + "\n" }
            return line + DisplayWidth.truncated(last, to: lastWidth) + "\n"
        }.joined()
    }

    /// A value as an aligned table shows it: `-` when empty; otherwise on
    /// one line, tabs as spaces, control characters escaped. Printable
    /// ASCII, what nearly every value is, needs none of that and is
    /// returned as it is: a byte check costs a tenth of the Unicode work.
    static func cell(_ value: String) -> String {
        if value.isEmpty { return ItemListRenderer.missing }
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return value }
        return PrintableText.escaped(String(ItemListRenderer.singleLine(value).map { $0 == "\t" ? " " : $0 }))
    }

    /// A Markdown table; every cell is escaped so that titles cannot break
    /// the table or turn into links, emphasis, math or HTML.
    func markdown() -> String {
        var output = "| " + header.joined(separator: " | ") + " |\n"
        output += "|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows {
            let values = shown(row).map { $0.isEmpty ? ItemListRenderer.missing : MarkdownInlineText.escaped($0) }
            output += "| " + values.joined(separator: " | ") + " |\n"
        }
        return output
    }

    /// RFC 4180 CSV with a header row and CRLF line endings.
    func csv() -> String {
        ([columns.map(\.csv)] + rows).map(ItemListRenderer.csvRecord).joined()
    }
}
