import CairnKit
import Foundation
import Testing

/// Every input in `Fuzz/Corpus` — the seeds, and each input that ever made
/// a fuzzer crash, hang or run out of memory — replayed through the same
/// public entry points, framed as the fuzz targets frame them
/// (`Fuzz/Sources/FuzzHarness`), in the normal test run: none may crash,
/// and each must end in an item, a diagnostic or a report.
@Suite("Fuzz corpus replay")
struct FuzzCorpusReplayTests {
    private static let corpus = OwnBacklogTests.packageRoot.appendingPathComponent("Fuzz/Corpus")
    private static let schema = ItemSchema(.default)

    /// The inputs of one target's corpus, by file name.
    private static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = corpus.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    private static func parse(_ bytes: [UInt8], schema: ItemSchema = schema) -> ParsedFile {
        ItemFileParser.parse(path: "backlog/stories/US-1.md", bytes: bytes, schema: schema)
    }

    /// Whether the file became an item or has a problem a rule reports.
    private static func accountedFor(_ file: ParsedFile) -> Bool {
        file.item != nil || !file.problems.isEmpty || !file.fieldProblems.isEmpty
    }

    @Test("front matter: every input parses to an item or a problem")
    func frontMatter() throws {
        let inputs = try Self.inputs("front-matter")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let file = Self.parse(
                Array("---\n".utf8) + bytes + Array("\n---\n\n## Acceptance criteria\n\n- [ ] done\n".utf8))
            #expect(Self.accountedFor(file), "\(name)")
        }
    }

    @Test("body: every input parses, and the story's front matter survives it")
    func body() throws {
        let inputs = try Self.inputs("body")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let file = Self.parse(
                Array("---\nid: US-1\nkind: story\ntitle: Fuzzed body\nstatus: draft\n---\n".utf8) + bytes)
            #expect(file.item?.id.description == "US-1" || !file.problems.isEmpty, "\(name)")
        }
    }

    @Test("configuration: every input loads, and a story parses under it")
    func configuration() throws {
        let inputs = try Self.inputs("configuration")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            guard case .success(let text) = TextDecoding.decode(bytes) else { continue }
            let (configuration, _) = ConfigurationLoader(knownRuleIDs: RuleRegistry.ids).load(SourceText(text))
            let story = Array("---\nid: US-1\nkind: story\ntitle: T\nstatus: ready\n---\n".utf8)
            let file = Self.parse(story, schema: ItemSchema(configuration))
            #expect(Self.accountedFor(file), "\(name)")
        }
    }

    @Test("check: every backlog loads, is checked by every rule and renders a summary")
    func check() throws {
        let inputs = try Self.inputs("check")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            var changes = ChangeSet()
            for (index, part) in Self.split(bytes).enumerated() {
                if index == 0 && part.starts(with: Array("# cairn.yml\n".utf8)) {
                    changes.write(part, to: "cairn.yml")
                } else {
                    changes.write(part, to: "backlog/items/item-\(index + 1).md")
                }
            }
            let backlog = try BacklogLoader().load(from: ChangeOverlaySource(base: NothingOnDisk(), changes: changes))
            let diagnostics = BacklogChecker(today: CalendarDate("2026-11-21")).check(backlog)
            let summary = DiagnosticSummary(
                diagnostics: diagnostics, files: backlog.files.count, items: backlog.graph.items.count)
            let text = TextDiagnosticRenderer().render(
                diagnostics, sources: SourceLookup(backlog: backlog), summary: summary)
            #expect(!text.isEmpty, "\(name)")
        }
    }

    /// The parts of `bytes` between lines of `=====`.
    private static func split(_ bytes: [UInt8]) -> [[UInt8]] {
        let separator = Array("\n=====\n".utf8)
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

/// A repository with no files: the replayed backlog is all in the change set.
private struct NothingOnDisk: BacklogSource {
    func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        throw SourceError.missingDirectory(directory)
    }

    func contents(of path: String) throws -> [UInt8]? { nil }

    func exists(_ path: String) -> Bool { false }
}
