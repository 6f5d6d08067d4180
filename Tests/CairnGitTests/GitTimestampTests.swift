import CairnGit
import Foundation
import Testing

/// `GitTimestamp(gitDate:localTimeZone:)` against git's own reading of the
/// same text: `git var GIT_AUTHOR_IDENT` with `GIT_AUTHOR_DATE` set.
@Suite("GitTimestamp")
struct GitTimestampTests {
    /// git's reading of `date` with `TZ=zone`: seconds and offset.
    private func gitReading(_ date: String, zone: String) throws -> GitTimestamp? {
        let sandbox = try CommitSandbox()
        let ident = try sandbox.git(
            ["var", "GIT_AUTHOR_IDENT"],
            extraEnvironment: ["GIT_AUTHOR_DATE": date, "TZ": zone])
        let fields = ident.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ").suffix(2)
        guard let seconds = fields.first.flatMap({ Int64($0) }), let offset = fields.last,
            let sign = offset.first, let hours = Int(offset.dropFirst().prefix(2)), let minutes = Int(offset.suffix(2))
        else { return nil }
        return GitTimestamp(secondsSince1970: seconds, offsetMinutes: (sign == "-" ? -1 : 1) * (hours * 60 + minutes))
    }

    @Test(
        "reads what git reads",
        arguments: [
            ("@1700000000 +0200", "UTC"),
            ("1700000000 -0530", "UTC"),
            ("@1700000000", "UTC"),
            ("@1700000000", "Europe/Berlin"),
            ("2024-05-01T12:30:00+02:00", "UTC"),
            ("2024-05-01T12:30:00Z", "UTC"),
            ("2024-05-01 12:30:00 +0200", "UTC"),
            ("2024-05-01T12:30:00 +02:00", "UTC"),
            ("2024-05-01T12:30:00+02", "UTC"),
            ("2024-05-01 12:30 -0700", "UTC"),
            ("2024-05-01T12:30:00.123+0100", "UTC"),
            ("Wed, 01 May 2024 12:30:00 +0200", "UTC"),
            ("1 May 2024 12:30:00 -0000", "UTC"),
            ("Thu, 29 Feb 2024 23:59:59 GMT", "UTC"),
            ("2024-07-01T12:00:00", "Europe/Berlin"),
            ("2024-01-15 08:00:00", "Europe/Berlin"),
            ("Mon, 15 Jan 2024 08:00:00", "America/New_York"),
        ])
    func agreesWithGit(date: String, zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        let parsed = try #require(GitTimestamp(gitDate: date, localTimeZone: timeZone))
        #expect(parsed == (try gitReading(date, zone: zone)))
    }

    @Test(
        "refuses what is no date or out of range",
        arguments: [
            "", "yesterday", "next tuesday", "2024-13-01T00:00:00Z", "2023-02-29T00:00:00Z", "2024-05-01T24:00:00Z",
            "2024-05-01T12:30:00+2500", "1700000000", "Wed, 01 Foo 2024 12:30:00 +0200",
        ])
    func refuses(date: String) {
        #expect(GitTimestamp(gitDate: date, localTimeZone: TimeZone(secondsFromGMT: 0) ?? .current) == nil)
    }

    @Test("TZ in the environment chooses the local time zone")
    func localTimeZoneFromEnvironment() {
        #expect(GitTimestamp.localTimeZone(environment: ["TZ": "Asia/Tokyo"]).identifier == "Asia/Tokyo")
        #expect(GitTimestamp.localTimeZone(environment: ["TZ": ":Asia/Tokyo"]).identifier == "Asia/Tokyo")
        #expect(GitTimestamp.localTimeZone(environment: [:]) == TimeZone.current)
    }
}
