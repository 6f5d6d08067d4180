import CairnKit
import Foundation

/// The worked example backlog of Tests/Fixtures/planning, and small
/// backlogs written to temporary directories for the cases it lacks.
enum PlanningBacklogs {
    /// Tests/Fixtures/planning: three levels above this file's folder.
    static let workedExampleRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Fixtures/planning")

    /// The worked example: 22 items around one-tap checkout.
    static func workedExample() throws -> Backlog {
        try BacklogLoader().load(from: WorkingTreeSource(root: workedExampleRoot))
    }

    /// A backlog of stories, one per entry: the id and the front-matter
    /// lines after `id`, `title` (the id in words) and `status: ready`
    /// unless the lines give a status.
    static func stories(_ stories: [(id: String, lines: [String])]) throws -> (Backlog, TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        for (id, lines) in stories {
            let status = lines.contains { $0.hasPrefix("status:") } ? [] : ["status: ready"]
            let front = (["id: \(id)", "title: Story \(id)"] + status + lines).joined(separator: "\n")
            try directory.write(
                "backlog/stories/\(id).md", "---\n\(front)\n---\n\n## Acceptance criteria\n\n- [ ] Works.\n")
        }
        return (try BacklogLoader().load(from: WorkingTreeSource(root: directory.url)), directory)
    }

    /// The ids of `items`, as strings.
    static func ids(_ items: [RankedItem]) -> [String] {
        items.map(\.id.description)
    }
}
