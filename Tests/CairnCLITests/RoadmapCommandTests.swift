import Testing

/// `cairn roadmap` in-process on the worked example.
@Suite("cairn roadmap")
struct RoadmapCommandTests {
    @Test("by release: text")
    func text() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("roadmap", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        REL-1 1.0 (2026-10-01, done): 1/2 done, 3 of 5 points; past its date with 1 open item
                          US-1   done          3  Save cards
                          US-4   in-progress   2  Receipt by email

                        REL-2 1.1 (2026-12-15, in-progress): 0/4 done, 0 of 13 points
                          EP-1   in-progress   -  One-tap checkout
                          US-2   ready         5  Pay with Apple Pay
                          US-3   ready         3  One-tap reorder
                          US-6   ready         5  Split payments

                        REL-3 2.0 (2027-03-01, draft): 0/1 done, 0 of 8 points
                          US-5   draft         8  Guest checkout

                        Unscheduled: 0/3 done, 0 of 17 points
                          BUG-1  ready         1  Double charge when tapping Pay twice
                          US-7   ready         3  Gift cards
                          US-8   draft        13  Kiosk mode

                        """, stderr: ""))
    }

    @Test("by horizon: text")
    func horizon() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("roadmap", "--by", "horizon", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        now: 0/2 done, 0 of 7 points
                          US-2   ready         5  Pay with Apple Pay
                          US-4   in-progress   2  Receipt by email

                        next: 0/2 done, 0 of 8 points
                          US-3   ready         3  One-tap reorder
                          US-6   ready         5  Split payments

                        later: 0/2 done, 0 of 21 points
                          US-5   draft         8  Guest checkout
                          US-8   draft        13  Kiosk mode

                        Unscheduled: 1/4 done, 3 of 7 points
                          BUG-1  ready         1  Double charge when tapping Pay twice
                          EP-1   in-progress   -  One-tap checkout
                          US-1   done          3  Save cards
                          US-7   ready         3  Gift cards

                        """, stderr: ""))
    }

    @Test("before REL-1's date nothing is late")
    func beforeTheDate() throws {
        let directory = try PlanningCommandFixture.copy()
        let result = try PlanningCommandFixture.run("roadmap", in: directory, today: "2026-09-30")
        #expect(result.stdout.hasPrefix("REL-1 1.0 (2026-10-01, done): 1/2 done, 3 of 5 points\n"))
    }

    @Test("Markdown")
    func markdown() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("roadmap", "--format", "markdown", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        ## REL-1 1.0

                        2026-10-01, done · 1/2 done, 3 of 5 points · past its date with 1 open item

                        | Item | Status | Estimate | Title |
                        | --- | --- | ---: | --- |
                        | US-1 | done | 3 | Save cards |
                        | US-4 | in-progress | 2 | Receipt by email |

                        ## REL-2 1.1

                        2026-12-15, in-progress · 0/4 done, 0 of 13 points

                        | Item | Status | Estimate | Title |
                        | --- | --- | ---: | --- |
                        | EP-1 | in-progress | – | One-tap checkout |
                        | US-2 | ready | 5 | Pay with Apple Pay |
                        | US-3 | ready | 3 | One-tap reorder |
                        | US-6 | ready | 5 | Split payments |

                        ## REL-3 2.0

                        2027-03-01, draft · 0/1 done, 0 of 8 points

                        | Item | Status | Estimate | Title |
                        | --- | --- | ---: | --- |
                        | US-5 | draft | 8 | Guest checkout |

                        ## Unscheduled

                        0/3 done, 0 of 17 points

                        | Item | Status | Estimate | Title |
                        | --- | --- | ---: | --- |
                        | BUG-1 | ready | 1 | Double charge when tapping Pay twice |
                        | US-7 | ready | 3 | Gift cards |
                        | US-8 | draft | 13 | Kiosk mode |

                        """, stderr: ""))
    }

    @Test("Mermaid: a timeline of releases with their items")
    func mermaid() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("roadmap", "--format", "mermaid", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        timeline
                            title Roadmap by release
                            REL-1 1.0 · 2026-10-01 · 1/2 done, 3 of 5 points · past its date with 1 open item
                                : US-1 Save cards (done)
                                : US-4 Receipt by email (in-progress)
                            REL-2 1.1 · 2026-12-15 · 0/4 done, 0 of 13 points
                                : EP-1 One-tap checkout (in-progress)
                                : US-2 Pay with Apple Pay (ready)
                                : US-3 One-tap reorder (ready)
                                : US-6 Split payments (ready)
                            REL-3 2.0 · 2027-03-01 · 0/1 done, 0 of 8 points
                                : US-5 Guest checkout (draft)
                            Unscheduled · 0/3 done, 0 of 17 points
                                : BUG-1 Double charge when tapping Pay twice (ready)
                                : US-7 Gift cards (ready)
                                : US-8 Kiosk mode (draft)

                        """, stderr: ""))
    }

    @Test("JSON")
    func json() throws {
        let directory = try PlanningCommandFixture.copy()
        let item = { (id: String, kind: String, path: String, status: String, title: String, estimate: String) in
            "{\"estimate\":\(estimate),\"id\":\"\(id)\",\"kind\":\"\(kind)\",\"path\":\"backlog/\(path).md\","
                + "\"status\":\"\(status)\",\"title\":\"\(title)\"}"
        }
        let share = { (items: Int, done: Int, points: Int, donePoints: Int) in
            "\"share\":{\"doneItems\":\(done),\"donePoints\":\(donePoints),\"items\":\(items),\"points\":\(points)}"
        }
        let release = { (id: String, title: String, status: String, date: String) in
            "\"release\":{\"date\":\"\(date)\",\"id\":\"\(id)\",\"status\":\"\(status)\",\"title\":\"\(title)\"}"
        }
        let expected =
            "{\"grouping\":\"release\",\"groups\":["
            + "{\"group\":\"release\",\"horizon\":null,\"items\":["
            + item("US-1", "story", "stories/US-1-save-cards", "done", "Save cards", "3") + ","
            + item("US-4", "story", "stories/US-4-receipt-by-email", "in-progress", "Receipt by email", "2")
            + "],\"overdue\":[\"US-4\"],\"pastDate\":true," + release("REL-1", "1.0", "done", "2026-10-01") + ","
            + share(2, 1, 5, 3) + "},"
            + "{\"group\":\"release\",\"horizon\":null,\"items\":["
            + item("EP-1", "epic", "epics/EP-1-one-tap-checkout", "in-progress", "One-tap checkout", "null") + ","
            + item("US-2", "story", "stories/US-2-pay-with-apple-pay", "ready", "Pay with Apple Pay", "5") + ","
            + item("US-3", "story", "stories/US-3-one-tap-reorder", "ready", "One-tap reorder", "3") + ","
            + item("US-6", "story", "stories/US-6-split-payments", "ready", "Split payments", "5")
            + "],\"overdue\":[],\"pastDate\":false," + release("REL-2", "1.1", "in-progress", "2026-12-15") + ","
            + share(4, 0, 13, 0) + "},"
            + "{\"group\":\"release\",\"horizon\":null,\"items\":["
            + item("US-5", "story", "stories/US-5-guest-checkout", "draft", "Guest checkout", "8")
            + "],\"overdue\":[],\"pastDate\":false," + release("REL-3", "2.0", "draft", "2027-03-01") + ","
            + share(1, 0, 8, 0) + "},"
            + "{\"group\":\"unscheduled\",\"horizon\":null,\"items\":["
            + item("BUG-1", "bug", "bugs/BUG-1-double-charge", "ready", "Double charge when tapping Pay twice", "1")
            + "," + item("US-7", "story", "stories/US-7-gift-cards", "ready", "Gift cards", "3") + ","
            + item("US-8", "story", "stories/US-8-kiosk-mode", "draft", "Kiosk mode", "13")
            + "],\"overdue\":[],\"pastDate\":false,\"release\":null," + share(3, 0, 17, 0) + "}"
            + "],\"schemaVersion\":1,\"today\":\"2026-11-21\"}\n"
        #expect(
            try PlanningCommandFixture.run("roadmap", "--format", "json", in: directory)
                == RunResult(status: 0, stdout: expected, stderr: ""))
    }

    @Test("titles cannot break Markdown tables or Mermaid lines")
    func hostileTitles() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "backlog/releases/REL-1-x.md",
            "---\nid: REL-1\ntitle: \"1.0 | \\\"beta\\\" #1: 50% off; <now> & *then*\"\nstatus: draft\ndate: 2999-01-01\n---\n"
        )
        try directory.write(
            "backlog/stories/US-1-x.md",
            "---\nid: US-1\ntitle: \"Pay [now](x) `fast` _or_ ~never~ $5 !\"\nstatus: draft\nrelease: REL-1\n---\n")
        let markdown = try PlanningCommandFixture.run("roadmap", "--format", "markdown", in: directory)
        #expect(
            markdown.stdout == """
                ## REL-1 1.0 \\| "beta" \\#1: 50% off; \\<now\\> \\& \\*then\\*

                2999-01-01, draft · 0/1 done, no estimates

                | Item | Status | Estimate | Title |
                | --- | --- | ---: | --- |
                | US-1 | draft | – | Pay \\[now\\](x) \\`fast\\` \\_or\\_ \\~never\\~ \\$5 \\! |

                """)
        let mermaid = try PlanningCommandFixture.run("roadmap", "--format", "mermaid", in: directory)
        #expect(
            mermaid.stdout == """
                timeline
                    title Roadmap by release
                    REL-1 1.0 | #quot;beta#quot; #35;1#58; 50#37; off#59; #lt;now#gt; #amp; *then* · 2999-01-01 · 0/1 done, no estimates
                        : US-1 Pay [now](x) `fast` _or_ ~never~ $5 ! (draft)

                """)
    }

    @Test("an unknown grouping is a usage error")
    func unknownGrouping() throws {
        let directory = try PlanningCommandFixture.copy()
        let result = try PlanningCommandFixture.run("roadmap", "--by", "sprint", in: directory)
        #expect(result.status == 2 && result.stdout.isEmpty && result.stderr.contains("sprint"))
    }
}
