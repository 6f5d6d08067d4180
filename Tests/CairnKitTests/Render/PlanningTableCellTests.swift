import Testing

@testable import CairnKit

/// How the aligned planning table (`cairn ready`, `rank`, `blocked`,
/// `plan`) shows one value: its fast path for printable ASCII must give
/// what the general path gives.
@Suite("Planning table cells")
struct PlanningTableCellTests {
    /// What the general path makes of `value`: on one line, tabs as spaces,
    /// control characters escaped.
    private func general(_ value: String) -> String {
        PrintableText.escaped(String(ItemListRenderer.singleLine(value).map { $0 == "\t" ? " " : $0 }))
    }

    @Test(
        "A value shows as the general path shows it",
        arguments: [
            "Pay with a saved card 40", " leading and trailing ", "~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
            "tab\tinside", "\tleading tab", "line\nbreak", "crlf\r\nbreak", "escape \u{1B}[2J here", "delete \u{7F}",
            "bell \u{07}", "café", "日本語のタイトル", "emoji 🎉", "combining e\u{301}", "nbsp\u{A0}space",
            "line separator\u{2028}here", "next line\u{85}here",
        ])
    func matchesGeneralPath(value: String) {
        #expect(PlanningTable.cell(value) == general(value))
    }

    @Test("An empty value shows as a dash")
    func emptyValue() {
        #expect(PlanningTable.cell("") == ItemListRenderer.missing)
    }

    @Test("A control character is escaped, a tab becomes a space, a line break joins the lines")
    func hostileValues() {
        #expect(PlanningTable.cell("a\u{1B}b") == "a\\u{1B}b")
        #expect(PlanningTable.cell("a\u{7F}b") == "a\\u{7F}b")
        #expect(PlanningTable.cell("a\tb") == "a b")
        #expect(PlanningTable.cell("a\n\nb") == "a b")
    }
}
