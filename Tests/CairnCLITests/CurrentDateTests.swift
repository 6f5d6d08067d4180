import CairnKit
import Foundation
import Testing

@testable import CairnCLI

@Suite("Today's date")
struct CurrentDateTests {
    @Test("without a fixed date, today is the local calendar day, as Foundation's calendar tells it")
    func localDay() throws {
        let context = CommandContext(workingDirectory: URL(fileURLWithPath: "/"), console: CapturingConsole())
        let before = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let today = try context.currentDate()
        let after = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        let expected = [before, after].map { parts in
            String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
        }
        #expect(expected.contains(today.description))
    }

    @Test("a fixed date wins over the clock")
    func fixedDay() throws {
        var context = CommandContext(workingDirectory: URL(fileURLWithPath: "/"), console: CapturingConsole())
        context.today = CalendarDate("2031-02-28")
        #expect(try context.currentDate().description == "2031-02-28")
    }
}
