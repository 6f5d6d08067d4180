import CairnCLI
import CairnKit
import Foundation
import Testing

/// The worked example of Tests/Fixtures/planning copied into a temporary
/// directory, and `cairn` run in it in-process on a fixed day.
enum PlanningCommandFixture {
    /// After REL-1 (2026-10-01), before REL-2 (2026-12-15).
    static let today = "2026-11-21"

    static let backlog = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/planning/backlog", isDirectory: true)

    /// A fresh copy of the worked example's `backlog/`, plus `extra` files.
    static func copy(_ extra: [String: String] = [:]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try FileManager.default.copyItem(at: backlog, to: directory.url.appendingPathComponent("backlog"))
        for (path, content) in extra { try directory.write(path, content) }
        return directory
    }

    /// Runs `cairn arguments…` in `directory` with today fixed at `today`.
    static func run(_ arguments: String..., in directory: TemporaryDirectory, today: String = today) throws
        -> RunResult
    {
        let date = try #require(CalendarDate(today))
        let result = CairnCommand.run(arguments, in: directory.url, today: date)
        return RunResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
}
