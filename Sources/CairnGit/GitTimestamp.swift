import Foundation

/// A moment as git records it in a commit: seconds since the Unix epoch and
/// the time-zone offset of the person who made it.
public struct GitTimestamp: Sendable, Hashable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int64
    /// The offset from UTC in minutes: +120 for `+0200`, -300 for `-0500`.
    public var offsetMinutes: Int

    /// A timestamp from its two parts.
    public init(secondsSince1970: Int64, offsetMinutes: Int) {
        self.secondsSince1970 = secondsSince1970
        self.offsetMinutes = offsetMinutes
    }

    /// The current second, with the offset `timeZone` has now.
    public static func now(in timeZone: TimeZone) -> GitTimestamp {
        let date = Date()
        return GitTimestamp(
            secondsSince1970: Int64(date.timeIntervalSince1970.rounded(.down)),
            offsetMinutes: timeZone.secondsFromGMT(for: date) / 60)
    }

    /// The time zone git would use for a date written without an offset:
    /// the one named by `TZ` in `environment` when Foundation knows it,
    /// otherwise the process's own.
    public static func localTimeZone(environment: [String: String]) -> TimeZone {
        guard let name = environment["TZ"], !name.isEmpty else { return .current }
        let identifier = name.hasPrefix(":") ? String(name.dropFirst()) : name
        return TimeZone(identifier: identifier) ?? .current
    }
}

extension GitTimestamp {
    /// Parses a date as `GIT_AUTHOR_DATE` and `GIT_COMMITTER_DATE` are
    /// usually written; returns `nil` for anything else.
    ///
    /// Accepted, as git accepts them:
    /// - git's internal format, `<unix-seconds> <±hhmm>`, also with a leading
    ///   `@` (`@1700000000 +0100`); after `@` the offset may be left out;
    /// - ISO 8601, `2024-05-01T12:30:00+02:00`, with a space instead of `T`,
    ///   optional seconds and fraction (ignored), and an offset written `Z`,
    ///   `±hh`, `±hhmm` or `±hh:mm`, optionally after a space;
    /// - RFC 2822, `Wed, 01 May 2024 12:30:00 +0200`, the weekday optional,
    ///   the offset `±hhmm` or `GMT`/`UT`/`UTC`/`Z`.
    ///
    /// A date with no offset is local time in `localTimeZone` (`@<seconds>`
    /// takes that zone's offset at that moment). git's free-form
    /// "approxidate" phrases (`yesterday`, `3 days ago`) are not accepted.
    public init?(gitDate text: String, localTimeZone: TimeZone) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard
            let parsed = Self.parseRaw(trimmed, localTimeZone)
                ?? Self.parseISO8601(trimmed, localTimeZone)
                ?? Self.parseRFC2822(trimmed, localTimeZone)
        else { return nil }
        self = parsed
    }

    private static func parseRaw(_ text: String, _ zone: TimeZone) -> GitTimestamp? {
        guard let match = text.wholeMatch(of: #/(@?)([0-9]{1,18})(?:\s+([+-][0-9]{4}))?/#),
            let seconds = Int64(match.2)
        else { return nil }
        if let offset = match.3 {
            guard let minutes = offsetMinutes(String(offset)) else { return nil }
            return GitTimestamp(secondsSince1970: seconds, offsetMinutes: minutes)
        }
        guard !match.1.isEmpty else { return nil }
        let date = Date(timeIntervalSince1970: TimeInterval(seconds))
        return GitTimestamp(secondsSince1970: seconds, offsetMinutes: zone.secondsFromGMT(for: date) / 60)
    }

    private static func parseISO8601(_ text: String, _ zone: TimeZone) -> GitTimestamp? {
        let pattern =
            #/([0-9]{4})-([0-9]{2})-([0-9]{2})[T ]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:[.,][0-9]+)?)?\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)?/#
        guard let match = text.wholeMatch(of: pattern),
            let fields = CivilTime(
                year: match.1, month: match.2, day: match.3, hour: match.4, minute: match.5, second: match.6)
        else { return nil }
        return fields.timestamp(offset: match.7.map(String.init), localTimeZone: zone)
    }

    private static func parseRFC2822(_ text: String, _ zone: TimeZone) -> GitTimestamp? {
        let pattern =
            #/(?:[A-Za-z]{3},\s*)?([0-9]{1,2})\s+([A-Za-z]{3})\s+([0-9]{4})\s+([0-9]{2}):([0-9]{2})(?::([0-9]{2}))?(?:\s+([+-][0-9]{4}|GMT|UTC|UT|Z))?/#
        guard let match = text.wholeMatch(of: pattern),
            let month = monthNames.firstIndex(of: match.2.lowercased()),
            let fields = CivilTime(
                year: match.3, month: "\(month + 1)", day: match.1, hour: match.4, minute: match.5, second: match.6)
        else { return nil }
        return fields.timestamp(offset: match.7.map(String.init), localTimeZone: zone)
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// Minutes east of UTC for `Z`, `GMT`, `UT`, `UTC`, `±hh`, `±hhmm` or `±hh:mm`.
    fileprivate static func offsetMinutes(_ text: String) -> Int? {
        if ["Z", "GMT", "UT", "UTC"].contains(text) { return 0 }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = Array(text.dropFirst().filter { $0 != ":" })
        guard digits.count == 2 || digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let hours = Int(String(digits[0..<2])), let minutes = Int(digits.count == 4 ? String(digits[2...]) : "0"),
            hours < 24, minutes < 60
        else { return nil }
        return (sign == "-" ? -1 : 1) * (hours * 60 + minutes)
    }
}

/// A calendar date and wall-clock time, checked for range, not yet placed in a time zone.
private struct CivilTime {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int

    init?(
        year: Substring, month: Substring, day: Substring, hour: Substring, minute: Substring, second: Substring?
    ) {
        guard let year = Int(year), let month = Int(month), let day = Int(day), let hour = Int(hour),
            let minute = Int(minute), let second = Int(second ?? "0")
        else { return nil }
        guard (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day),
            (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second)
        else { return nil }
        (self.year, self.month, self.day, self.hour, self.minute, self.second) = (
            year, month, day, hour, minute, second
        )
    }

    /// Places the time at `offset` (e.g. `+0200`), or in `localTimeZone` when there is none.
    func timestamp(offset: String?, localTimeZone: TimeZone) -> GitTimestamp? {
        let wallClock = Int64(daysSince1970) * 86_400 + Int64(hour * 3_600 + minute * 60 + second)
        if let offset {
            guard let minutes = GitTimestamp.offsetMinutes(offset) else { return nil }
            return GitTimestamp(secondsSince1970: wallClock - Int64(minutes * 60), offsetMinutes: minutes)
        }
        // The zone's offset at the wall-clock time read as UTC is a first guess;
        // the offset at the instant that guess gives settles DST transitions.
        let guess = wallClock - Int64(localTimeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(wallClock))))
        let offsetSeconds = localTimeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(guess)))
        return GitTimestamp(secondsSince1970: wallClock - Int64(offsetSeconds), offsetMinutes: offsetSeconds / 60)
    }

    /// Days from 1970-01-01 to this date in the proleptic Gregorian calendar
    /// (Howard Hinnant's `days_from_civil`).
    private var daysSince1970: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
