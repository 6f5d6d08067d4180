import Testing

@testable import CairnMarkdown

@Suite("Markdown [[ID]] mentions")
struct MarkdownMentionTests {
    private func mentions(_ text: String) -> [MarkdownMention] {
        MarkdownParser.parse(text).mentions
    }

    private func mention(_ target: String, _ line: Int, _ column: Int) -> MarkdownMention {
        MarkdownMention(target: target, position: MarkdownPosition(line: line, column: column))
    }

    @Test("mentions in paragraphs across soft breaks, with emphasis and strikethrough")
    func paragraphs() {
        let found = mentions("Text [[US-12]] and [[EP-3]].\nNext *em [[US-15]]* ~~[[US-2]]~~\n")
        #expect(
            found == [mention("US-12", 1, 6), mention("EP-3", 1, 20), mention("US-15", 2, 10), mention("US-2", 2, 23)])
    }

    @Test("mentions in list items, block quotes, headings and table cells")
    func containers() {
        let found = mentions(
            """
            - item [[US-1]]
              more [[US-2]]
            > quote [[US-3]]
            > second [[US-4]]
              > - nested [[US-5]]
            # Heading [[US-6]]

            | [[US-7]] | h |
            |---|---|
            | x | y [[US-8]] |
            """)
        #expect(
            found == [
                mention("US-1", 1, 8), mention("US-2", 2, 8), mention("US-3", 3, 9), mention("US-4", 4, 10),
                mention("US-5", 5, 14), mention("US-6", 6, 11), mention("US-7", 8, 3), mention("US-8", 10, 9),
            ])
    }

    @Test("no mentions in code spans, code blocks or HTML")
    func notInCodeOrHTML() {
        let found = mentions(
            """
            `[[US-1]]` and ``x [[US-2]] x``
            <a title="[[US-3]]">text</a>

            ```
            [[US-4]]
            ```

                [[US-5]] indented code

            <div>
            [[US-6]]
            </div>

            <!-- [[US-7]] -->
            """)
        #expect(found.isEmpty)
    }

    @Test("byte columns count multi-byte text before a mention")
    func multiByte() {
        let found = mentions("é [[US-11]] and 日本 [[US-12]] 🙂[[US-13]]\n")
        #expect(found == [mention("US-11", 1, 4), mention("US-12", 1, 25), mention("US-13", 1, 39)])
    }

    @Test("entities and backslash escapes before a mention do not shift it")
    func escapes() {
        let found = mentions("&amp; [[US-13]] \\* [[US-14]] &#233; [[US-15]]\n")
        #expect(found == [mention("US-13", 1, 7), mention("US-14", 1, 20), mention("US-15", 1, 37)])
    }

    @Test("mentions after autolinks and code spans keep their lines and columns")
    func afterAutolinks() {
        #expect(mentions("a@b.com [[US-1]] https://q.com\n") == [mention("US-1", 1, 9)])
        #expect(mentions("`[[US-1]]` a@b.com [[US-1]]\n") == [mention("US-1", 1, 20)])
        #expect(mentions("x\n  https://a.com [[US-4]]\n") == [mention("US-4", 2, 17)])
        #expect(mentions("see https://x.com [[US-1]]\n") == [mention("US-1", 1, 19)])
    }

    @Test("only PREFIX-NUMBER between double brackets is a mention")
    func shapes() {
        let found = mentions(
            "x [[ US-1]] [[US-1 ]] [[us-2]] [[US-]] [[U S-1]] [[[US-22]]] [US-3] [[1-2]] [[US-1a]] [[KR_X2-7]]\n")
        #expect(found == [mention("us-2", 1, 23), mention("US-22", 1, 51), mention("KR_X2-7", 1, 87)])
    }

    @Test("adjacent mentions are each found")
    func adjacent() {
        #expect(mentions("[[US-1]][[US-2]]\n") == [mention("US-1", 1, 1), mention("US-2", 1, 9)])
    }

    @Test("the same mention twice on a line gets two positions")
    func repeated() {
        #expect(mentions("[[US-1]] and [[US-1]]\n") == [mention("US-1", 1, 1), mention("US-1", 1, 14)])
    }

    @Test("lazy and indented continuation lines keep their columns")
    func continuationLines() {
        let found = mentions(
            """
            - [ ] Given a saved card [[US-1]],
            then the order is placed [[US-2]].
            > quoted
            lazy [[US-3]]

            para
                deeply indented [[US-4]]
            - item
                  more [[US-5]] `[[US-6]]` [[US-6]]
            """)
        #expect(
            found == [
                mention("US-1", 1, 26), mention("US-2", 2, 26), mention("US-3", 4, 6), mention("US-4", 7, 21),
                mention("US-5", 9, 12), mention("US-6", 9, 32),
            ])
    }

    @Test("CRLF line endings keep lines and columns")
    func crlf() {
        let document = MarkdownParser.parse("# A\r\n\r\n- [ ] t [[US-1]]\r\nb [[US-18]]\r\n")
        #expect(document.mentions == [mention("US-1", 3, 9), mention("US-18", 4, 3)])
        #expect(document.headings.map(\.position) == [MarkdownPosition(line: 1, column: 1)])
        #expect(document.taskItems.map(\.position) == [MarkdownPosition(line: 3, column: 1)])
        #expect(document.taskItems.map(\.text) == ["t [[US-1]] b [[US-18]]"])
    }
}

@Suite("Markdown edge inputs")
struct MarkdownEdgeInputTests {
    @Test("empty and blank input give an empty document", arguments: ["", "\n", "   \n\t\n", "\r\n\r\n"])
    func empty(text: String) {
        #expect(MarkdownParser.parse(text) == MarkdownDocument())
    }

    @Test("input without a final newline")
    func noFinalNewline() {
        let document = MarkdownParser.parse("# T\n- [x] a [[US-1]]")
        #expect(document.headings.count == 1)
        #expect(document.taskItems.map(\.isChecked) == [true])
        #expect(document.mentions.map(\.position) == [MarkdownPosition(line: 2, column: 9)])
    }

    @Test("a mention cut off by the end of the input is no mention")
    func truncated() {
        #expect(MarkdownParser.parse("see [[US-1]").mentions.isEmpty)
        #expect(MarkdownParser.parse("see [[US-1").mentions.isEmpty)
        #expect(MarkdownParser.parse("[[").mentions.isEmpty)
    }
}

/// Hostile input against the source search: a long line of texts whose
/// literals differ from the source must not make each search rescan it.
@Suite("Markdown source search on hostile lines")
struct MarkdownHostileLineTests {
    @Test("100,000 entity texts on one line are located in linear time, the mention after them exactly")
    func entityLine() {
        let repeats = 100_000
        let unit = "`c`&copy; "
        let text = String(repeating: unit, count: repeats) + "[[US-7]]\n"
        let clock = ContinuousClock()
        var document = MarkdownDocument()
        // Quadratic scanning took 18 s on this input; linear takes well under one.
        let elapsed = clock.measure { document = MarkdownParser.parse(text) }
        #expect(document.mentions.map(\.target) == ["US-7"])
        #expect(document.mentions.first?.position == MarkdownPosition(line: 1, column: unit.utf8.count * repeats + 1))
        #expect(elapsed < .seconds(5), "took \(elapsed)")
    }
}
