import CairnKit
import Testing

@Suite("CalendarDate")
struct CalendarDateTests {
    @Test(
        "parses real days",
        arguments: ["2026-03-31", "2024-02-29", "2000-02-29", "2026-12-31", "2026-01-01", "0001-01-01"])
    func valid(text: String) throws {
        let date = try #require(CalendarDate(text))
        #expect(date.description == text)
    }

    @Test(
        "rejects impossible days and other shapes",
        arguments: [
            "2026-02-30", "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00",
            "2026-1-01",
            "2026-01-1", "26-01-01", "2026/01/01", "2026-01-01T10:00", "", "+026-01-01", "2026-0a-01", "٢٠٢٦-٠١-٠١",
            "2026-01-01-", " 2026-01-01",
        ])
    func invalid(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("parts and order")
    func parts() throws {
        let date = try #require(CalendarDate("2026-03-09"))
        #expect((date.year, date.month, date.day) == (2026, 3, 9))
        let sorted = ["2026-03-09", "2025-12-31", "2026-03-10", "2026-02-28"].compactMap { CalendarDate($0) }.sorted()
        #expect(sorted.map(\.description) == ["2025-12-31", "2026-02-28", "2026-03-09", "2026-03-10"])
    }

    @Test("the description pads the year to four digits, so it parses back")
    func yearPadding() throws {
        let date = try #require(CalendarDate("0999-01-05"))
        #expect(date.description == "0999-01-05")
        #expect(CalendarDate(date.description) == date)
    }
}
