import Foundation
import Testing

/// The real binary against a clean backlog with every default kind: exit 0
/// and nothing to report, in every format.
@Suite("cairn binary: clean backlog")
struct CleanBacklogTests {
    static var summary: String {
        "no problems in \(CompleteBacklog.itemCount) files (\(CompleteBacklog.itemCount) items)"
    }

    @Test("text: exit 0 and only the summary")
    func text() throws {
        let repository = try TemporaryRepository(CompleteBacklog.files)
        let result = try repository.cairn("check")
        #expect(result.status == 0)
        #expect(result.stdout == Self.summary + "\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("every kind is read, with its links")
    func items() throws {
        let repository = try TemporaryRepository(CompleteBacklog.files)
        let result = try repository.cairn("list", "--format", "json")
        #expect(result.status == 0)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == CompleteBacklog.itemCount)
        #expect(
            Set(items.compactMap { $0["kind"] as? String })
                == ["objective", "key-result", "epic", "story", "bug", "prd", "mrd", "release", "feedback"])
        let story = try repository.cairn("show", "US-1")
        #expect(story.status == 0)
        for target in ["US-2", "PRD-1", "KR-1", "FB-1", "REL-1", "EP-1", "BUG-1"] {
            #expect(story.stdout.contains("    \(target)  "), "US-1 links to \(target)")
        }
    }

    @Test("json: no diagnostics and a zero summary")
    func json() throws {
        let repository = try TemporaryRepository(CompleteBacklog.files)
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 0)
        let report = try CheckReport(json: result.stdout)
        #expect(report.diagnostics.isEmpty)
        let count = CompleteBacklog.itemCount
        #expect(report.summary == .init(errors: 0, warnings: 0, notes: 0, files: count, items: count))
    }

    @Test("sarif: a SARIF 2.1.0 log with one run and no results")
    func sarif() throws {
        let repository = try TemporaryRepository(CompleteBacklog.files)
        let result = try repository.cairn("check", "--format", "sarif")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif") == true)
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        let results = try #require(runs.first?["results"] as? [Any])
        #expect(results.isEmpty)
    }

    @Test("github: no workflow command, only the summary log line")
    func github() throws {
        let repository = try TemporaryRepository(CompleteBacklog.files)
        let result = try repository.cairn("check", "--format", "github")
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(!result.stdout.contains("::"))
        #expect(result.stdout == Self.summary + "\n")
    }
}
