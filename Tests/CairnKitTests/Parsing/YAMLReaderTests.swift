import CairnKit
import Foundation
import Testing

@Suite("YAMLReader")
struct YAMLReaderTests {
    /// Reads the front matter of `file` (which starts with a `---` line), so
    /// that locations are in file coordinates with the YAML starting on line 2.
    private func readFrontMatter(_ file: String) throws -> Result<YAMLNode?, YAMLReadFailure> {
        let split = try FrontMatterSplitter.split(file).get()
        return YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: SourceText(file))
    }

    private func read(_ yaml: String) -> Result<YAMLNode?, YAMLReadFailure> {
        YAMLReader.read(Substring(yaml), firstLine: 1, in: SourceText(yaml))
    }

    private func pairs(_ result: Result<YAMLNode?, YAMLReadFailure>) throws -> [YAMLPair] {
        let node = try #require(try result.get())
        guard case .mapping(let pairs) = node.value else {
            Issue.record("not a mapping: \(node.shapeDescription)")
            return []
        }
        return pairs
    }

    private func syntax(_ result: Result<YAMLNode?, YAMLReadFailure>) -> (message: String, location: SourcePosition)? {
        if case .failure(.syntax(let message, let location)) = result { return (message, location) }
        return nil
    }

    @Test("keys and values keep their order and file positions")
    func positions() throws {
        let found = try pairs(readFrontMatter("---\nid: US-1\ntitle:   Pay\nlabels: [a, b]\n---\n"))
        #expect(found.map { $0.key.scalarText } == ["id", "title", "labels"])
        #expect(
            found.map(\.key.location) == [
                SourcePosition(line: 2, column: 1), SourcePosition(line: 3, column: 1),
                SourcePosition(line: 4, column: 1),
            ])
        #expect(
            found.map(\.value.location) == [
                SourcePosition(line: 2, column: 5), SourcePosition(line: 3, column: 10),
                SourcePosition(line: 4, column: 9),
            ])
        guard case .sequence(let elements) = found[2].value.value else {
            Issue.record("labels is not a sequence")
            return
        }
        #expect(elements.map(\.location) == [SourcePosition(line: 4, column: 10), SourcePosition(line: 4, column: 13)])
    }

    @Test("byte columns count multi-byte characters before a value")
    func multiByteColumns() throws {
        // Yams counts Unicode scalars; Cairn counts UTF-8 bytes.
        let found = try pairs(read("título: 日本 x\nrice: {é: 1, 🙂: 2}\n"))
        #expect(found[0].value.location == SourcePosition(line: 1, column: 10))
        guard case .mapping(let rice) = found[1].value.value else {
            Issue.record("rice is not a mapping")
            return
        }
        #expect(rice.map(\.key.location) == [SourcePosition(line: 2, column: 8), SourcePosition(line: 2, column: 15)])
        #expect(
            rice.map(\.value.location) == [SourcePosition(line: 2, column: 12), SourcePosition(line: 2, column: 21)])
    }

    @Test("plain, quoted and block scalars; nulls")
    func scalars() throws {
        let found = try pairs(
            read("a: plain\nb: \"null\"\nc: 'x'\nd: ~\ne:\nf: null\ng: NULL\nh: |\n  block\ni: 2024\nj: ''\n"))
        let values = found.map(\.value)
        #expect(values.map(\.scalarText) == ["plain", "null", "x", "~", "", "null", "NULL", "block\n", "2024", ""])
        #expect(values.map(\.isNull) == [false, false, false, true, true, true, true, false, false, false])
        let plainness = values.map { node -> Bool? in
            if case .scalar(_, let isPlain) = node.value { return isPlain }
            return nil
        }
        #expect(plainness == [true, false, false, true, true, true, true, false, true, false])
        #expect(values[1].shapeDescription == "\"null\"")
        #expect(values[3].shapeDescription == "nothing")
    }

    @Test("sequences and mappings are not null and have no scalar text")
    func collections() throws {
        let found = try pairs(read("a: [x]\nb: {c: 1}\nc: []\n"))
        #expect(found.map(\.value.isNull) == [false, false, false])
        #expect(found.map(\.value.scalarText) == [nil, nil, nil])
        #expect(found.map(\.value.shapeDescription) == ["a list", "a mapping", "a list"])
    }

    @Test("an empty or comment-only document is nil", arguments: ["", "\n\n", "# only a comment\n", "   "])
    func empty(yaml: String) throws {
        #expect(try read(yaml).get() == nil)
    }

    @Test("a tab used for indentation is named and points at its line")
    func tabIndentation() throws {
        let result = try readFrontMatter("---\nid: US-1\nrice:\n\treach: 4\n---\n")
        let failure = try #require(syntax(result))
        #expect(failure.message.contains("tabs"))
        #expect(failure.location.line == 4)
    }

    @Test("an unclosed flow sequence points where it opens")
    func unclosedFlowSequence() throws {
        let failure = try #require(syntax(try readFrontMatter("---\nid: US-1\nlabels: [a, b\n---\n")))
        #expect(failure.location == SourcePosition(line: 3, column: 9))
    }

    @Test("an unclosed flow sequence followed by more keys still points where it opens")
    func unclosedFlowSequenceBeforeKeys() throws {
        let failure = try #require(
            syntax(try readFrontMatter("---\nid: US-1\nlabels: [a, b\nstatus: ready\ntitle: x\n---\n")))
        #expect(failure.location == SourcePosition(line: 3, column: 9))
    }

    @Test("an unclosed flow mapping followed by more keys points where it opens")
    func unclosedFlowMappingBeforeKeys() throws {
        let failure = try #require(syntax(read("rice: {reach: 1,\n  impact: 2\nx: 1\n")))
        #expect(failure.location == SourcePosition(line: 1, column: 7))
    }

    @Test("a key without a colon points at the key, not at the next line")
    func keyWithoutColon() throws {
        let failure = try #require(syntax(read("id: US-1\ntitle\nstatus: ready\n")))
        #expect(failure.location == SourcePosition(line: 2, column: 1))
    }

    @Test("errors in block mappings stay where they are found")
    func blockMappingErrors() throws {
        #expect(syntax(read("a:\n  b: 1\n c: 2\n"))?.location == SourcePosition(line: 3, column: 2))
        #expect(syntax(read("a: 1\n- b\n"))?.location == SourcePosition(line: 2, column: 1))
        #expect(syntax(read("a: b\n  c: d\n"))?.location == SourcePosition(line: 2, column: 4))
    }

    @Test("a tab between key and value is fine")
    func tabSeparator() throws {
        let found = try pairs(read("title:\tPay\n"))
        #expect(found.first?.value.scalarText == "Pay")
        #expect(found.first?.value.location == SourcePosition(line: 1, column: 8))
    }

    @Test("an unclosed flow mapping after multi-byte text points where it opens, in bytes")
    func unclosedFlowMapping() throws {
        let failure = try #require(syntax(read("título: x\nrice: {reach: 1\n")))
        #expect(failure.location == SourcePosition(line: 2, column: 7))
    }

    @Test("an unclosed quote points where it opens")
    func unclosedQuote() throws {
        let failure = try #require(syntax(try readFrontMatter("---\nid: US-1\ntitle: \"Pay\n---\n")))
        #expect(failure.location == SourcePosition(line: 3, column: 8))
    }

    @Test("a syntax error in the middle points at the offending line")
    func middleError() throws {
        let failure = try #require(syntax(try readFrontMatter("---\nid: US-1\ntitle: a: b\nstatus: ready\n---\n")))
        #expect(failure.location.line == 3)
    }

    @Test("two documents are refused")
    func twoDocuments() throws {
        let failure = try #require(syntax(read("a: 1\n---\nb: 2\n")))
        #expect(!failure.message.isEmpty)
    }

    @Test("an alias bomb is refused quickly without being expanded")
    func billionLaughs() throws {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let references = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(references)]\n"
        }
        let start = Date()
        let result = read(yaml)
        let elapsed = Date().timeIntervalSince(start)
        guard case .failure(.tooManyNodes(let limit)) = result else {
            Issue.record("expected tooManyNodes, got \(result)")
            return
        }
        #expect(limit == YAMLReader.nodeLimit)
        #expect(elapsed < 2, "took \(elapsed) s")
    }

    @Test("aliases within the node budget are expanded")
    func smallAlias() throws {
        let found = try pairs(read("base: &b [x, y]\ncopy: *b\n"))
        guard case .sequence(let copy) = found[1].value.value else {
            Issue.record("copy is not a sequence")
            return
        }
        #expect(copy.map(\.scalarText) == ["x", "y"])
    }
}
