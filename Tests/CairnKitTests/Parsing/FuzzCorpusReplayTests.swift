import CairnFuzzInputs
import CairnKit
import Foundation
import Testing

/// Every input in `Fuzz/Corpus` — the seeds, and each input that ever made
/// a fuzzer crash, hang or run out of memory — replayed through the same
/// public entry points, framed by the same code as the fuzz targets
/// (`CairnFuzzInputs`), in the normal test run: none may crash,
/// and each must end in an item, a diagnostic or a report.
@Suite("Fuzz corpus replay")
struct FuzzCorpusReplayTests {
    private static let corpus = OwnBacklogTests.packageRoot.appendingPathComponent("Fuzz/Corpus")

    /// The inputs of one target's corpus, by file name.
    private static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = corpus.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, try [UInt8](Data(contentsOf: folder.appendingPathComponent(name))))
        }
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
            #expect(Self.accountedFor(ItemFileFuzzing.parseFrontMatter(bytes)), "\(name)")
        }
    }

    @Test("body: every input parses, and the story's front matter survives it")
    func body() throws {
        let inputs = try Self.inputs("body")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            let file = ItemFileFuzzing.parseBody(bytes)
            #expect(file.item?.id.description == "US-1" || !file.problems.isEmpty, "\(name)")
        }
    }

    @Test("configuration: every input loads, and a story parses under it")
    func configuration() throws {
        let inputs = try Self.inputs("configuration")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            guard let story = ConfigurationFuzzing.load(bytes) else { continue }
            #expect(Self.accountedFor(story), "\(name)")
        }
    }

    @Test("check: every backlog loads, is checked by every rule and renders a summary")
    func check() throws {
        let inputs = try Self.inputs("check")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            #expect(!BacklogFuzzing.check(bytes).isEmpty, "\(name)")
        }
    }
}
