import Testing

@testable import CairnMarkdown

@Suite("Markdown headings")
struct MarkdownHeadingTests {
    @Test("ATX headings keep level, plain text and position")
    func atxHeadings() {
        let document = MarkdownParser.parse(
            """
            # One
            ## The *big* `plan`
            ### Three
            #### Four
            ##### Five
            ###### Six
            ####### not a heading
            """)
        #expect(document.headings.map(\.level) == [1, 2, 3, 4, 5, 6])
        #expect(document.headings.map(\.text) == ["One", "The big plan", "Three", "Four", "Five", "Six"])
        #expect(document.headings.map(\.position.line) == [1, 2, 3, 4, 5, 6])
        #expect(document.headings.allSatisfy { $0.position.column == 1 })
    }

    @Test("setext headings, indented, empty and closed ATX headings")
    func otherHeadingForms() {
        let document = MarkdownParser.parse("   # Title\n#\n##   Spaced   ##\nSet\n===\nSub\n---\n")
        #expect(document.headings.map(\.level) == [1, 1, 2, 1, 2])
        #expect(document.headings.map(\.text) == ["Title", "", "Spaced", "Set", "Sub"])
        #expect(
            document.headings.map(\.position) == [
                MarkdownPosition(line: 1, column: 4), MarkdownPosition(line: 2, column: 1),
                MarkdownPosition(line: 3, column: 1), MarkdownPosition(line: 4, column: 1),
                MarkdownPosition(line: 6, column: 1),
            ])
    }

    @Test("soft breaks in a setext heading become spaces")
    func multiLineSetext() {
        let document = MarkdownParser.parse("Two\nlines\n===\n")
        #expect(document.headings.map(\.text) == ["Two lines"])
    }

    @Test("a heading has content when any non-heading block follows it in its section")
    func hasContent() {
        let document = MarkdownParser.parse(
            """
            # With text

            Some words.

            # Followed only by a subheading
            ## Empty child
            # Before a sibling
            # Parent of a child with content
            ## Child with a list
            - item
            # Code counts
            ```
            x
            ```
            # Only a placeholder comment
            <!-- Given …, when …, then … -->
            # Last, at the end
            """)
        let flags = Dictionary(uniqueKeysWithValues: document.headings.map { ($0.text, $0.hasContent) })
        #expect(flags["With text"] == true)
        #expect(flags["Followed only by a subheading"] == false)
        #expect(flags["Empty child"] == false)
        #expect(flags["Before a sibling"] == false)
        #expect(flags["Parent of a child with content"] == true)
        #expect(flags["Child with a list"] == true)
        #expect(flags["Code counts"] == true)
        #expect(flags["Only a placeholder comment"] == false)
        #expect(flags["Last, at the end"] == false)
    }

    @Test("a deeper heading closes only deeper sections")
    func sectionNesting() {
        let document = MarkdownParser.parse("## A\n#### B\n### C\ntext\n")
        #expect(document.headings.map(\.hasContent) == [true, false, true])
    }

    @Test("text before the first heading gives no heading content")
    func preamble() {
        let document = MarkdownParser.parse("Intro.\n\n# Only\n")
        #expect(document.headings.map(\.hasContent) == [false])
    }

    @Test("heading(named:) ignores case and surrounding whitespace and picks the first")
    func headingNamed() {
        let document = MarkdownParser.parse("# Goals\n\n## Acceptance Criteria\nx\n## acceptance criteria\n")
        let found = document.heading(named: "  ACCEPTANCE criteria ")
        #expect(found?.position == MarkdownPosition(line: 3, column: 1))
        #expect(found?.hasContent == true)
        #expect(document.heading(named: "Non-goals") == nil)
    }

    @Test("headings inside block quotes and lists do not open sections")
    func nestedHeadings() {
        let document = MarkdownParser.parse("> # Quoted\n- # In list\n")
        #expect(document.headings.isEmpty)
    }
}
