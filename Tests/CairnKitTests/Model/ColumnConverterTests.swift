import CairnKit
import Testing

/// Pins the conversions between UTF-8 byte columns (Cairn), Unicode-scalar
/// columns (Yams) and UTF-16 columns (SARIF, LSP) with multi-byte and astral
/// characters before the position.
@Suite("ColumnConverter")
struct ColumnConverterTests {
    // é: 1 scalar, 2 bytes, 1 UTF-16 unit. 日: 1 scalar, 3 bytes, 1 unit.
    // 🙂: 1 scalar, 4 bytes, 2 units. e + U+0301: 2 scalars, 3 bytes, 2 units, 1 character.
    let line: Substring = "aé日🙂e\u{301}x"

    @Test("scalar column to UTF-8 column")
    func scalarToUTF8() {
        #expect(
            (1...8).map { ColumnConverter.utf8Column(fromScalarColumn: $0, in: line) } == [1, 2, 4, 7, 11, 12, 14, 15])
    }

    @Test("UTF-8 column to UTF-16 column")
    func utf8ToUTF16() {
        #expect(
            [1, 2, 4, 7, 11, 12, 14, 15].map { ColumnConverter.utf16Column(fromUTF8Column: $0, in: line) } == [
                1, 2, 3, 4, 6, 7, 8, 9,
            ])
    }

    @Test("characters before a UTF-8 column, for caret indentation")
    func characterOffsets() {
        #expect(
            [1, 2, 4, 7, 11, 14, 15].map { ColumnConverter.characterOffset(ofUTF8Column: $0, in: line) } == [
                0, 1, 2, 3, 4, 5, 6,
            ])
    }

    @Test("columns past the end map one for one")
    func pastEnd() {
        #expect(ColumnConverter.utf8Column(fromScalarColumn: 10, in: line) == 17)
        #expect(ColumnConverter.utf16Column(fromUTF8Column: 17, in: line) == 11)
        #expect(ColumnConverter.characterOffset(ofUTF8Column: 40, in: line) == 6)
        #expect(ColumnConverter.utf8Column(fromScalarColumn: 3, in: "") == 3)
    }

    @Test("a column inside a multi-byte character")
    func insideCharacter() {
        // Byte column 3 is the second byte of é.
        #expect(ColumnConverter.utf16Column(fromUTF8Column: 3, in: line) == 3)
        #expect(ColumnConverter.characterOffset(ofUTF8Column: 3, in: line) == 1)
    }

    @Test("columns on a substring of a larger text")
    func substring() {
        let text = "first\nsé[x"
        let second = text.split(separator: "\n")[1]
        #expect(ColumnConverter.utf8Column(fromScalarColumn: 3, in: second) == 4)
        #expect(ColumnConverter.utf16Column(fromUTF8Column: 4, in: second) == 3)
    }
}
