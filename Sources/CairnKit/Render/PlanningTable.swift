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

    /// Columns as wide as their widest value, separated by two spaces; an
    /// empty value shows as `-`. With `width`, the last column is cut with
    /// `…` so that each line fits, though never below 12 characters.
    func text(width: Int? = nil) -> String {
        let cells = ([header] + rows.map(shown)).map { row in
            row.map { $0.isEmpty ? ItemListRenderer.missing : PrintableText.escaped(ItemListRenderer.singleLine($0)) }
        }
        var widths = [Int](repeating: 0, count: header.count - 1)
        for row in cells {
            for column in widths.indices { widths[column] = max(widths[column], row[column].count) }
        }
        let prefixWidth = widths.reduce(0, +) + 2 * widths.count
        let lastWidth = width.map { max(ItemListRenderer.minimumTitleWidth, $0 - prefixWidth) }
        return cells.enumerated().map { index, row in
            var line = ""
            for (value, width) in zip(row, widths) {
                line += value + String(repeating: " ", count: width - value.count + 2)
            }
            let last = row[row.count - 1]
            return line + (index == 0 ? last : ItemListRenderer.truncated(last, to: lastWidth)) + "\n"
        }.joined()
    }

    /// A Markdown table; every cell is escaped so that titles cannot break
    /// the table or turn into links, emphasis or HTML.
    func markdown() -> String {
        var output = markdownRow(header)
        output += "|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows { output += markdownRow(shown(row).map { $0.isEmpty ? ItemListRenderer.missing : $0 }) }
        return output
    }

    /// RFC 4180 CSV with a header row and CRLF line endings.
    func csv() -> String {
        ([columns.map(\.csv)] + rows).map(ItemListRenderer.csvRecord).joined()
    }

    private func markdownRow(_ values: [String]) -> String {
        "| " + values.map(Self.markdownEscaped).joined(separator: " | ") + " |\n"
    }

    /// `text` safe inside a Markdown table cell: on one line, control
    /// characters escaped, and Markdown's inline punctuation backslashed.
    static func markdownEscaped(_ text: String) -> String {
        var escaped = ""
        for character in PrintableText.escaped(ItemListRenderer.singleLine(text)) {
            if markdownSpecials.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Characters that start links, emphasis, code, HTML, entities or
    /// strike-through, or end a table cell.
    private static let markdownSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!"]
}
