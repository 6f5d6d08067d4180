/// Renders a graph selection in Graphviz's DOT language (`digraph cairn`):
/// nodes quoted by id and labelled `US-12: title`, filled by status category;
/// edges labelled with the link type, mentions dashed.
public enum DOTRenderer {
    /// The DOT text of `selection`, node and edge order as in the selection.
    public static func render(_ selection: GraphSelection, in graph: BacklogGraph, statuses: StatusScheme) -> String {
        var output = "digraph cairn {\n"
        output += "    rankdir=LR;\n"
        output += "    node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n"
        output += "    edge [fontname=\"Helvetica\", fontsize=10];\n"
        for node in selection.nodes {
            let item = graph.items[node]
            let (fill, stroke) = statuses.category(of: item.status).colours
            var attributes =
                "label=\(quoted("\(item.id): \(item.title ?? "")")), fillcolor=\"\(fill)\", color=\"\(stroke)\""
            if node == selection.focus { attributes += ", penwidth=3" }
            output += "    \(quoted(item.id.description)) [\(attributes)];\n"
        }
        for edge in selection.edges(in: graph) {
            var attributes = "label=\(quoted(edge.type.name))"
            if edge.type == .mention { attributes += ", style=dashed" }
            output +=
                "    \(quoted(graph.items[edge.from].id.description)) -> \(quoted(graph.items[edge.to].id.description)) [\(attributes)];\n"
        }
        output += "}\n"
        return output
    }

    /// A DOT double-quoted string: backslashes and quotes escaped, line
    /// breaks as spaces, other control characters as ``PrintableText``
    /// escapes (`\u{1B}`, its backslash doubled so that DOT shows it), so
    /// that DOT printed to a terminal cannot drive it.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case _ where character.isNewline: result += " "
            case _ where character.unicodeScalars.contains { $0 != "\t" && $0.properties.generalCategory == .control }:
                result += PrintableText.escaped(String(character)).replacingOccurrences(of: "\\", with: "\\\\")
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
