import Foundation

@testable import CairnKit

/// A temporary folder of backlog files written for a test and loaded from
/// the working tree, as writing commands load them.
final class StoryFolder {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    /// A draft story `id`, depending on `dependsOn` when given.
    static func item(_ id: String, dependsOn: String? = nil) -> String {
        let dependency = dependsOn.map { "depends_on: [\($0)]\n" } ?? ""
        return "---\nid: \(id)\nkind: story\ntitle: Story \(id)\nstatus: draft\n\(dependency)---\n\nText.\n"
    }

    /// Writes `files` (path → text) and loads the folder.
    func backlog(_ files: [String: String]) throws -> Backlog {
        for (path, content) in files { try directory.write(path, content) }
        return try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
    }
}
