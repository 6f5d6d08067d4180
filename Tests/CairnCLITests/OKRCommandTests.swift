import Testing

/// `cairn okr`, and `cairn check` with the planning rules, in-process on the
/// worked example.
@Suite("cairn okr")
struct OKRCommandTests {
    @Test("text")
    func text() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("okr", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        OBJ-1 Make checkout the fastest in our market (in-progress)
                          KR-1 Median checkout time down to 20 s: 50 % (40 → 30, target 20 s); work 1/10 done, 3 of 43 points
                            EP-1  in-progress  1/10 done, 3 of 43 points  One-tap checkout
                            US-2  ready        0/1 done, 0 of 5 points    Pay with Apple Pay
                          KR-2 1,000 customers save a card: 25 % (0 → 250, target 1000 customers); work 1/1 done, 3 of 3 points
                            US-1  done         1/1 done, 3 of 3 points    Save cards
                          KR-3 Fewer abandoned carts: no target (baseline 30 %); no work linked

                        OBJ-2 Enter the in-store kiosk market (dropped)
                          KR-4 50 kiosks live: 0 % (0 → 0, target 50 kiosks); work 0/1 done, 0 of 13 points
                            US-8  draft        0/1 done, 0 of 13 points   Kiosk mode

                        """, stderr: ""))
    }

    @Test("Markdown")
    func markdown() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("okr", "--format", "markdown", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        ## OBJ-1 Make checkout the fastest in our market

                        in-progress

                        | Key result | Progress | Baseline | Current | Target | Work |
                        | --- | ---: | ---: | ---: | ---: | --- |
                        | KR-1 Median checkout time down to 20 s | 50 % | 40 s | 30 s | 20 s | 1/10 done, 3 of 43 points: EP-1, US-2 |
                        | KR-2 1,000 customers save a card | 25 % | 0 customers | 250 customers | 1000 customers | 1/1 done, 3 of 3 points: US-1 |
                        | KR-3 Fewer abandoned carts | no target | 30 % | – | – | none linked |

                        ## OBJ-2 Enter the in-store kiosk market

                        dropped

                        | Key result | Progress | Baseline | Current | Target | Work |
                        | --- | ---: | ---: | ---: | ---: | --- |
                        | KR-4 50 kiosks live | 0 % | 0 kiosks | 0 kiosks | 50 kiosks | 0/1 done, 0 of 13 points: US-8 |

                        """, stderr: ""))
    }

    @Test("JSON")
    func json() throws {
        let directory = try PlanningCommandFixture.copy()
        let share = { (items: Int, done: Int, points: Int, donePoints: Int) in
            "\"share\":{\"doneItems\":\(done),\"donePoints\":\(donePoints),\"items\":\(items),\"points\":\(points)}"
        }
        let work = { (id: String, kind: String, status: String, title: String, workShare: String) in
            "{\"id\":\"\(id)\",\"kind\":\"\(kind)\",\(workShare),\"status\":\"\(status)\",\"title\":\"\(title)\"}"
        }
        let expected =
            "{\"keyResultsWithoutObjective\":[],\"objectives\":[{\"id\":\"OBJ-1\",\"keyResults\":["
            + "{\"baseline\":40,\"current\":30,\"id\":\"KR-1\",\"progress\":50,\"progressNote\":null,"
            + share(10, 1, 43, 3) + ",\"status\":\"in-progress\",\"target\":20,"
            + "\"title\":\"Median checkout time down to 20 s\",\"unit\":\"s\",\"work\":["
            + work("EP-1", "epic", "in-progress", "One-tap checkout", share(10, 1, 43, 3)) + ","
            + work("US-2", "story", "ready", "Pay with Apple Pay", share(1, 0, 5, 0)) + "]},"
            + "{\"baseline\":0,\"current\":250,\"id\":\"KR-2\",\"progress\":25,\"progressNote\":null,"
            + share(1, 1, 3, 3) + ",\"status\":\"in-progress\",\"target\":1000,"
            + "\"title\":\"1,000 customers save a card\",\"unit\":\"customers\",\"work\":["
            + work("US-1", "story", "done", "Save cards", share(1, 1, 3, 3)) + "]},"
            + "{\"baseline\":30,\"current\":null,\"id\":\"KR-3\",\"progress\":null,\"progressNote\":\"no target\","
            + share(0, 0, 0, 0) + ",\"status\":\"draft\",\"target\":null,"
            + "\"title\":\"Fewer abandoned carts\",\"unit\":\"%\",\"work\":[]}"
            + "],\"status\":\"in-progress\",\"title\":\"Make checkout the fastest in our market\"},"
            + "{\"id\":\"OBJ-2\",\"keyResults\":["
            + "{\"baseline\":0,\"current\":0,\"id\":\"KR-4\",\"progress\":0,\"progressNote\":null,"
            + share(1, 0, 13, 0) + ",\"status\":\"draft\",\"target\":50,"
            + "\"title\":\"50 kiosks live\",\"unit\":\"kiosks\",\"work\":["
            + work("US-8", "story", "draft", "Kiosk mode", share(1, 0, 13, 0)) + "]}"
            + "],\"status\":\"dropped\",\"title\":\"Enter the in-store kiosk market\"}],\"schemaVersion\":1}\n"
        #expect(
            try PlanningCommandFixture.run("okr", "--format", "json", in: directory)
                == RunResult(status: 0, stdout: expected, stderr: ""))
    }

    @Test("cairn check reports the planning rules on the worked example, judged on today's date")
    func check() throws {
        let directory = try PlanningCommandFixture.copy()
        #expect(
            try PlanningCommandFixture.run("check", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        backlog/key-results/KR-3-fewer-abandoned-carts.md:2:5: warning: KR-3 is a key result without a target [key-result-without-target]
                        id: KR-3
                            ^
                          hint: add a target (the value KR-3 must reach), or drop KR-3

                        backlog/stories/US-4-receipt-by-email.md:10:10: warning: US-4 is in-progress but its release REL-1 was due on 2026-10-01 [release-order]
                        release: REL-1
                                 ^
                          hint: finish or drop US-4, move it to a later release, or move REL-1's date

                        backlog/stories/US-6-split-payments.md:10:14: warning: US-6 is planned for REL-2 (2026-12-15) but depends on US-5, planned for the later REL-3 (2027-03-01) [release-order]
                        depends_on: [US-5]
                                     ^
                          hint: move US-6 to REL-3 or later, move US-5 to REL-2 or earlier, or remove the dependency

                        backlog/stories/US-8-kiosk-mode.md:8:15: warning: US-8 works toward KR-4, a key result of the dropped objective OBJ-2 [work-for-dropped-objective]
                        key_results: [KR-4]
                                      ^
                          hint: drop US-8, or link it to a key result of an objective that is not dropped

                        4 warnings in 22 files (22 items)

                        """, stderr: ""))
        let before = try PlanningCommandFixture.run("check", in: directory, today: "2026-10-01")
        #expect(!before.stdout.contains("was due") && before.stdout.hasSuffix("3 warnings in 22 files (22 items)\n"))
    }
}
