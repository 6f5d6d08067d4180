import CairnKit
import Testing

/// Every value `YAMLScalar.text` writes must read back, through Cairn's own
/// YAML reader, as exactly the text it was given.
@Suite("YAMLScalar")
struct YAMLScalarTests {
    /// The text `key: <scalar>` reads back as.
    private func readBack(_ scalar: String) -> String? {
        let line = "key: \(scalar)\n"
        guard case .success(let root?) = YAMLReader.read(Substring(line), firstLine: 1, in: SourceText(line)),
            case .mapping(let pairs) = root.value, pairs.count == 1, !pairs[0].value.isNull
        else { return nil }
        return pairs[0].value.scalarText
    }

    @Test(
        "plain when YAML reads it back unchanged",
        arguments: [
            "Pay with Apple Pay", "US-12", "C# for beginners", "a:b", "100%", "Œuvre", "back\\slash \"both\"",
        ])
    func plain(text: String) {
        #expect(YAMLScalar.text(text) == text)
        #expect(readBack(YAMLScalar.text(text)) == text)
    }

    @Test(
        "quoted when it would not read back as that string, and then it does",
        arguments: [
            "Pay: now", "\"quoted\"", "'single'", "#1 priority", "a # comment", "- dash", "[not, a list]",
            "{not: a map}", "null", "~", "", " leading", "trailing ", "*alias", "&anchor x", "!tag x", "| block",
            "> folded", "% directive", "@at", "`tick", "line\nbreak", "bell\u{7}", "nel\u{85}x",
            "ls\u{2028}x", "? key", "key:", "2026-12-04", "5", "yes", "tab\there",
        ])
    func quoted(text: String) {
        let scalar = YAMLScalar.text(text)
        #expect(scalar.hasPrefix("\"") || scalar.hasPrefix("'"), "\(scalar)")
        #expect(readBack(scalar) == text, "\(scalar) reads back as \(readBack(scalar) ?? "nothing")")
    }
}
