import Testing

@testable import CairnMarkdown

@Suite("Markdown links and images")
struct MarkdownLinkTests {
    private func links(_ text: String) -> [MarkdownLink] {
        MarkdownParser.parse(text).links
    }

    private func link(_ destination: String, image: Bool = false, _ line: Int, _ column: Int) -> MarkdownLink {
        MarkdownLink(destination: destination, isImage: image, position: MarkdownPosition(line: line, column: column))
    }

    @Test("inline links and images with their destinations as written")
    func inline() {
        let found = links("[PRD](../prds/PRD-1.md) and ![chart](img/chart.png \"title\")\n[anchor](#goals)\n")
        #expect(
            found == [
                link("../prds/PRD-1.md", 1, 1), link("img/chart.png", image: true, 1, 29), link("#goals", 2, 1),
            ])
    }

    @Test("byte columns count multi-byte characters before a link")
    func multiByte() {
        // é is 2 bytes, 日本 6, 🙂 4.
        let found = links("é [a](x) 日本 ![b](y) 🙂 [c](z)\n")
        #expect(found == [link("x", 1, 4), link("y", image: true, 1, 18), link("z", 1, 31)])
    }

    @Test("reference links resolve to the definition's destination")
    func reference() {
        let found = links("See [the PRD][prd] and [prd].\n\n[prd]: prds/PRD-1.md\n")
        #expect(found == [link("prds/PRD-1.md", 1, 5), link("prds/PRD-1.md", 1, 24)])
    }

    @Test("an image inside a link: both, each where it starts")
    func nestedImage() {
        #expect(links("[![i](a.png)](b.html)\n") == [link("b.html", 1, 1), link("a.png", image: true, 1, 2)])
    }

    @Test("links in list items, block quotes, headings and table cells")
    func containers() {
        let found = links(
            """
            - item [a](a.md)
              more [b](b.md)
            > quote [c](c.md)
            ## Head [d](d.md)

            | x | y |
            |---|---|
            | [e](e.md) | ![f](f.png) |
            """)
        #expect(
            found == [
                link("a.md", 1, 8), link("b.md", 2, 8), link("c.md", 3, 9), link("d.md", 4, 9),
                link("e.md", 8, 3), link("f.png", image: true, 8, 15),
            ])
    }

    @Test("angle-bracket, URL, www and e-mail autolinks point at their first character")
    func autolinks() {
        let found = links(
            "see <https://x.com> and www.example.com and a@b.com\nthen https://y.org/z, [r][ref]\n\n[ref]: /target\n")
        #expect(
            found == [
                link("https://x.com", 1, 5), link("http://www.example.com", 1, 25), link("mailto:a@b.com", 1, 45),
                link("https://y.org/z", 2, 6), link("/target", 2, 23),
            ])
    }

    @Test("autolinks at the start of a line, after indentation and in a heading")
    func autolinkEdges() {
        #expect(links("www.x.com\n") == [link("http://www.x.com", 1, 1)])
        #expect(links("https://a.com https://b.com\n") == [link("https://a.com", 1, 1), link("https://b.com", 1, 15)])
        #expect(links("x\n  https://a.com\n") == [link("https://a.com", 2, 3)])
        #expect(links("> q https://a.com\n") == [link("https://a.com", 1, 5)])
        #expect(links("# Head https://x.com\n") == [link("https://x.com", 1, 8)])
        #expect(links("é https://x.com\n") == [link("https://x.com", 1, 4)])
    }

    @Test("links on continuation lines, after text with brackets and entities")
    func continuationLines() {
        let found = links(
            """
            - item
            lazy [not a link] [a](a.md)
            > q
            &amp; [b](b.md) <https://c.example>
            x
                  `[x](x)` ![d](d.png)
            """)
        #expect(
            found == [
                link("a.md", 2, 19), link("b.md", 4, 7), link("https://c.example", 4, 17),
                link("d.png", image: true, 6, 16),
            ])
    }

    @Test("no links in code spans, code blocks or HTML")
    func notInCode() {
        let found = links("`[a](a.md)`\n\n```\n[b](b.md)\n```\n\n<div>\n[c](c.md)\n</div>\n")
        #expect(found.isEmpty)
    }

    @Test("CRLF line endings do not shift columns")
    func crlf() {
        #expect(links("first\r\nthen [a](a.md)\r\n") == [link("a.md", 2, 6)])
    }

    @Test("broken link syntax is text, not a link")
    func broken() {
        #expect(links("[unclosed](a.md\n[no destination]\n[ref][missing]\n").isEmpty)
    }
}
