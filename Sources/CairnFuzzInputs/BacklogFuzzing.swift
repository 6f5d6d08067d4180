import CairnKit

/// Loads a whole backlog held in memory and runs every rule on it, then
/// renders the diagnostics as `cairn check` prints them.
///
/// The input is cut into files at each line `=====`. When the first part
/// starts with the line `# cairn.yml`, it is the configuration; every other
/// part is an item file, `backlog/items/item-N.md` for the Nth.
public enum BacklogFuzzing {
    /// The line between two files of one input.
    public static let separator = Array("\n=====\n".utf8)
    /// The first line that makes a part the configuration.
    public static let configurationMarker = Array("# cairn.yml\n".utf8)

    /// Loads, checks and renders the backlog that `bytes` describes.
    public static func check(_ bytes: [UInt8]) -> String {
        var changes = ChangeSet()
        for (index, part) in split(bytes).enumerated() {
            if index == 0 && part.starts(with: configurationMarker) {
                changes.write(part, to: "cairn.yml")
            } else {
                changes.write(part, to: "backlog/items/item-\(index + 1).md")
            }
        }
        let source = ChangeOverlaySource(base: NothingOnDisk(), changes: changes)
        guard let backlog = try? BacklogLoader().load(from: source) else { return "" }
        let diagnostics = BacklogChecker(today: CalendarDate("2026-11-21")).check(backlog)
        let summary = DiagnosticSummary(
            diagnostics: diagnostics, files: backlog.files.count, items: backlog.graph.items.count)
        return TextDiagnosticRenderer().render(diagnostics, sources: SourceLookup(backlog: backlog), summary: summary)
    }

    /// The parts of `bytes` between separators.
    static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var parts: [[UInt8]] = []
        var start = 0
        var index = 0
        while index + separator.count <= bytes.count {
            if bytes[index..<(index + separator.count)].elementsEqual(separator) {
                parts.append(Array(bytes[start..<index]))
                index += separator.count
                start = index
            } else {
                index += 1
            }
        }
        parts.append(Array(bytes[start...]))
        return parts
    }
}

/// A repository with no files: everything the fuzzed backlog holds comes from
/// the change set laid over it.
private struct NothingOnDisk: BacklogSource {
    func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        throw SourceError.missingDirectory(directory)
    }

    func contents(of path: String) throws -> [UInt8]? { nil }

    func exists(_ path: String) -> Bool { false }
}
