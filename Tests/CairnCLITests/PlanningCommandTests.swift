import Foundation
import Testing

/// `cairn rank`, `ready`, `blocked` and `plan` in-process, on a copy of the
/// worked example (Tests/Fixtures/planning) and on small backlogs for the
/// cases it lacks.
@Suite("cairn rank, ready, blocked, plan")
struct PlanningCommandTests {
    /// Tests/Fixtures/planning/backlog.
    static let workedExample = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/planning/backlog")

    /// The worked example copied into a new temporary directory, outside git.
    static func example() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try FileManager.default.copyItem(at: workedExample, to: directory.url.appendingPathComponent("backlog"))
        return directory
    }

    /// A story file with `lines` of front matter after its id and title.
    static func story(_ id: String, _ title: String, _ lines: String...) -> (String, String) {
        ("backlog/stories/\(id).md", "---\nid: \(id)\ntitle: \(title)\n" + lines.joined(separator: "\n") + "\n---\n")
    }

    @Test("rank orders by MoSCoW by default, the manual rank first")
    func rankByDefault() throws {
        let directory = try Self.example()
        #expect(
            cairn("rank", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        #  ID     KIND   STATUS       PRIORITY  OWNER  RANK  SCORE   TITLE
                        1  US-7   story  ready        wont      alice  1     wont    Gift cards
                        2  BUG-1  bug    ready        must      bob    -     must    Double charge when tapping Pay twice
                        3  US-2   story  ready        must      alice  -     must    Pay with Apple Pay
                        4  US-3   story  ready        should    bob    -     should  One-tap reorder
                        5  US-5   story  draft        should    carol  -     should  Guest checkout
                        6  US-4   story  in-progress  could     alice  -     could   Receipt by email
                        7  US-6   story  ready        could     bob    -     could   Split payments
                        8  US-8   story  draft        could     -      -     could   Kiosk mode

                        """, stderr: ""))
    }

    @Test("rank --by rice: scores, the tie at 1000 broken by priority, unscored items with the missing field")
    func rankByRICE() throws {
        let directory = try Self.example()
        #expect(
            cairn("rank", "--by", "rice", in: directory).stdout == """
                #  ID     KIND   STATUS       PRIORITY  OWNER  RANK  SCORE                TITLE
                1  US-7   story  ready        wont      alice  1     25                   Gift cards
                2  US-2   story  ready        must      alice  -     1000                 Pay with Apple Pay
                3  US-3   story  ready        should    bob    -     1000                 One-tap reorder
                4  US-4   story  in-progress  could     alice  -     400                  Receipt by email
                5  BUG-1  bug    ready        must      bob    -     rice missing         Double charge when tapping Pay twice
                6  US-5   story  draft        should    carol  -     rice missing         Guest checkout
                7  US-6   story  ready        could     bob    -     rice.effort missing  Split payments
                8  US-8   story  draft        could     -      -     rice missing         Kiosk mode

                """)
        #expect(
            cairn("rank", "--by", "wsjf", "--kind", "story", "--format", "markdown", in: directory).stdout == """
                | # | ID | KIND | STATUS | PRIORITY | OWNER | RANK | SCORE | TITLE |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                | 1 | US-7 | story | ready | wont | alice | 1 | wsjf missing | Gift cards |
                | 2 | US-2 | story | ready | must | alice | - | 3 | Pay with Apple Pay |
                | 3 | US-3 | story | ready | should | bob | - | 3 | One-tap reorder |
                | 4 | US-4 | story | in-progress | could | alice | - | 3 | Receipt by email |
                | 5 | US-5 | story | draft | should | carol | - | 2 | Guest checkout |
                | 6 | US-6 | story | ready | could | bob | - | wsjf missing | Split payments |
                | 7 | US-8 | story | draft | could | - | - | wsjf missing | Kiosk mode |

                """)
    }

    @Test("on a terminal, titles are cut to the terminal's width")
    func terminalWidth() throws {
        let directory = try Self.example()
        let lines = cairn("rank", "--by", "rice", in: directory, isTerminal: true, columns: 90).stdout
            .split(separator: "\n")
        #expect(lines[5].hasSuffix("rice missing         Double charge w…") && lines[5].count == 90)
        #expect(lines.allSatisfy { $0.count <= 90 })
    }

    @Test("rank as JSON and CSV")
    func rankFormats() throws {
        let directory = try Self.example()
        let json = cairn("rank", "--by", "rice", "--kind", "story", "--format", "json", in: directory).stdout
        #expect(
            json.hasPrefix(
                """
                {"by":"rice","formula":"reach × impact × confidence ÷ effort, from rice: {reach, impact, confidence, effort}",\
                "items":[{"basis":"rank","id":"US-7","kind":"story","missing":[],"owner":"alice",\
                "path":"backlog/stories/US-7-gift-cards.md","position":1,"priority":"wont","rank":1,"score":25,\
                "status":"ready","title":"Gift cards","unscored":null},
                """))
        #expect(
            json.contains(
                """
                {"basis":"unscored","id":"US-6","kind":"story","missing":["rice.effort"],"owner":"bob",\
                "path":"backlog/stories/US-6-split-payments.md","position":6,"priority":"could","rank":null,"score":null,\
                "status":"ready","title":"Split payments","unscored":"rice.effort missing"}
                """))
        #expect(json.hasSuffix("],\"schemaVersion\":1}\n"))
        #expect(
            cairn("rank", "--by", "rice", "--kind", "bug", "--format", "csv", in: directory).stdout
                == "position,id,kind,status,priority,owner,rank,score,title,path\r\n"
                + "1,BUG-1,bug,ready,must,bob,,rice missing,Double charge when tapping Pay twice,"
                + "backlog/bugs/BUG-1-double-charge.md\r\n")
    }

    @Test("ready: US-7, BUG-1, US-2 and US-4; --owner, --limit and --kind narrow it")
    func ready() throws {
        let directory = try Self.example()
        #expect(
            cairn("ready", in: directory).stdout == """
                #  ID     KIND   STATUS       PRIORITY  OWNER  RANK  SCORE  TITLE
                1  US-7   story  ready        wont      alice  1     wont   Gift cards
                2  BUG-1  bug    ready        must      bob    -     must   Double charge when tapping Pay twice
                3  US-2   story  ready        must      alice  -     must   Pay with Apple Pay
                4  US-4   story  in-progress  could     alice  -     could  Receipt by email

                """)
        func ids(_ arguments: String...) -> [String] {
            let result = CairnInvocation.run(["ready", "--format", "csv"] + arguments, in: directory)
            return result.stdout.split(separator: "\r\n").dropFirst().map { String($0.split(separator: ",")[1]) }
        }
        #expect(ids("--by", "rice") == ["US-7", "US-2", "BUG-1", "US-4"])
        #expect(ids("--owner", "alice") == ["US-7", "US-2", "US-4"])
        #expect(ids("--owner", "alice", "--owner", "bob", "--limit", "2") == ["US-7", "BUG-1"])
        #expect(ids("--by", "rice", "--limit", "1") == ["US-7"])
        #expect(ids("--kind", "bug") == ["BUG-1"])
        #expect(ids("--owner", "carol") == [])
    }

    @Test("blocked: the chain to the first open blocker")
    func blocked() throws {
        let directory = try Self.example()
        #expect(
            cairn("blocked", in: directory).stdout == """
                ID    KIND   STATUS  PRIORITY  OWNER  WAITS ON  CHAIN                TITLE
                US-3  story  ready   should    bob    US-2      US-3 ← US-2 (ready)  One-tap reorder
                US-6  story  ready   could     bob    US-5      US-6 ← US-5 (draft)  Split payments

                """)
        #expect(
            cairn("blocked", "--format", "json", in: directory).stdout == """
                {"items":[{"blocker":"US-2","blockerStatus":"ready","chain":["US-3","US-2"],"chainEnd":"open",\
                "distance":1,"id":"US-3","kind":"story","owner":"bob","path":"backlog/stories/US-3-one-tap-reorder.md",\
                "priority":"should","status":"ready","title":"One-tap reorder","waitsOn":["US-2"]},\
                {"blocker":"US-5","blockerStatus":"draft","chain":["US-6","US-5"],"chainEnd":"open","distance":1,\
                "id":"US-6","kind":"story","owner":"bob","path":"backlog/stories/US-6-split-payments.md",\
                "priority":"could","status":"ready","title":"Split payments","waitsOn":["US-5"]}],"schemaVersion":1}

                """)
        #expect(
            cairn("blocked", "--format", "csv", in: directory).stdout
                == "id,kind,status,priority,owner,waits_on,chain,title,path\r\n"
                + "US-3,story,ready,should,bob,US-2,US-3 ← US-2 (ready),One-tap reorder,"
                + "backlog/stories/US-3-one-tap-reorder.md\r\n"
                + "US-6,story,ready,could,bob,US-5,US-6 ← US-5 (draft),Split payments,"
                + "backlog/stories/US-6-split-payments.md\r\n")
    }

    @Test("plan: every open item, dependencies first, the highest-ranked free item next")
    func plan() throws {
        let directory = try Self.example()
        #expect(
            cairn("plan", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        STEP  ID     KIND   STATUS       PRIORITY  OWNER  AFTER  TITLE
                        1     US-7   story  ready        wont      alice  -      Gift cards
                        2     BUG-1  bug    ready        must      bob    -      Double charge when tapping Pay twice
                        3     US-2   story  ready        must      alice  -      Pay with Apple Pay
                        4     US-3   story  ready        should    bob    US-2   One-tap reorder
                        5     US-5   story  draft        should    carol  -      Guest checkout
                        6     US-4   story  in-progress  could     alice  -      Receipt by email
                        7     US-6   story  ready        could     bob    US-5   Split payments
                        8     US-8   story  draft        could     -      -      Kiosk mode

                        """, stderr: ""))
        #expect(
            cairn("plan", "--by", "rice", "--format", "markdown", in: directory).stdout == """
                | STEP | ID | KIND | STATUS | PRIORITY | OWNER | AFTER | TITLE |
                | --- | --- | --- | --- | --- | --- | --- | --- |
                | 1 | US-7 | story | ready | wont | alice | - | Gift cards |
                | 2 | US-2 | story | ready | must | alice | - | Pay with Apple Pay |
                | 3 | US-3 | story | ready | should | bob | US-2 | One-tap reorder |
                | 4 | US-4 | story | in-progress | could | alice | - | Receipt by email |
                | 5 | BUG-1 | bug | ready | must | bob | - | Double charge when tapping Pay twice |
                | 6 | US-5 | story | draft | should | carol | - | Guest checkout |
                | 7 | US-6 | story | ready | could | bob | US-5 | Split payments |
                | 8 | US-8 | story | draft | could | - | - | Kiosk mode |

                """)
        let json = cairn("plan", "--kind", "bug", "--format", "json", in: directory).stdout
        #expect(
            json == """
                {"by":"moscow","schemaVersion":1,"steps":[{"after":[],"id":"BUG-1","kind":"bug","owner":"bob",\
                "path":"backlog/bugs/BUG-1-double-charge.md","priority":"must","status":"ready","step":1,\
                "title":"Double charge when tapping Pay twice"}],"unplanned":[]}

                """)
    }

    @Test("a cycle and a dropped dependency are reported after the plan, in every format")
    func unplanned() throws {
        let directory = try BacklogFixture.write(
            Dictionary(
                uniqueKeysWithValues: [
                    Self.story("US-1", "Start", "status: ready", "priority: must"),
                    Self.story("US-9", "Left", "status: ready", "depends_on: [US-10]"),
                    Self.story("US-10", "Right", "status: ready", "depends_on: [US-9]"),
                    Self.story("US-12", "Orphan", "status: draft", "depends_on: [US-13]"),
                    Self.story("US-13", "Dropped", "status: dropped"),
                ]), base: [:])
        #expect(
            cairn("plan", in: directory).stdout == """
                STEP  ID    KIND   STATUS  PRIORITY  OWNER  AFTER  TITLE
                1     US-1  story  ready   must      -      -      Start

                Cannot be planned:
                ID     KIND   STATUS  PRIORITY  OWNER  REASON                     TITLE
                US-9   story  ready   -         -      cycle US-9 → US-10 → US-9  Left
                US-10  story  ready   -         -      cycle US-9 → US-10 → US-9  Right
                US-12  story  draft   -         -      depends on dropped US-13   Orphan

                """)
        #expect(
            cairn("plan", "--format", "csv", in: directory).stdout.hasSuffix(
                ",US-12,story,draft,,,,Orphan,backlog/stories/US-12.md,depends on dropped US-13\r\n"))
        #expect(
            cairn("plan", "--format", "json", in: directory).stdout.contains(
                """
                "unplanned":[{"id":"US-9","ids":["US-9","US-10"],"kind":"story","message":"cycle US-9 → US-10 → US-9",\
                "owner":null,"path":"backlog/stories/US-9.md","priority":null,"reason":"cycle","status":"ready","title":"Left"}
                """))
        #expect(
            cairn("blocked", in: directory).stdout == """
                ID     KIND   STATUS  PRIORITY  OWNER  WAITS ON  CHAIN                      TITLE
                US-9   story  ready   -         -      US-10     US-9 ← US-10 (in a cycle)  Left
                US-10  story  ready   -         -      US-9      US-10 ← US-9 (in a cycle)  Right
                US-12  story  draft   -         -      US-13     US-12 ← US-13 (dropped)    Orphan

                """)
    }

    @Test("Markdown escapes titles: a pipe cannot split a cell, brackets cannot make a link")
    func markdownEscaping() throws {
        let directory = try BacklogFixture.write(
            Dictionary(
                uniqueKeysWithValues: [
                    Self.story("US-1", "\"A | B [link](x) *bold* <b>\"", "status: ready", "priority: must")
                ]), base: [:])
        #expect(
            cairn("ready", "--format", "markdown", in: directory).stdout == """
                | # | ID | KIND | STATUS | PRIORITY | OWNER | RANK | SCORE | TITLE |
                | --- | --- | --- | --- | --- | --- | --- | --- | --- |
                | 1 | US-1 | story | ready | must | - | - | must | A \\| B \\[link\\](x) \\*bold\\* \\<b\\> |

                """)
    }

    @Test("--rev reads the backlog from a commit")
    func revision() throws {
        let directory = try Self.example()
        try directory.git("init", "--quiet")
        try directory.git("add", "-A")
        try directory.git("commit", "--quiet", "-m", "worked example")
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("backlog/bugs"))
        #expect(!cairn("ready", in: directory).stdout.contains("BUG-1"))
        #expect(cairn("ready", "--rev", "HEAD", in: directory).stdout.contains("BUG-1"))
        #expect(cairn("plan", "--staged", in: directory).stdout.contains("BUG-1"))
    }

    @Test("usage errors exit 2: an unknown model, an unknown kind, a limit below 1")
    func usageErrors() throws {
        let directory = try Self.example()
        let unknownModel = cairn("rank", "--by", "kano", in: directory)
        #expect(unknownModel.status == 2 && unknownModel.stdout.isEmpty)
        #expect(unknownModel.stderr.contains("moscow") && unknownModel.stderr.contains("value-effort"))
        #expect(
            cairn("rank", "--kind", "stroy", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: unknown kind 'stroy'; did you mean 'story'?\n"))
        #expect(cairn("plan", "--kind", "stroy", in: directory).status == 2)
        #expect(cairn("blocked", "--by", "rise", in: directory).status == 2)
        let zero = cairn("ready", "--limit", "0", in: directory)
        #expect(zero.status == 2 && zero.stderr.contains("--limit must be at least 1."))
    }

    @Test("help writes the formulas")
    func help() throws {
        let directory = try Self.example()
        let help = cairn("rank", "--help", in: directory).stdout
        #expect(help.contains("RICE = reach × impact × confidence ÷ effort"))
        #expect(help.contains("WSJF = (business value + time criticality + risk reduction) ÷ job size"))
        #expect(help.contains("must > should > could > wont"))
        #expect(help.contains("value ÷ estimate"))
        #expect(help.contains("MoSCoW is the default"))
        for command in ["ready", "blocked", "plan"] {
            let text = cairn(command, "--help", in: directory).stdout
            #expect(text.contains("Planned kinds:") && text.contains("Examples:"), "\(command)")
        }
    }
}
