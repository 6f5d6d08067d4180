import CairnKit
import Foundation

extension CommandContext {
    /// ``today`` when it is fixed, otherwise today's date in the local time
    /// zone.
    func currentDate() throws -> CalendarDate {
        if let today { return today }
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        guard let year = parts.year, let month = parts.month, let day = parts.day,
            let date = CalendarDate(Self.digits(year, 4) + "-" + Self.digits(month, 2) + "-" + Self.digits(day, 2))
        else { throw CommandFailure.io("cannot tell today's date from the system clock") }
        return date
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
