/// The dependencies a diff touched as a Mermaid `flowchart LR`: every
/// `depends_on` link the branch added (a solid arrow labelled `added`) or
/// removed (a dotted arrow labelled `removed`), and the items at their
/// ends, labelled `US-12: title` and classed by status as ``MermaidRenderer``
/// does. `nil` when the branch touched no dependency. At most
/// ``edgeLimit`` links are drawn — a larger graph is unreadable, and
/// Mermaid refuses long diagrams — and a comment says how many were not.
enum DiffMermaidRenderer {
    static let edgeLimit = 100

    static func render(_ diff: BacklogDiff, head: Backlog, base: Backlog) -> String? {
        let all = diff.links.filter { $0.type == .dependsOn }
        guard !all.isEmpty else { return nil }
        let touched = all.prefix(edgeLimit)
        var output = "flowchart LR\n"
        for category in StatusCategory.allCases {
            let (fill, stroke) = category.colours
            output += "    classDef \(category.rawValue) fill:\(fill),stroke:\(stroke),color:#1f2328\n"
        }
        var nodes: [ItemID] = []
        var seen: Set<ItemID> = []
        for link in touched {
            for id in [link.id, link.target] where seen.insert(id).inserted { nodes.append(id) }
        }
        for id in nodes {
            let item = head.graph.item(id) ?? base.graph.item(id)
            let label = MermaidRenderer.escape("\(id): \(item?.title ?? "(missing)")")
            let category = head.configuration.statuses.category(of: item?.status).rawValue
            output += "    \(MermaidRenderer.nodeID(id))[\"\(label)\"]:::\(category)\n"
        }
        for link in touched {
            let arrow = link.change == .added ? "-->|added|" : "-.->|removed|"
            output += "    \(MermaidRenderer.nodeID(link.id)) \(arrow) \(MermaidRenderer.nodeID(link.target))\n"
        }
        if all.count > touched.count {
            output += "    %% \(all.count - touched.count) more changed dependencies are not drawn\n"
        }
        return output
    }
}
