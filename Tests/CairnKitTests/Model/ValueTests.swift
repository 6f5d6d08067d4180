import CairnKit
import Testing

@Suite("Model values")
struct ValueTests {
    @Test("field values as a person would write them")
    func displayText() throws {
        #expect(FieldValue.string("Pay").displayText == "Pay")
        #expect(FieldValue.integer(-3).displayText == "-3")
        #expect(FieldValue.number(5).displayText == "5")
        #expect(FieldValue.number(0.8).displayText == "0.8")
        #expect(FieldValue.number(1e20).displayText == "1e+20")
        #expect(FieldValue.date(try #require(CalendarDate("2026-03-01"))).displayText == "2026-03-01")
        #expect(FieldValue.id(ItemID(prefix: "EP", number: 3)).displayText == "EP-3")
        #expect(
            FieldValue.ids([ItemID(prefix: "US", number: 9), ItemID(prefix: "US", number: 10)]).displayText
                == "US-9, US-10")
        #expect(FieldValue.strings(["a", "b"]).displayText == "a, b")
        #expect(
            FieldValue.record(["reach": 4000, "confidence": 0.8, "impact": 2]).displayText
                == "confidence: 0.8, impact: 2, reach: 4000")
    }

    @Test("string and number accessors")
    func accessors() {
        #expect(FieldValue.string("x").stringValue == "x")
        #expect(FieldValue.integer(2).stringValue == nil)
        #expect(FieldValue.integer(2).numberValue == 2)
        #expect(FieldValue.number(2.5).numberValue == 2.5)
        #expect(FieldValue.strings(["2"]).numberValue == nil)
    }

    @Test("severities sort errors first")
    func severities() {
        #expect([Severity.note, .error, .warning].sorted() == [.error, .warning, .note])
    }

    @Test("diagnostics sort by file, position, severity, rule, message")
    func presentationOrder() {
        func diagnostic(
            _ file: String, _ line: Int, _ column: Int, _ severity: Severity, _ rule: String, _ message: String
        ) -> Diagnostic {
            Diagnostic(
                file: file, location: SourcePosition(line: line, column: column), severity: severity, rule: rule,
                message: message)
        }
        let expected = [
            diagnostic("a.md", 1, 1, .error, "r", "m"), diagnostic("a.md", 1, 2, .error, "r", "m"),
            diagnostic("a.md", 2, 1, .error, "a", "z"), diagnostic("a.md", 2, 1, .warning, "a", "a"),
            diagnostic("a.md", 2, 1, .warning, "b", "a"), diagnostic("a.md", 2, 1, .warning, "b", "b"),
            diagnostic("b.md", 1, 1, .note, "r", "m"),
        ]
        #expect(expected.reversed().sorted(by: Diagnostic.presentationOrder) == expected)
    }

    @Test("source positions order by line, then column")
    func positions() {
        #expect(SourcePosition(line: 1, column: 9) < SourcePosition(line: 2, column: 1))
        #expect(SourcePosition(line: 2, column: 1) < SourcePosition(line: 2, column: 2))
        #expect(SourcePosition.startOfFile == SourcePosition(line: 1, column: 1))
    }
}
