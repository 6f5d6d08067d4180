import CairnKit
import Foundation
import Testing

/// The worked example backlog of Tests/Fixtures/planning, and small
/// backlogs written for one test.
enum PlanningExample {
    /// The day the roadmap tests take as today: after REL-1 (2026-10-01),
    /// before REL-2 (2026-12-15).
    static func today() throws -> CalendarDate { try day("2026-11-21") }

    /// The calendar day `text` names.
    static func day(_ text: String) throws -> CalendarDate { try #require(CalendarDate(text)) }

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/planning", isDirectory: true)

    static func load() throws -> Backlog {
        try BacklogLoader().load(from: WorkingTreeSource(root: root))
    }

    /// `files` (paths under `backlog/`) written to a fresh directory and loaded.
    static func load(_ files: [String: String]) throws -> (Backlog, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        for (path, content) in files { try directory.write("backlog/" + path, content) }
        return (try BacklogLoader().load(from: WorkingTreeSource(root: directory.url)), directory)
    }
}
