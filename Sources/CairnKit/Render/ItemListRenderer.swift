/// Renders a list of items as an aligned table, a JSON array or CSV.
public enum ItemListRenderer {
    /// Shown for a missing value in the table.
    static let missing = "-"
    /// A title is never cut shorter than this, however narrow the line.
    static let minimumTitleWidth = 12

    /// Columns ID, KIND, STATUS, PRIORITY, OWNER and TITLE, each as wide as
    /// its widest value, separated by two spaces. With `width`, titles are
    /// cut with `…` so that each line fits in that many terminal cells (wide
    /// characters take two). Text from the backlog goes through
    /// ``PrintableText``, so no control character reaches the terminal.
    public static func table(_ items: [Item], width: Int? = nil) -> String {
        let header = ["ID", "KIND", "STATUS", "PRIORITY", "OWNER"]
        let rows = items.map { item in
            [item.id.description, item.kind, item.status ?? missing, item.priority ?? missing, item.owner ?? missing]
                .map { PrintableText.escaped(singleLine($0)) }
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, value) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(value)) }
        }
        let prefixWidth = widths.reduce(0, +) + 2 * widths.count
        let titleWidth = width.map { max(minimumTitleWidth, $0 - prefixWidth) }
        var output = line(header, widths, title: "TITLE")
        for (item, row) in zip(items, rows) {
            let title = PrintableText.escaped(singleLine(item.title ?? missing))
            output += line(row, widths, title: titleWidth.map { DisplayWidth.truncated(title, to: $0) } ?? title)
        }
        return output
    }

    /// A JSON array with one object per item: `id`, `kind`, `path`, `title`,
    /// `status`, `priority`, `owner` (null when absent), `labels` (an array),
    /// and every other field that has a value, in its natural JSON type.
    public static func json(_ items: [Item]) throws -> String {
        try JSONOutput.encode(items.map(jsonObject))
    }

    /// Comma-separated values after RFC 4180: a header row, CRLF line
    /// endings, and fields holding a comma, quote or line break quoted, with
    /// quotes doubled. Labels are joined with `, `.
    public static func csv(_ items: [Item]) -> String {
        var output = csvRecord(["id", "kind", "status", "priority", "owner", "title", "labels", "path"])
        for item in items {
            output += csvRecord([
                item.id.description, item.kind, item.status ?? "", item.priority ?? "", item.owner ?? "",
                item.title ?? "", item.labels.joined(separator: ", "), item.path,
            ])
        }
        return output
    }

    static func jsonObject(_ item: Item) -> JSONValue {
        var object: [String: JSONValue] = [:]
        for (name, value) in item.fields { object[name] = JSONValue(value) }
        object["id"] = .string(item.id.description)
        object["kind"] = .string(item.kind)
        object["path"] = .string(item.path)
        for name in ["title", "status", "priority", "owner"] where object[name] == nil { object[name] = .null }
        if object["labels"] == nil { object["labels"] = .array([]) }
        return .object(object)
    }

    private static func line(_ values: [String], _ widths: [Int], title: String) -> String {
        var output = ""
        for (value, width) in zip(values, widths) {
            output += DisplayWidth.padded(value, to: width + 2)
        }
        return output + title + "\n"
    }

    /// `text` on one line, for a table cell or a heading: each run of line
    /// breaks and tabs becomes one space, and leading or trailing ones go.
    static func singleLine(_ text: some StringProtocol) -> String {
        let isBreak: (Character) -> Bool = { $0.isNewline || $0 == "\t" }
        guard text.contains(where: isBreak) else { return String(text) }
        return text.split(whereSeparator: isBreak).joined(separator: " ")
    }

    static func csvRecord(_ fields: [String]) -> String {
        fields.map(csvField).joined(separator: ",") + "\r\n"
    }

    private static func csvField(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return field
        }
        var quoted = "\""
        for character in field {
            quoted.append(character)
            if character == "\"" { quoted.append("\"") }
        }
        return quoted + "\""
    }
}
