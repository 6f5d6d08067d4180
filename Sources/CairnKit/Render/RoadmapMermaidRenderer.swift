/// Renders a ``Roadmap`` as a Mermaid `timeline`, which GitHub renders
/// inside a ```` ```mermaid ```` block.
///
/// A timeline rather than a gantt chart: a release has one date and an item
/// none, while every gantt bar needs a start and a length that Cairn would
/// have to invent. Each group is a period — `REL-1 1.0 · 2026-10-01 · 1/2
/// done, 3 of 5 points`, or `now` — and each of its items an event beneath it,
/// `US-4 Receipt by email (in-progress)`, in order. Text is written with
/// Mermaid entity codes for the characters a timeline reads as syntax
/// (`:` separates events, `#` and `%%` start comments).
public enum RoadmapMermaidRenderer {
    public static func render(_ roadmap: Roadmap) -> String {
        var output = "timeline\n    title Roadmap by \(roadmap.grouping.rawValue)\n"
        for group in roadmap.groups {
            let heading = RoadmapRenderer.heading(group)
            let date = group.release == nil ? nil : group.date?.description ?? "no date"
            let parts = [heading.name, date, heading.share, heading.lateness].compactMap { $0 }
            output += "    " + escape(parts.joined(separator: " · ")) + "\n"
            for item in group.items {
                let title = item.title.map { " " + $0 } ?? ""
                output += "        : " + escape("\(item.id)\(title) (\(item.status ?? "no status"))") + "\n"
            }
        }
        return output
    }

    /// ``MermaidRenderer/escape(_:)`` plus `:`, `;` and `%` as entity codes.
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case ":": result += "#58;"
            case ";": result += "#59;"
            case "%": result += "#37;"
            default: result += MermaidRenderer.escape(String(character))
            }
        }
        return result
    }
}
