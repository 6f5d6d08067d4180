import Testing

/// `cairn show` in-process.
@Suite("cairn show")
struct ShowCommandTests {
    @Test("fields, links both ways and the body")
    func show() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("show", "US-1", in: directory)
                == RunResult(
                    status: 0,
                    stdout: """
                        id:    US-1
                        kind:  story
                        title: Pay with Apple Pay
                        path:  backlog/stories/US-1-apple-pay.md

                        Fields:
                          status:     draft
                          priority:   must
                          owner:      alice
                          labels:     checkout, payments
                          parent:     EP-3
                          depends_on: US-2

                        Links out:
                          depends_on:
                            US-2  Save cards, securely
                          parent:
                            EP-3  One-tap checkout

                        Links in: none

                        Body:
                        As a returning customer, I want to pay with Apple Pay.

                        """, stderr: ""))
        let epic = cairn("show", "EP-3", in: directory)
        #expect(epic.status == 0)
        #expect(
            epic.stdout.hasSuffix(
                """
                Links in:
                  parent:
                    US-1  Pay with Apple Pay
                    US-2  Save cards, securely

                """))
    }

    @Test("an unknown id exits 2 with a did-you-mean")
    func unknown() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("show", "US-12", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: no item US-12 in the backlog. Did you mean US-1?\n")
        )
        #expect(
            cairn("show", "XY-400", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: no item XY-400 in the backlog.\n"))
    }

    @Test("something that is not an id is a usage error")
    func notAnID() throws {
        let directory = try BacklogFixture.write()
        let result = cairn("show", "hello", in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: 'hello' is not an item id such as US-12.\n"))
        #expect(result.stderr.contains("Usage: cairn show <id>"))
    }
}
