import Testing

@testable import CairnKit

@Suite("SourceText")
struct SourceTextTests {
    @Test("lines without their endings, CR included")
    func lines() {
        let source = SourceText("one\r\ntwo é\n\nlast")
        #expect(source.line(1) == "one")
        #expect(source.line(2) == "two é")
        #expect(source.line(3) == "")
        #expect(source.line(4) == "last")
        #expect(source.line(0) == nil)
        #expect(source.line(5) == nil)
    }

    @Test("a final newline starts an empty last line")
    func finalNewline() {
        let source = SourceText("a\n")
        #expect(source.line(3) == nil)
        #expect(source.line(2) == "")
        #expect(SourceText("").line(1) == "")
    }
}

@Suite("SourceText columns")
struct SourceTextColumnTests {
    @Test("a scalar column becomes the byte column ColumnConverter gives for the line")
    func utf8ColumnsMatchTheConverter() {
        let text = "título: 日本 x\r\nrice: {é: 1, 🙂: 2}\n\nplain\r\nlast 🙂"
        let source = SourceText(text)
        for number in 1...5 {
            let line = source.line(number) ?? ""
            for scalarColumn in 1...(line.unicodeScalars.count + 3) {
                #expect(
                    source.utf8Column(line: number, scalarColumn: scalarColumn)
                        == ColumnConverter.utf8Column(fromScalarColumn: scalarColumn, in: line),
                    "line \(number), column \(scalarColumn)")
            }
        }
        #expect(source.utf8Column(line: 2, scalarColumn: 9) == 10)
        #expect(source.utf8Column(line: 6, scalarColumn: 1) == nil)
        #expect(source.utf8Column(line: 0, scalarColumn: 1) == nil)
    }
}
