import Testing

@testable import CairnKit

@Suite("IDSuggester")
struct IDSuggesterTests {
    let suggester: IDSuggester = {
        let ids = ["US-12", "US-47", "US-100", "EP-3", "KR-7", "KR-70"]
        let graph = BacklogGraph(items: ids.map { GraphFixtures.item($0) })
        return IDSuggester(graph: graph, prefixes: Configuration.default.kinds.map(\.prefix))
    }()

    private func suggestion(_ missing: String) -> String? {
        guard let id = ItemID(missing) else {
            Issue.record("\(missing) is no id")
            return nil
        }
        return suggester.suggestion(for: id)?.description
    }

    @Test(
        "one digit typo away",
        arguments: [
            ("US-13", "US-12"),  // changed digit
            ("US-74", "US-47"),  // transposed digits
            ("US-4", "US-47"),  // dropped digit
            ("US-1000", "US-100"),  // extra digit
            ("US-112", "US-12"),  // extra digit in the middle
            ("EP-8", "EP-3"),
        ])
    func digitTypos(missing: String, expected: String) {
        #expect(suggestion(missing) == expected)
    }

    @Test(
        "prefix in the wrong case or misspelt",
        arguments: [
            ("us-12", "US-12"), ("Us-47", "US-47"), ("UX-12", "US-12"), ("ux-100", "US-100"), ("EO-3", "EP-3"),
            ("kr-70", "KR-70"),
        ])
    func prefixTypos(missing: String, expected: String) {
        #expect(suggestion(missing) == expected)
    }

    @Test("several candidates of the same kind of typo: the smallest id")
    func smallest() {
        // US-12 and US-47 are both one changed digit from US-17.
        #expect(suggestion("US-17") == "US-12")
    }

    @Test("nothing close", arguments: ["US-5000", "KR-33", "ZZ-12", "EP-42", "OBJ-12"])
    func nothingClose(missing: String) {
        #expect(suggestion(missing) == nil)
    }
}
