import CairnMarkdown
import Testing

@testable import CairnKit

/// The whole pipeline for one file: bytes → text → front matter → YAML →
/// fields and body, with every problem recorded and nothing thrown.
@Suite("ItemFileParser")
struct ItemFileParserTests {
    @Test("a complete story becomes an item with typed fields, keys and references")
    func completeStory() throws {
        let (file, marks) = ParsingFixtures.parseMarked(
            """
            ---
            ↓id: ↓US-12
            kind: story
            title: Pay with Apple Pay
            status: ready
            priority: must
            owner: alice
            labels: [checkout, payments]
            parent: ↓EP-3
            depends_on: [↓US-9, ↓US-10]
            implements: ↓PRD-1
            estimate: 5
            rice: {reach: 4000, impact: 2, confidence: 0.8, effort: 3}
            due: 2026-03-31
            ---

            As a customer, see ↓[[OBJ-1]].

            ## Acceptance criteria
            - [ ] Given ↓[[KR-2]], when I pay, then it works.
            - [x] Hidden on unsupported devices.
            """)
        #expect(file.problems.isEmpty)
        #expect(file.fieldProblems.isEmpty)
        let item = try #require(file.item)
        #expect(item.id == ItemID("US-12"))
        #expect(item.kind == "story")
        #expect(item.path == ParsingFixtures.path)
        #expect(item.title == "Pay with Apple Pay")
        #expect(item.status == "ready")
        #expect(item.priority == "must")
        #expect(item.owner == "alice")
        #expect(item.labels == ["checkout", "payments"])
        #expect(item.parent == ItemID("EP-3"))
        #expect(item.fields["id"] == .string("US-12"))
        #expect(item.fields["kind"] == .string("story"))
        #expect(item.fields["estimate"] == .number(5))
        #expect(item.fields["estimate"]?.numberValue == 5)
        #expect(item.fields["due"] == CalendarDate("2026-03-31").map(FieldValue.date))
        #expect(item.fields["rice"] == .record(["reach": 4000, "impact": 2, "confidence": 0.8, "effort": 3]))
        #expect(item.fields["depends_on"] == .ids([ItemID(prefix: "US", number: 9), ItemID(prefix: "US", number: 10)]))
        #expect(item.fields["implements"] == .ids([ItemID(prefix: "PRD", number: 1)]))
        #expect(
            item.keys.map(\.name) == [
                "id", "kind", "title", "status", "priority", "owner", "labels", "parent", "depends_on", "implements",
                "estimate", "rice", "due",
            ])
        #expect(item.position(of: "id") == FieldPosition(key: marks[0], value: marks[1]))
        #expect(
            item.references == [
                Reference(type: .parent, target: ItemID(prefix: "EP", number: 3), location: marks[2]),
                Reference(type: .dependsOn, target: ItemID(prefix: "US", number: 9), location: marks[3]),
                Reference(type: .dependsOn, target: ItemID(prefix: "US", number: 10), location: marks[4]),
                Reference(type: .implements, target: ItemID(prefix: "PRD", number: 1), location: marks[5]),
                Reference(type: .mention, target: ItemID(prefix: "OBJ", number: 1), location: marks[6]),
                Reference(type: .mention, target: ItemID(prefix: "KR", number: 2), location: marks[7]),
            ])
        #expect(item.body.headings.map(\.position) == [MarkdownPosition(line: 19, column: 1)])
        #expect(item.body.taskItems.map(\.position.line) == [20, 21])
        #expect(item.body.taskItems.map(\.sectionIndex) == [0, 0])
        #expect(file.source?.line(2) == "id: US-12")
    }

    @Test("body lines are file lines, with CRLF and multi-byte text in the front matter")
    func bodyOffsetCRLF() throws {
        let (file, marks) = ParsingFixtures.parseMarked(
            "---\r\nid: US-12\r\ntitle: Café ☕️\r\nstatus: draft\r\n---\r\n# Notes\r\nSee ↓[[US-3]] and ↓[x](y.md)\r\n")
        let item = try #require(file.item)
        #expect(file.fieldProblems.isEmpty)
        #expect(item.title == "Café ☕️")
        #expect(item.references.map(\.location) == [marks[0]])
        #expect(
            item.body.links.map { SourcePosition(line: $0.position.line, column: $0.position.column) } == [marks[1]])
        #expect(item.body.headings.map(\.position.line) == [6])
    }

    @Test("a byte order mark before the fence is fine")
    func byteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\nid: US-1\ntitle: T\nstatus: draft\n---\n".utf8)
        let file = ItemFileParser.parse(path: "x.md", bytes: bytes, schema: ItemSchema(.default))
        #expect(file.problems.isEmpty)
        #expect(file.item?.id == ItemID("US-1"))
        #expect(file.item?.position(of: "id")?.key == SourcePosition(line: 2, column: 1))
    }

    @Test("binary bytes and invalid UTF-8 are problems with their location, and no source")
    func undecodable() {
        let binary = ItemFileParser.parse(
            path: "x.md", bytes: Array("---\nid: US-1\u{0}".utf8), schema: ItemSchema(.default))
        #expect(binary.problems == [.undecodable(.binary(SourcePosition(line: 2, column: 9)))])
        #expect(binary.source == nil)
        #expect(binary.item == nil)
        let invalid = ItemFileParser.parse(
            path: "x.md", bytes: Array("---\nid: ".utf8) + [0xC3, 0x28], schema: ItemSchema(.default))
        #expect(invalid.problems == [.undecodable(.invalidUTF8(SourcePosition(line: 2, column: 5)))])
    }

    @Test(
        "files without front matter",
        arguments: [
            ("", MissingFrontMatterReason.emptyFile), (" \n\n", .emptyFile), ("# Title\n", .noOpeningFence),
            ("\n---\nid: US-1\n---\n", .noOpeningFence),
        ])
    func missingFrontMatter(text: String, failure: MissingFrontMatterReason) {
        let file = ParsingFixtures.parse(text)
        #expect(file.problems == [.missingFrontMatter(failure)])
        #expect(file.item == nil)
        #expect(file.fieldProblems.isEmpty)
        #expect(file.source != nil)
    }

    @Test("front matter that is never closed is a syntax problem at the start of the file")
    func unclosed() {
        let file = ParsingFixtures.parse("---\nid: US-1\ntitle: T\n")
        guard case .frontMatterSyntax(let message, let location) = file.problems.first else {
            Issue.record("expected a front-matter syntax problem, got \(file.problems)")
            return
        }
        #expect(file.problems.count == 1)
        #expect(location == .startOfFile)
        #expect(message.contains("never closed"))
    }

    @Test("a YAML error is a syntax problem where the YAML is wrong")
    func yamlError() {
        let (file, marks) = ParsingFixtures.parseMarked("---\nid: US-1\nlabels: ↓[a, b\n---\nBody\n")
        guard case .frontMatterSyntax(_, let location) = file.problems.first else {
            Issue.record("expected a front-matter syntax problem, got \(file.problems)")
            return
        }
        #expect(location == marks[0])
        #expect(file.item == nil)
    }

    @Test("an alias bomb in front matter is refused")
    func aliasBomb() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            yaml +=
                "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let file = ParsingFixtures.parse("---\n" + yaml + "---\n")
        guard case .frontMatterSyntax(let message, let location) = file.problems.first else {
            Issue.record("expected a front-matter syntax problem, got \(file.problems)")
            return
        }
        #expect(message.contains("\(YAMLReader.nodeLimit)"))
        #expect(location == SourcePosition(line: 2, column: 1))
    }

    @Test(
        "front matter that is not a mapping",
        arguments: [
            ("---\n- id: US-1\n---\n", "a list"), ("---\njust text\n---\n", "\"just text\""),
        ])
    func notAMapping(text: String, shape: String) {
        let file = ParsingFixtures.parse(text)
        guard case .frontMatterSyntax(let message, let location) = file.problems.first else {
            Issue.record("expected a front-matter syntax problem, got \(file.problems)")
            return
        }
        #expect(message.hasSuffix(shape))
        #expect(location == SourcePosition(line: 2, column: 1))
        #expect(file.item == nil)
    }

    @Test("empty front matter: no item, the id is missing")
    func emptyFrontMatter() {
        for text in ["---\n---\nBody\n", "---\n# comment\n---\n"] {
            let file = ParsingFixtures.parse(text)
            #expect(file.problems.isEmpty)
            #expect(file.item == nil)
            #expect(file.fieldProblems == [.missing(field: "id", kind: "item")])
        }
    }
}
