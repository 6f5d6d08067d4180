import CairnKit
import Foundation

/// The worked example backlog of the planning tests (Tests/Fixtures/planning),
/// and small extra backlogs held in memory for the cases it does not cover.
enum BoardStatsFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/planning", isDirectory: true)

    static func workedExample() throws -> Backlog {
        try BacklogLoader().load(from: WorkingTreeSource(root: root))
    }

    /// A backlog of `files` (path → text) under the default configuration.
    static func backlog(_ files: [String: String]) throws -> Backlog {
        try BacklogLoader().load(from: RenderTestBacklog.MemorySource(files: files))
    }
}
