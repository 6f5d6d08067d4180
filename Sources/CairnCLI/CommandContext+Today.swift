import CairnKit
import Foundation

extension CommandContext {
    /// ``today`` when it is fixed, otherwise today's date in the local time
    /// zone (`TZ`, else the system's), as the C library tells it: asking
    /// `Calendar.current` would load ICU's calendar data, a millisecond of
    /// every `cairn check`.
    func currentDate() throws -> CalendarDate {
        if let today { return today }
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil,
            let date = CalendarDate(
                Self.digits(Int(parts.tm_year) + 1900, 4) + "-" + Self.digits(Int(parts.tm_mon) + 1, 2) + "-"
                    + Self.digits(Int(parts.tm_mday), 2))
        else { throw CommandFailure.io("cannot tell today's date from the system clock") }
        return date
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
