import Testing

@testable import CairnMarkdown

@Suite("WikiMentionScanner")
struct WikiMentionScannerTests {
    private func scan(_ text: String) -> [String] {
        WikiMentionScanner.mentions(in: Array(text.utf8)).map { "\($0.offset):\($0.target)" }
    }

    @Test("offsets are UTF-8 byte offsets of the first bracket")
    func offsets() {
        #expect(scan("[[US-1]]") == ["0:US-1"])
        #expect(scan("é [[US-1]]") == ["3:US-1"])
        #expect(scan("[[[US-1]]]") == ["1:US-1"])
        #expect(scan("[[A-1]] [[B_2-30]]") == ["0:A-1", "8:B_2-30"])
    }

    @Test(
        "malformed targets are skipped",
        arguments: [
            "[[]]", "[[-1]]", "[[US-]]", "[[US-1]", "[[US-1", "[[1US-1]]", "[[US--1]]", "[[US-1-2]]", "[[US-+1]]",
            "[[US-1 ]]", "[[ÜS-1]]", "[ [US-1]]", "[",
        ])
    func malformed(text: String) {
        #expect(scan(text).isEmpty)
    }
}

@Suite("Wiki mention scanner limits")
struct WikiMentionScannerLimitTests {
    @Test("a number of more than 18 digits is no item id, so no mention")
    func longNumbers() {
        let text = Array("[[US-999999999999999999]] [[US-9999999999999999999]]".utf8)
        #expect(WikiMentionScanner.mentions(in: text).map(\.target) == ["US-999999999999999999"])
    }
}
