import Testing

@testable import CairnKit

/// Exact boards on the worked example: text at several widths, colour,
/// Markdown, and text that is wide, hostile or both.
@Suite("Board renderers")
struct BoardRendererTests {
    /// Every kind of the worked example but feedback: more cards and longer
    /// titles than its work items alone, to exercise the layout.
    private static let layoutKinds = ["story", "epic", "bug", "objective", "key-result", "release"]

    /// The worked example's board; without kinds in `filter`, of ``layoutKinds``.
    private func board(
        _ grouping: BoardGrouping = .status, _ filter: ItemFilter = ItemFilter()
    ) throws -> Board {
        let backlog = try BoardStatsFixture.workedExample()
        var filter = filter
        if filter.kinds.isEmpty { filter.kinds = Self.layoutKinds }
        return Board(backlog.graph.items, by: grouping, filter: filter, configuration: backlog.configuration)
    }

    @Test("80 characters: five columns of 14, titles and a long header cut with …")
    func width80() throws {
        #expect(
            BoardTextRenderer.render(try board(), width: 80) == """
                draft (5)       ready (5)       in-progre… (6)  in-review (0)   done (2)
                ──────────────  ──────────────  ──────────────  ──────────────  ──────────────
                US-5 Guest ch…  BUG-1 Double…   EP-1 One-tap…                   US-1 Save car…
                US-8 Kiosk mo…  US-2 Pay with…  US-4 Receipt…                   REL-1 1.0
                KR-3 Fewer ab…  US-3 One-tap…   KR-1 Median c…
                KR-4 50 kiosk…  US-6 Split pa…  KR-2 1,000 cu…
                REL-3 2.0       US-7 Gift car…  OBJ-1 Make ch…
                                                REL-2 1.1

                """)
    }

    @Test("40 characters: columns of 12 do not all fit, so two bands, three columns and two")
    func width40() throws {
        #expect(
            BoardTextRenderer.render(try board(), width: 40) == """
                draft (5)     ready (5)     in-prog… (6)
                ────────────  ────────────  ────────────
                US-5 Guest…   BUG-1 Doubl…  EP-1 One-ta…
                US-8 Kiosk…   US-2 Pay wi…  US-4 Receip…
                KR-3 Fewer…   US-3 One-ta…  KR-1 Median…
                KR-4 50 kio…  US-6 Split…   KR-2 1,000…
                REL-3 2.0     US-7 Gift c…  OBJ-1 Make…
                                            REL-2 1.1

                in-revi… (0)  done (2)
                ────────────  ────────────
                              US-1 Save c…
                              REL-1 1.0

                """)
    }

    @Test("200 characters: five columns of 38, only the longest titles cut")
    func width200() throws {
        #expect(
            BoardTextRenderer.render(try board(), width: 200) == """
                draft (5)                               ready (5)                               in-progress (6)                         in-review (0)                           done (2)
                ──────────────────────────────────────  ──────────────────────────────────────  ──────────────────────────────────────  ──────────────────────────────────────  ──────────────────────────────────────
                US-5 Guest checkout                     BUG-1 Double charge when tapping Pay…   EP-1 One-tap checkout                                                           US-1 Save cards
                US-8 Kiosk mode                         US-2 Pay with Apple Pay                 US-4 Receipt by email                                                           REL-1 1.0
                KR-3 Fewer abandoned carts              US-3 One-tap reorder                    KR-1 Median checkout time down to 20 s
                KR-4 50 kiosks live                     US-6 Split payments                     KR-2 1,000 customers save a card
                REL-3 2.0                               US-7 Gift cards                         OBJ-1 Make checkout the fastest in ou…
                                                                                                REL-2 1.1

                """)
    }

    @Test("by owner at 100 characters: columns no wider than the widest card needs")
    func byOwner() throws {
        #expect(
            BoardTextRenderer.render(try board(.owner), width: 100) == """
                alice (3)                bob (4)                  carol (2)                unassigned (9)
                ───────────────────────  ───────────────────────  ───────────────────────  ───────────────────────
                US-2 Pay with Apple Pay  BUG-1 Double charge wh…  US-5 Guest checkout      EP-1 One-tap checkout
                US-4 Receipt by email    US-1 Save cards          OBJ-1 Make checkout th…  US-8 Kiosk mode
                US-7 Gift cards          US-3 One-tap reorder                              KR-1 Median checkout t…
                                         US-6 Split payments                               KR-2 1,000 customers s…
                                                                                           KR-3 Fewer abandoned c…
                                                                                           KR-4 50 kiosks live
                                                                                           REL-1 1.0
                                                                                           REL-2 1.1
                                                                                           REL-3 2.0

                """)
    }

    @Test("by priority, stories only: each column as wide as the widest card, not the share of the width")
    func byPriorityNarrow() throws {
        #expect(
            BoardTextRenderer.render(try board(.priority, ItemFilter(kinds: ["story"])), width: 200) == """
                must (2)                 should (2)               could (3)                wont (1)
                ───────────────────────  ───────────────────────  ───────────────────────  ───────────────────────
                US-1 Save cards          US-3 One-tap reorder     US-4 Receipt by email    US-7 Gift cards
                US-2 Pay with Apple Pay  US-5 Guest checkout      US-6 Split payments
                                                                  US-8 Kiosk mode

                """)
    }

    @Test("colour: headers bold in their status category's colour, card ids in their own category's")
    func colour() throws {
        let statusBoard = try board(.status, ItemFilter(kinds: ["bug", "story"], statuses: ["ready", "done"]))
        let lines = BoardTextRenderer.render(statusBoard, width: 60, colour: true).split(separator: "\n")
        #expect(
            lines[0] == "\u{1B}[1;34mready (5)\u{1B}[0m" + String(repeating: " ", count: 22)
                + "\u{1B}[1;32mdone (1)\u{1B}[0m")
        #expect(lines[1] == String(repeating: "─", count: 29) + "  " + String(repeating: "─", count: 29))
        #expect(
            lines[2] == "\u{1B}[34mBUG-1\u{1B}[0m Double charge when tap…  \u{1B}[32mUS-1\u{1B}[0m Save cards")
        let ownerBoard = try board(.owner, ItemFilter(owners: ["bob"]))
        let ownerLines = BoardTextRenderer.render(ownerBoard, width: 60, colour: true).split(separator: "\n")
        #expect(ownerLines[0] == "\u{1B}[1mbob (4)\u{1B}[0m")
        #expect(ownerLines[3] == "\u{1B}[32mUS-1\u{1B}[0m Save cards")
        #expect(!BoardTextRenderer.render(ownerBoard, width: 60).contains("\u{1B}"))
    }

    @Test("Markdown: a section per column with a count, cards as a list, empty columns as a heading alone")
    func markdown() throws {
        #expect(
            BoardMarkdownRenderer.render(try board(.owner)) == """
                ### alice (3)

                - **US-2** Pay with Apple Pay
                - **US-4** Receipt by email
                - **US-7** Gift cards

                ### bob (4)

                - **BUG-1** Double charge when tapping Pay twice
                - **US-1** Save cards
                - **US-3** One-tap reorder
                - **US-6** Split payments

                ### carol (2)

                - **US-5** Guest checkout
                - **OBJ-1** Make checkout the fastest in our market

                ### unassigned (9)

                - **EP-1** One-tap checkout
                - **US-8** Kiosk mode
                - **KR-1** Median checkout time down to 20 s
                - **KR-2** 1,000 customers save a card
                - **KR-3** Fewer abandoned carts
                - **KR-4** 50 kiosks live
                - **REL-1** 1.0
                - **REL-2** 1.1
                - **REL-3** 2.0

                """)
        #expect(
            BoardMarkdownRenderer.render(try board(.status, ItemFilter(statuses: ["in-review", "done"]))) == """
                ### in-review (0)

                ### done (2)

                - **US-1** Save cards
                - **REL-1** 1.0

                """)
    }

    @Test("wide characters take two cells, combining marks none: columns stay aligned")
    func wideCharacters() throws {
        let backlog = try BoardStatsFixture.backlog([
            "backlog/stories/US-1-a.md": "---\nid: US-1\ntitle: 日本語のタイトルです\nstatus: draft\n---\n",
            "backlog/stories/US-2-b.md":
                "---\nid: US-2\ntitle: Cafe\u{301} cre\u{300}me bru\u{302}le\u{301}e\nstatus: draft\n---\n",
            "backlog/stories/US-3-c.md": "---\nid: US-3\ntitle: 👍🏽 Ship 🇫🇷 it\nstatus: ready\n---\n",
        ])
        let wide = Board(
            backlog.graph.items, by: .status, filter: ItemFilter(statuses: ["draft", "ready"]),
            configuration: backlog.configuration)
        #expect(
            BoardTextRenderer.render(wide, width: 30) == """
                draft (2)       ready (1)
                ──────────────  ──────────────
                US-1 日本語の…  US-3 👍🏽 Ship…
                US-2 Café crè…

                """)
        #expect(
            BoardTextRenderer.render(wide, width: 80) == """
                draft (2)                  ready (1)
                ─────────────────────────  ─────────────────────────
                US-1 日本語のタイトルです  US-3 👍🏽 Ship 🇫🇷 it
                US-2 Café crème brûlée

                """)
    }

    @Test("control characters in titles and owners are escaped, never sent to the terminal")
    func hostileText() throws {
        let backlog = try BoardStatsFixture.backlog([
            "backlog/stories/US-1-a.md":
                "---\nid: US-1\ntitle: \"Red \\e[31malert\"\nstatus: draft\nowner: \"eve\\e[2J\"\n---\n"
        ])
        let hostile = Board(backlog.graph.items, by: .owner, configuration: backlog.configuration)
        #expect(
            BoardTextRenderer.render(hostile, width: 80) == """
                eve\\u{1B}[2J (1)
                ────────────────────────
                US-1 Red \\u{1B}[31malert

                """)
        #expect(
            BoardMarkdownRenderer.render(hostile) == """
                ### eve\\u{1B}\\[2J (1)

                - **US-1** Red \\u{1B}\\[31malert

                """)
    }

    @Test("Markdown: specials in titles are escaped, so a | cannot split a table cell")
    func markdownEscaping() {
        #expect(
            MarkdownInlineText.escaped("a | b *c* _d_ `e` [f](g) <h> ~i~ $j$ & \\k\nl")
                == #"a \| b \*c\* \_d\_ \`e\` \[f\](g) \<h\> \~i\~ \$j\$ \& \\k l"#)
    }

    @Test("twelve owners on 80 characters: three bands of four columns of 18")
    func manyColumns() throws {
        let owners = (1...12).map { String(format: "owner-%02d", $0) }
        var files: [String: String] = [:]
        for (index, owner) in owners.enumerated() {
            files["backlog/stories/US-\(index + 1)-a.md"] =
                "---\nid: US-\(index + 1)\ntitle: A story with a long title\nstatus: draft\nowner: \(owner)\n---\n"
        }
        let backlog = try BoardStatsFixture.backlog(files)
        let text = BoardTextRenderer.render(
            Board(backlog.graph.items, by: .owner, configuration: backlog.configuration), width: 80)
        let bands = text.components(separatedBy: "\n\n")
        #expect(bands.count == 3)
        #expect(bands[0].hasPrefix("owner-01 (1)" + String(repeating: " ", count: 8) + "owner-02 (1)"))
        #expect(
            bands[2].split(separator: "\n")[2]
                == "US-9 A story with…  US-10 A story wit…  US-11 A story wit…  US-12 A story wit…")
        #expect(text.split(separator: "\n").allSatisfy { DisplayWidth.of($0) <= 80 })
    }

    @Test("a board without columns says so")
    func empty() throws {
        #expect(
            BoardTextRenderer.render(try board(.owner, ItemFilter(labels: ["nothing-has-this"])), width: 80)
                == "no items\n")
    }
}
