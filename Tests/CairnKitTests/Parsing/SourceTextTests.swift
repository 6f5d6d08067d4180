import CairnKit
import Testing

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
