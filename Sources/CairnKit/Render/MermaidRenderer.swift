/// Renders a graph selection as a Mermaid `flowchart LR`, which GitHub
/// renders inside a ```` ```mermaid ```` block.
///
/// Node ids are the item ids with every character other than a letter, digit
/// or underscore replaced by `_` (`US-12` → `US_12`; unambiguous, since an id
/// has one hyphen and digits after it). Labels read `US-12: title`, with
/// characters Mermaid would interpret written as entity codes (`#quot;`).
/// Edges are labelled with the link type; mentions are dotted. Each node has
/// the class of its status category: `open`, `done` or `dropped`.
public enum MermaidRenderer {
    /// The Mermaid text of `selection`, node and edge order as in the selection.
    public static func render(_ selection: GraphSelection, in graph: BacklogGraph, statuses: StatusScheme) -> String {
        var output = "flowchart LR\n"
        for category in StatusCategory.allCases {
            let (fill, stroke) = category.colours
            let text = category == .dropped ? "#57606a,stroke-dasharray:4 4" : "#1f2328"
            output += "    classDef \(category.rawValue) fill:\(fill),stroke:\(stroke),color:\(text)\n"
        }
        for node in selection.nodes {
            let item = graph.items[node]
            let label = escape("\(item.id): \(item.title ?? "")")
            output += "    \(nodeID(item.id))[\"\(label)\"]:::\(statuses.category(of: item.status).rawValue)\n"
        }
        for edge in selection.edges(in: graph) {
            let arrow = edge.type == .mention ? "-.->" : "-->"
            let from = nodeID(graph.items[edge.from].id)
            let to = nodeID(graph.items[edge.to].id)
            output += "    \(from) \(arrow)|\(edgeLabel(edge.type))| \(to)\n"
        }
        if let focus = selection.focus {
            output += "    style \(nodeID(graph.items[focus].id)) stroke-width:3px\n"
        }
        return output
    }

    /// `US-12` → `US_12`.
    public static func nodeID(_ id: ItemID) -> String {
        String(id.description.unicodeScalars.map { isPlain($0) ? Character($0) : "_" })
    }

    /// Text safe inside a double-quoted Mermaid label: quotes, `#`, `<`, `>`
    /// and `&` as entity codes, line breaks and tabs as spaces, and other
    /// control characters as ``PrintableText`` escapes (`\u{1B}`), so that
    /// printing the diagram cannot drive the terminal.
    public static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\"": result += "#quot;"
            case "#": result += "#35;"
            case "<": result += "#lt;"
            case ">": result += "#gt;"
            case "&": result += "#amp;"
            case _ where character.isNewline || character == "\t": result += " "
            default: result += PrintableText.escaped(String(character))
            }
        }
        return result
    }

    /// A link type's name as an edge label, quoted unless it is plain.
    private static func edgeLabel(_ type: LinkType) -> String {
        type.name.unicodeScalars.allSatisfy(isPlain) ? type.name : "\"\(escape(type.name))\""
    }

    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
}
