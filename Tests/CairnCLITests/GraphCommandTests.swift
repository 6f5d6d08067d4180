import Testing

/// `cairn graph` in-process.
@Suite("cairn graph")
struct GraphCommandTests {
    @Test("Mermaid of the whole backlog")
    func mermaid() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("graph", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        flowchart LR
                            classDef open fill:#ffffff,stroke:#0969da,color:#1f2328
                            classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328
                            classDef dropped fill:#eaeef2,stroke:#6e7781,color:#57606a,stroke-dasharray:4 4
                            EP_3["EP-3: One-tap checkout"]:::open
                            OBJ_1["OBJ-1: Grow checkout conversion"]:::open
                            US_1["US-1: Pay with Apple Pay"]:::open
                            US_2["US-2: Save cards, securely"]:::done
                            EP_3 -->|parent| OBJ_1
                            US_1 -->|parent| EP_3
                            US_1 -->|depends_on| US_2
                            US_2 -->|parent| EP_3

                        """, stderr: ""))
    }

    @Test("DOT of one item's neighbourhood")
    func dot() throws {
        let directory = try BacklogFixture.write([
            "backlog/stories/US-7-other.md": "---\nid: US-7\ntitle: Unrelated\nstatus: draft\n---\n"
        ])
        #expect(
            cairn("graph", "OBJ-1", "--format", "dot", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        digraph cairn {
                            rankdir=LR;
                            node [shape=box, style="rounded,filled", fontname="Helvetica"];
                            edge [fontname="Helvetica", fontsize=10];
                            "EP-3" [label="EP-3: One-tap checkout", fillcolor="#ffffff", color="#0969da"];
                            "OBJ-1" [label="OBJ-1: Grow checkout conversion", fillcolor="#ffffff", color="#0969da", penwidth=3];
                            "US-1" [label="US-1: Pay with Apple Pay", fillcolor="#ffffff", color="#0969da"];
                            "US-2" [label="US-2: Save cards, securely", fillcolor="#dafbe1", color="#1a7f37"];
                            "EP-3" -> "OBJ-1" [label="parent"];
                            "US-1" -> "EP-3" [label="parent"];
                            "US-1" -> "US-2" [label="depends_on"];
                            "US-2" -> "EP-3" [label="parent"];
                        }

                        """, stderr: ""))
    }

    @Test("an unknown id exits 2 with a did-you-mean")
    func unknown() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("graph", "EP-33", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: no item EP-33 in the backlog. Did you mean EP-3?\n")
        )
        #expect(cairn("graph", "--format", "png", in: directory).status == 2)
    }
}
