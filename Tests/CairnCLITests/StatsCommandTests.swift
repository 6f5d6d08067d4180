import CairnCLI
import Testing

/// `cairn stats` in-process on a copy of the worked example.
@Suite("cairn stats")
struct StatsCommandTests {
    @Test("text: every table, hand-computed")
    func text() throws {
        let directory = try WorkedExampleCopy.write()
        let result = cairn("stats", in: directory, isTerminal: true, columns: 100)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(
            result.stdout.hasPrefix(
                """
                22 items

                KIND         ITEMS
                story            8
                """))
        #expect(
            result.stdout.hasSuffix(
                """
                ESTIMATE     TOTAL  ITEMS
                open            40      8
                done             3      1
                dropped          0      0

                ITEM  FEEDBACK  FROM              TITLE
                US-5         3  FB-1, FB-2, FB-3  Guest checkout
                US-2         1  FB-1              Pay with Apple Pay

                """))
    }

    @Test("filters and --top: stories only, one item with feedback")
    func filtered() throws {
        let directory = try WorkedExampleCopy.write()
        let stdout = cairn("stats", "--kind", "story", "--top", "1", in: directory).stdout
        #expect(stdout.hasPrefix("8 items\n\nKIND         ITEMS\nstory            8\n\nSTATUS"))
        #expect(
            stdout.hasSuffix(
                """
                ESTIMATE     TOTAL  ITEMS
                open            39      7
                done             3      1
                dropped          0      0

                ITEM  FEEDBACK  FROM              TITLE
                US-5         3  FB-1, FB-2, FB-3  Guest checkout

                """))
    }

    @Test("JSON and Markdown")
    func formats() throws {
        let directory = try WorkedExampleCopy.write()
        let json = cairn("stats", "--owner", "carol", "--format", "json", in: directory).stdout
        #expect(
            json.hasPrefix(
                #"{"estimates":{"done":{"items":0,"total":0},"dropped":{"items":0,"total":0},"#
                    + #""open":{"items":1,"total":8}},"items":3,"#))
        let markdown = cairn("stats", "--format", "markdown", in: directory).stdout
        #expect(markdown.hasPrefix("**22 items**\n\n| Kind | Items |\n| --- | ---: |\n"))
    }

    @Test("usage errors: --top 0, an unknown kind")
    func usageErrors() throws {
        let directory = try WorkedExampleCopy.write()
        let top = cairn("stats", "--top", "0", in: directory)
        #expect(top.status == 2)
        #expect(top.stderr.contains("--top needs a number of items, 1 or more."))
        #expect(
            cairn("stats", "--kind", "stroy", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: unknown kind 'stroy'; did you mean 'story'?\n"))
    }
}
