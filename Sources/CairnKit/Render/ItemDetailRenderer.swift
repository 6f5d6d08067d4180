/// Renders one item for `cairn show`: its identity, every field in file
/// order, its links out and in grouped by type, and its body.
///
/// Everything taken from the backlog goes through ``PrintableText``, so
/// that no control character in a file reaches the terminal; keys, values
/// and titles are also kept on one line each.
public enum ItemDetailRenderer {
    /// The detail of graph node `node`.
    public static func render(node: Int, in backlog: Backlog) -> String {
        let graph = backlog.graph
        let item = graph.items[node]
        let source = backlog.sourceText(of: item.path)
        var output = aligned(
            [
                ("id", item.id.description), ("kind", item.kind), ("title", item.title ?? "-"), ("path", item.path),
            ], indent: "")

        let fields = item.keys.filter { !["id", "kind", "title"].contains($0.name) }.map { key in
            (key.name, item.fields[key.name]?.displayText ?? rawValue(at: key.position.value, in: source))
        }
        output += fields.isEmpty ? "\nFields: none\n" : "\nFields:\n" + aligned(fields, indent: "  ")

        let outgoing = item.references.map { reference in
            (
                type: reference.type, id: reference.target,
                title: graph.item(reference.target).map(title) ?? "(not in the backlog)"
            )
        }
        output += "\n" + links("Links out", outgoing)
        let incoming = graph.incoming(to: node).map { edge in
            (type: edge.type, id: graph.items[edge.from].id, title: title(graph.items[edge.from]))
        }
        output += "\n" + links("Links in", incoming)

        if let body = source.flatMap(bodyText) {
            output += "\nBody:\n" + body + "\n"
        }
        return output
    }

    private static func title(_ item: Item) -> String {
        item.title.map(shown) ?? "-"
    }

    /// Backlog text on one line, control characters escaped.
    private static func shown(_ text: String) -> String {
        PrintableText.escaped(ItemListRenderer.singleLine(text))
    }

    /// `name: value` lines with the values aligned.
    private static func aligned(_ pairs: [(String, String)], indent: String) -> String {
        let lines = pairs.map { (name: shown($0.0), value: shown($0.1)) }
        let width = lines.map(\.name.count).max() ?? 0
        return lines.map { name, value in
            indent + name + ":" + String(repeating: " ", count: width - name.count + 1) + value + "\n"
        }.joined()
    }

    /// A section of links grouped by type (types sorted by name), each
    /// linked item once per type, in the order first met.
    private static func links(_ heading: String, _ links: [(type: LinkType, id: ItemID, title: String)]) -> String {
        guard !links.isEmpty else { return "\(heading): none\n" }
        var groups: [LinkType: [(id: ItemID, title: String)]] = [:]
        var seen: Set<[String]> = []
        for link in links where seen.insert([link.type.name, link.id.description]).inserted {
            groups[link.type, default: []].append((link.id, link.title))
        }
        var output = "\(heading):\n"
        for type in groups.keys.sorted() {
            let members = groups[type] ?? []
            let width = members.map(\.id.description.count).max() ?? 0
            output += "  \(PrintableText.escaped(type.name)):\n"
            for member in members {
                let id = member.id.description
                output += "    " + id + String(repeating: " ", count: width - id.count + 2) + member.title + "\n"
            }
        }
        return output
    }

    /// The text of a value Cairn did not decode (an unknown key, or a value
    /// of the wrong type) as written on its line.
    private static func rawValue(at position: SourcePosition, in source: SourceText?) -> String {
        guard let line = source?.line(position.line) else { return "" }
        let utf8 = line.utf8
        let offset = min(max(0, position.column - 1), utf8.count)
        let start = utf8.index(utf8.startIndex, offsetBy: offset)
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        return String(line[start...].drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }

    /// The Markdown after the front matter, without leading and trailing
    /// blank lines; `nil` when there is none.
    private static func bodyText(_ source: SourceText) -> String? {
        guard case .success(let split) = FrontMatterSplitter.split(source.text) else { return nil }
        var lines = split.body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        while let first = lines.first, first.allSatisfy(\.isWhitespace) { lines.removeFirst() }
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.isEmpty ? nil : lines.map(PrintableText.escaped).joined(separator: "\n")
    }
}
