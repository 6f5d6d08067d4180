import CairnKit
import Testing

/// Exact Mermaid and DOT output, and which items a neighbourhood holds.
@Suite("Graph renderers")
struct GraphRendererTests {
    @Test("Mermaid: the whole backlog")
    func mermaidWhole() throws {
        let backlog = try RenderTestBacklog.load()
        let output = MermaidRenderer.render(
            .whole(backlog.graph), in: backlog.graph, statuses: backlog.configuration.statuses)
        #expect(
            output == """
                flowchart LR
                    classDef open fill:#ffffff,stroke:#0969da,color:#1f2328
                    classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328
                    classDef dropped fill:#eaeef2,stroke:#6e7781,color:#57606a,stroke-dasharray:4 4
                    EP_3["EP-3: One-tap #quot;checkout#quot;"]:::open
                    OBJ_1["OBJ-1: Grow checkout conversion"]:::open
                    US_1["US-1: Pay with Apple Pay, fast"]:::open
                    US_2["US-2: Save cards"]:::done
                    US_4["US-4: Pay with crypto"]:::dropped
                    EP_3 -->|parent| OBJ_1
                    US_1 -->|parent| EP_3
                    US_1 -->|depends_on| US_2
                    US_1 -.->|mention| US_2
                    US_2 -->|parent| EP_3

                """)
    }

    @Test("DOT: one item's neighbourhood, focus drawn thicker")
    func dotNeighbourhood() throws {
        let backlog = try RenderTestBacklog.load()
        let graph = backlog.graph
        let id = try #require(ItemID("US-2"))
        let selection = GraphSelection.neighbourhood(of: try #require(graph.node(id)), in: graph)
        #expect(
            DOTRenderer.render(selection, in: graph, statuses: backlog.configuration.statuses) == """
                digraph cairn {
                    rankdir=LR;
                    node [shape=box, style="rounded,filled", fontname="Helvetica"];
                    edge [fontname="Helvetica", fontsize=10];
                    "EP-3" [label="EP-3: One-tap \\"checkout\\"", fillcolor="#ffffff", color="#0969da"];
                    "OBJ-1" [label="OBJ-1: Grow checkout conversion", fillcolor="#ffffff", color="#0969da"];
                    "US-1" [label="US-1: Pay with Apple Pay, fast", fillcolor="#ffffff", color="#0969da"];
                    "US-2" [label="US-2: Save cards", fillcolor="#dafbe1", color="#1a7f37", penwidth=3];
                    "EP-3" -> "OBJ-1" [label="parent"];
                    "US-1" -> "EP-3" [label="parent"];
                    "US-1" -> "US-2" [label="depends_on"];
                    "US-1" -> "US-2" [label="mention", style=dashed];
                    "US-2" -> "EP-3" [label="parent"];
                }

                """)
    }

    @Test("a neighbourhood holds neighbours both ways, ancestors and descendants, nothing else")
    func neighbourhood() throws {
        let graph = try RenderTestBacklog.load().graph
        func ids(around id: String) throws -> [String] {
            let itemID = try #require(ItemID(id))
            let node = try #require(graph.node(itemID))
            return GraphSelection.neighbourhood(of: node, in: graph).nodes.map { graph.items[$0].id.description }
        }
        #expect(try ids(around: "OBJ-1") == ["EP-3", "OBJ-1", "US-1", "US-2"])
        #expect(try ids(around: "US-1") == ["EP-3", "OBJ-1", "US-1", "US-2"])
        #expect(try ids(around: "US-4") == ["US-4"])
    }

    @Test("escaping of labels and ids")
    func escaping() throws {
        #expect(MermaidRenderer.escape("a \"b\" <c> & #d\ne") == "a #quot;b#quot; #lt;c#gt; #amp; #35;d e")
        #expect(MermaidRenderer.nodeID(try #require(ItemID("K_R2-7"))) == "K_R2_7")
        #expect(DOTRenderer.quoted("a \"b\" \\n") == "\"a \\\"b\\\" \\\\n\"")
    }
}
