import CairnKit
import Foundation

/// A backlog written to a fresh directory for one test: files under
/// `backlog/` (text or raw bytes), an optional `cairn.yml`, symbolic links.
final class RuleTestBacklog {
    let directory: TemporaryDirectory

    init(
        _ files: [String: String] = [:], bytes: [String: [UInt8]] = [:], configuration: String? = nil,
        symlinks: [String: String] = [:]
    ) throws {
        directory = try TemporaryDirectory()
        for (path, content) in files { try directory.write("backlog/" + path, content) }
        for (path, content) in bytes { try directory.write("backlog/" + path, Data(content)) }
        if let configuration { try directory.write("backlog/cairn.yml", configuration) }
        for (path, target) in symlinks {
            let link = directory.url.appendingPathComponent("backlog/" + path)
            try FileManager.default.createDirectory(
                at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
        }
    }

    /// Loads the backlog from disk.
    func load() throws -> Backlog {
        try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
    }

    /// The diagnostics of `rules` (every rule by default), sorted.
    func check(_ rules: [any Rule] = RuleRegistry.all) throws -> [Diagnostic] {
        BacklogChecker(rules: rules).check(try load())
    }

    /// The diagnostics of the one rule with `id`, as its default severity has them.
    func check(rule id: String) throws -> [Diagnostic] {
        guard let rule = RuleRegistry.rule(withID: id) else { return [] }
        return try check([rule])
    }
}

/// A minimal item file: front matter with `id`, `title`, `status` and the
/// given extra lines, then `body`.
func item(_ id: String, status: String? = "draft", _ extra: String = "", body: String = "") -> String {
    var text = "---\nid: \(id)\ntitle: \(id) title\n"
    if let status { text += "status: \(status)\n" }
    if !extra.isEmpty { text += extra + "\n" }
    return text + "---\n" + body
}

extension Diagnostic {
    /// `file:line:column`, for compact expectations.
    var place: String { "\(file):\(location.line):\(location.column)" }
}
