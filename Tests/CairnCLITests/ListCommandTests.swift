import CairnCLI
import Testing

/// `cairn list` in-process: filters and formats.
@Suite("cairn list")
struct ListCommandTests {
    @Test("a table of every item by id")
    func table() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("list", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        ID     KIND       STATUS       PRIORITY  OWNER  TITLE
                        EP-3   epic       in-progress  -         -      One-tap checkout
                        OBJ-1  objective  in-progress  -         -      Grow checkout conversion
                        US-1   story      draft        must      alice  Pay with Apple Pay
                        US-2   story      done         should    bob    Save cards, securely

                        """, stderr: ""))
    }

    @Test("on a terminal, titles are cut to the terminal's width")
    func terminalWidth() throws {
        let directory = try BacklogFixture.write()
        let lines = cairn("list", in: directory, isTerminal: true, columns: 60).stdout.split(separator: "\n")
        #expect(lines[2] == "OBJ-1  objective  in-progress  -         -      Grow checko…")
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test("filters combine with AND; a repeated filter means OR")
    func filters() throws {
        let directory = try BacklogFixture.write()
        func ids(_ arguments: String...) -> [String] {
            let result = CairnInvocation.run(["list", "--format", "csv"] + arguments, in: directory)
            return result.stdout.split(separator: "\r\n").dropFirst().map { String($0.prefix { $0 != "," }) }
        }
        #expect(ids("--kind", "story") == ["US-1", "US-2"])
        #expect(ids("--kind", "story", "--status", "done") == ["US-2"])
        #expect(ids("--status", "done", "--status", "in-progress") == ["EP-3", "OBJ-1", "US-2"])
        #expect(ids("--priority", "must") == ["US-1"])
        #expect(ids("--owner", "bob", "--owner", "alice") == ["US-1", "US-2"])
        #expect(ids("--label", "checkout") == ["US-1"])
        #expect(ids("--label", "payments", "--owner", "bob") == ["US-2"])
        #expect(ids("--kind", "epic", "--label", "payments") == [])
    }

    @Test("JSON and CSV")
    func formats() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("list", "--kind", "story", "--format", "json", in: directory).stdout == """
                [{"depends_on":["US-2"],"id":"US-1","kind":"story","labels":["checkout","payments"],"owner":"alice",\
                "parent":"EP-3","path":"backlog/stories/US-1-apple-pay.md","priority":"must","status":"draft",\
                "title":"Pay with Apple Pay"},\
                {"id":"US-2","kind":"story","labels":["payments"],"owner":"bob","parent":"EP-3",\
                "path":"backlog/stories/US-2-save-cards.md","priority":"should","status":"done","title":"Save cards, securely"}]

                """)
        #expect(
            cairn("list", "--owner", "bob", "--format", "csv", in: directory).stdout
                == "id,kind,status,priority,owner,title,labels,path\r\n"
                + "US-2,story,done,should,bob,\"Save cards, securely\",payments,backlog/stories/US-2-save-cards.md\r\n")
        #expect(cairn("list", "--owner", "nobody", "--format", "json", in: directory).stdout == "[]\n")
    }

    @Test("an unknown kind, status or priority is a usage error with a suggestion")
    func unknownValue() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("list", "--status", "redy", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: unknown status 'redy'; did you mean 'ready'?\n"))
        #expect(cairn("list", "--kind", "stroy", in: directory).status == 2)
        #expect(cairn("list", "--priority", "urgent", in: directory).status == 2)
    }

    @Test("control characters never reach the terminal, and wide titles are cut by cells")
    func hostileTitles() throws {
        let directory = try BacklogFixture.write([
            "backlog/stories/US-7-odd.md":
                "---\nid: US-7\ntitle: \"決済を速く\\e[2J\"\nstatus: draft\nowner: \"eve\\e[31m\"\n---\n"
        ])
        let result = cairn("list", "--kind", "story", "--status", "draft", in: directory, isTerminal: true, columns: 64)
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(
            result.stdout == """
                ID    KIND   STATUS  PRIORITY  OWNER          TITLE
                US-1  story  draft   must      alice          Pay with Apple Pay
                US-7  story  draft   -         eve\\u{1B}[31m  決済を速く\\u{1B}[…

                """)
    }
}

/// Runs `cairn` with an argument array, for helpers that build arguments.
enum CairnInvocation {
    static func run(_ arguments: [String], in directory: TemporaryDirectory) -> RunResult {
        let result = CairnCLI.CairnCommand.run(arguments, in: directory.url)
        return RunResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
