import CairnKit
import Testing

/// Exact text, JSON and Markdown of `cairn stats` on the worked example.
@Suite("Stats renderer")
struct StatsRendererTests {
    private func stats() throws -> BacklogStats {
        let backlog = try BoardStatsFixture.workedExample()
        return BacklogStats(graph: backlog.graph, configuration: backlog.configuration, top: 5)
    }

    @Test("text: aligned tables, names left and numbers right")
    func text() throws {
        #expect(
            StatsRenderer.text(try stats()) == """
                22 items

                KIND         ITEMS
                story            8
                epic             1
                objective        2
                key-result       4
                release          3
                feedback         3
                bug              1

                STATUS       ITEMS
                draft            5
                ready            5
                in-progress      6
                in-review        0
                done             2
                dropped          1
                no status        3

                PRIORITY     ITEMS
                must             4
                should           2
                could            3
                wont             1
                no priority     12

                OWNER        ITEMS
                bob              4
                alice            3
                carol            3
                unassigned      12

                ESTIMATE     TOTAL  ITEMS
                open            40      8
                done             3      1
                dropped          0      0

                ITEM  FEEDBACK  FROM              TITLE
                US-5         3  FB-1, FB-2, FB-3  Guest checkout
                US-2         1  FB-1              Pay with Apple Pay

                """)
    }

    @Test("JSON: counts as arrays in the text's order, null for the items without a value")
    func json() throws {
        #expect(
            try StatsRenderer.json(try stats()) == """
                {"estimates":{"done":{"items":1,"total":3},"dropped":{"items":0,"total":0},\
                "open":{"items":8,"total":40}},"items":22,\
                "kinds":[{"items":8,"value":"story"},{"items":1,"value":"epic"},{"items":2,"value":"objective"},\
                {"items":4,"value":"key-result"},{"items":3,"value":"release"},{"items":3,"value":"feedback"},\
                {"items":1,"value":"bug"}],\
                "mostLinkedFeedback":[{"feedback":["FB-1","FB-2","FB-3"],"id":"US-5","title":"Guest checkout"},\
                {"feedback":["FB-1"],"id":"US-2","title":"Pay with Apple Pay"}],\
                "owners":[{"items":4,"value":"bob"},{"items":3,"value":"alice"},{"items":3,"value":"carol"},\
                {"items":12,"value":null}],\
                "priorities":[{"items":4,"value":"must"},{"items":2,"value":"should"},{"items":3,"value":"could"},\
                {"items":1,"value":"wont"},{"items":12,"value":null}],\
                "statuses":[{"items":5,"value":"draft"},{"items":5,"value":"ready"},{"items":6,"value":"in-progress"},\
                {"items":0,"value":"in-review"},{"items":2,"value":"done"},{"items":1,"value":"dropped"},\
                {"items":3,"value":null}]}

                """)
    }

    @Test("Markdown: the same tables for GitHub, numbers right-aligned")
    func markdown() throws {
        let markdown = StatsRenderer.markdown(try stats())
        #expect(markdown.hasPrefix("**22 items**\n\n| Kind | Items |\n| --- | ---: |\n| story | 8 |\n"))
        #expect(markdown.contains("\n| in-review | 0 |\n| done | 2 |\n| dropped | 1 |\n| no status | 3 |\n\n"))
        #expect(markdown.contains("\n| Owner | Items |\n| --- | ---: |\n| bob | 4 |\n"))
        #expect(
            markdown.hasSuffix(
                """
                | Estimate | Total | Items |
                | --- | ---: | ---: |
                | open | 40 | 8 |
                | done | 3 | 1 |
                | dropped | 0 | 0 |

                | Item | Feedback | From | Title |
                | --- | ---: | --- | --- |
                | US-5 | 3 | FB-1, FB-2, FB-3 | Guest checkout |
                | US-2 | 1 | FB-1 | Pay with Apple Pay |

                """))
    }

    @Test("titles and owners are escaped: control characters in text, Markdown specials in Markdown")
    func hostileText() throws {
        let backlog = try BoardStatsFixture.backlog([
            "backlog/stories/US-1-a.md":
                "---\nid: US-1\ntitle: \"a | b\\e[2J\"\nstatus: draft\nowner: \"x|y\"\nevidence: [FB-1]\n---\n",
            "backlog/feedback/FB-1-a.md": "---\nid: FB-1\ntitle: F\n---\n",
        ])
        let stats = BacklogStats(graph: backlog.graph, configuration: backlog.configuration, top: 5)
        let text = StatsRenderer.text(stats)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("\nUS-1         1  FB-1  a | b\\u{1B}[2J\n"))
        let markdown = StatsRenderer.markdown(stats)
        #expect(markdown.contains("\n| x\\|y | 1 |\n"))
        #expect(markdown.contains("\n| US-1 | 1 | FB-1 | a \\| b\\u{1B}\\[2J |\n"))
    }

    @Test("fractional estimates keep two decimals; no linked feedback says so")
    func fractions() throws {
        let backlog = try BoardStatsFixture.backlog([
            "backlog/stories/US-1-a.md": "---\nid: US-1\ntitle: A\nstatus: draft\nestimate: 0.1\n---\n",
            "backlog/stories/US-2-b.md": "---\nid: US-2\ntitle: B\nstatus: draft\nestimate: 0.2\n---\n",
        ])
        let stats = BacklogStats(graph: backlog.graph, configuration: backlog.configuration, top: 5)
        let text = StatsRenderer.text(stats)
        #expect(text.contains("\nopen           0.3      2\n"))
        #expect(text.hasSuffix("\nno item has linked feedback\n"))
        #expect(try StatsRenderer.json(stats).contains(#""open":{"items":2,"total":0.3}"#))
    }
}
