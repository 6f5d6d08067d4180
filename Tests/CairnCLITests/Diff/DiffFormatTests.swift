import Foundation
import Testing

/// The text and Markdown reports of `cairn diff`, whole, in-process.
@Suite("cairn diff: text and Markdown")
struct DiffFormatTests {
    /// `main` with two stories; the working tree changes one, adds a
    /// dependency and a new story whose title would break a table.
    static func repository() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.write(
            "backlog/stories/US-1-pay.md",
            "---\nid: US-1\ntitle: Pay\nstatus: ready\npriority: must\n---\n\n## Acceptance criteria\n- [ ] Card\n")
        try directory.write(
            "backlog/stories/US-2-cart.md", "---\nid: US-2\ntitle: Cart\nstatus: done\npriority: should\n---\n")
        try directory.git("init", "--quiet", "--initial-branch=main")
        try directory.git("add", "-A")
        try directory.git("commit", "--quiet", "-m", "base")
        try directory.write(
            "backlog/stories/US-1-pay.md",
            "---\nid: US-1\ntitle: Pay\nstatus: done\npriority: must\ndepends_on: [US-3]\n---\n\n## Acceptance criteria\n- [x] Card\n"
        )
        try directory.write(
            "backlog/stories/US-3-split.md",
            "---\nid: US-3\ntitle: Split | <b>bills</b>\nstatus: draft\npriority: could\n---\n")
        return directory
    }

    @Test("text: a heading, a summary line and one block per kind of change")
    func text() throws {
        let directory = try Self.repository()
        let commit = String(try directory.git("rev-parse", "--short=7", "main").prefix(7))
        let result = cairn("diff", in: directory)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                Backlog changes from main (\(commit)) to the working tree
                1 added, 1 changed; 1 link added; 1 warning or note introduced

                Added
                  + US-3  story  draft  Split | <b>bills</b>  backlog/stories/US-3-split.md

                Changed
                  US-1  Pay
                    status: ready → done
                    + depends_on US-3
                    criterion checked: Card (Acceptance criteria)

                Introduced by the working tree
                backlog/stories/US-1-pay.md:6:14: warning: US-1 is done but depends on US-3, which is draft [status-inconsistency]
                depends_on: [US-3]
                             ^
                  hint: finish or drop US-3, move US-1 back to an open status, or remove the dependency

                """)
    }

    @Test("markdown: a summary table, item sections, escaped titles and a Mermaid graph of touched dependencies")
    func markdown() throws {
        let directory = try Self.repository()
        let commit = String(try directory.git("rev-parse", "--short=7", "main").prefix(7))
        let result = cairn("diff", "--format", "markdown", in: directory)
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                ## Backlog changes: `main (\(commit))` → `the working tree`

                | Change | Count |
                | --- | ---: |
                | Items added | 1 |
                | Items changed | 1 |
                | Links added | 1 |
                | Diagnostics introduced | 1 |

                ### Added

                - **US-3** Split \\| \\<b\\>bills\\</b\\> — story, draft (`backlog/stories/US-3-split.md`)

                ### Changed

                #### US-1 · Pay

                | Field | Before | After |
                | --- | --- | --- |
                | status | ready | done |

                - Link added: `depends_on` → **US-3**
                - criterion checked: Card (Acceptance criteria)

                ### Diagnostics introduced

                - **warning** `backlog/stories/US-1-pay.md:6:14` US-1 is done but depends on US-3, which is draft `status-inconsistency`

                ### Dependencies touched

                ```mermaid
                flowchart LR
                    classDef open fill:#ffffff,stroke:#0969da,color:#1f2328
                    classDef done fill:#dafbe1,stroke:#1a7f37,color:#1f2328
                    classDef dropped fill:#eaeef2,stroke:#6e7781,color:#1f2328
                    US_1["US-1: Pay"]:::done
                    US_3["US-3: Split | #lt;b#gt;bills#lt;/b#gt;"]:::open
                    US_1 -->|added| US_3
                ```

                """)
    }

    @Test("two identical sides: every format says there is nothing to report")
    func noChanges() throws {
        let directory = try Self.repository()
        try directory.git("add", "-A")
        try directory.git("commit", "--quiet", "-m", "change")
        let text = cairn("diff", "HEAD", in: directory)
        #expect(text.stdout.hasSuffix("to the working tree\nNo changes to the backlog.\n"))
        let markdown = cairn("diff", "HEAD", "--format", "markdown", in: directory)
        #expect(markdown.stdout.hasSuffix("\n\nNo changes to the backlog.\n"))
    }
}
