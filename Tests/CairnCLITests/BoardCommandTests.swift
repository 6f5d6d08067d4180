import CairnCLI
import Foundation
import Testing

/// `cairn board` in-process on a copy of the worked example: width,
/// colour, formats, filters and usage errors.
@Suite("cairn board")
struct BoardCommandTests {
    /// The board at 100 characters, as on a 100-column terminal without colour.
    private static let board100 = """
        draft (2)           ready (5)           in-progress (2)     in-review (0)       done (1)
        ──────────────────  ──────────────────  ──────────────────  ──────────────────  ──────────────────
        US-5 Guest checko…  BUG-1 Double char…  EP-1 One-tap chec…                      US-1 Save cards
        US-8 Kiosk mode     US-2 Pay with App…  US-4 Receipt by e…
                            US-3 One-tap reor…
                            US-6 Split paymen…
                            US-7 Gift cards

        """

    @Test("on a terminal: its width, and colour")
    func terminal() throws {
        let directory = try WorkedExampleCopy.write()
        let result = cairn("board", in: directory, isTerminal: true, columns: 100)
        #expect(result.status == 0)
        #expect(result.stdout.contains("\u{1B}[1;34mdraft (2)\u{1B}[0m"))
        #expect(result.stdout.contains("\u{1B}[32mUS-1\u{1B}[0m Save cards"))
        #expect(WorkedExampleCopy.withoutEscapes(result.stdout) == Self.board100)
    }

    @Test("on a terminal with NO_COLOR set: its width, no escape sequences")
    func noColour() throws {
        let directory = try WorkedExampleCopy.write()
        #expect(
            cairn("board", in: directory, environment: ["NO_COLOR": "1"], isTerminal: true, columns: 100)
                == RunResult(status: 0, stdout: Self.board100, stderr: ""))
    }

    @Test("not on a terminal: 80 characters and no colour, unless --width says otherwise")
    func pipe() throws {
        let directory = try WorkedExampleCopy.write()
        let piped = cairn("board", in: directory, isTerminal: false, columns: 100).stdout
        #expect(!piped.contains("\u{1B}"))
        #expect(piped.hasPrefix("draft (2)       ready (5)       in-progre… (2)  in-review (0)   done (1)\n"))
        #expect(cairn("board", "--width", "100", in: directory).stdout == Self.board100)
        let narrow = cairn("board", "--width", "40", in: directory, isTerminal: true, columns: 100).stdout
        #expect(WorkedExampleCopy.withoutEscapes(narrow).hasPrefix("draft (2)     ready (5)     in-prog… (2)\n"))
    }

    @Test("--by owner --format markdown: a section per owner")
    func ownerMarkdown() throws {
        let directory = try WorkedExampleCopy.write()
        #expect(
            cairn("board", "--by", "owner", "--format", "markdown", "--kind", "story", in: directory).stdout == """
                ### alice (3)

                - **US-2** Pay with Apple Pay
                - **US-4** Receipt by email
                - **US-7** Gift cards

                ### bob (3)

                - **US-1** Save cards
                - **US-3** One-tap reorder
                - **US-6** Split payments

                ### carol (1)

                - **US-5** Guest checkout

                ### unassigned (1)

                - **US-8** Kiosk mode

                """)
    }

    @Test("filters are list's: --status dropped shows the dropped items, which the board otherwise leaves off")
    func filters() throws {
        let directory = try WorkedExampleCopy.write()
        #expect(
            cairn("board", "--status", "dropped", "--kind", "objective", in: directory).stdout == """
                dropped (1)
                ─────────────────────────────────────
                OBJ-2 Enter the in-store kiosk market

                """)
        #expect(cairn("board", "--status", "dropped", in: directory).stdout == "dropped (0)\n───────────\n")
        #expect(!cairn("board", "--by", "priority", in: directory).stdout.contains("OBJ-2"))
        #expect(
            cairn("board", "--by", "priority", "--priority", "wont", "--owner", "alice", in: directory).stdout == """
                wont (1)
                ───────────────
                US-7 Gift cards

                """)
    }

    @Test("help says what the board leaves off: the kinds that are not work, not items without a status")
    func helpMatchesBehaviour() throws {
        let directory = try WorkedExampleCopy.write()
        try "---\nid: US-9\ntitle: Unsorted\n---\n".write(
            to: directory.url.appendingPathComponent("backlog/stories/US-9-unsorted.md"), atomically: true,
            encoding: .utf8)
        let board = cairn("board", "--width", "120", in: directory).stdout
        #expect(board.contains("no status (1)") && board.contains("US-9 Unsorted"))
        #expect(!board.contains("KR-1") && !board.contains("OBJ-1") && !board.contains("FB-1"))
        let help = cairn("board", "--help", in: directory).stdout.split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
        #expect(!help.contains("(no status, of a kind that needs none"))
        #expect(help.contains("objectives, key results, releases, feedback, PRDs and MRDs are left off"))
        #expect(
            help.contains(
                #"An item without a status, or with one the configuration does not list, is shown in a last "no status" column."#
            ))
    }

    @Test("usage errors: an unknown status, grouping or a width too narrow for one column")
    func usageErrors() throws {
        let directory = try WorkedExampleCopy.write()
        #expect(
            cairn("board", "--status", "redy", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: unknown status 'redy'; did you mean 'ready'?\n"))
        let narrow = cairn("board", "--width", "11", in: directory)
        #expect(narrow.status == 2)
        #expect(narrow.stderr.contains("--width must be at least 12 characters."))
        #expect(cairn("board", "--by", "team", in: directory).status == 2)
    }
}

/// The worked example backlog of the planning tests, copied into a
/// temporary directory so that commands find it at `backlog/`.
enum WorkedExampleCopy {
    static let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/planning/backlog", isDirectory: true)

    static func write() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try FileManager.default.copyItem(at: source, to: directory.url.appendingPathComponent("backlog"))
        return directory
    }

    /// `text` without ANSI colour sequences.
    static func withoutEscapes(_ text: String) -> String {
        text.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    }
}
