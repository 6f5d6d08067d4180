import CairnSynthetic
import Foundation
import Testing

/// The generator behind the benchmarks: its backlogs are clean apart from
/// the problems it says it planted, look like a real team's backlog, and are
/// the same on every run.
@Suite("Synthetic backlogs")
struct SyntheticBacklogTests {
    @Test(
        "cairn check finds exactly the planted problems",
        arguments: [
            SyntheticBacklog(itemCount: 2_000, seed: 42, errorRate: 0.005),
            SyntheticBacklog(itemCount: 2_000, seed: 7, errorRate: 0),
        ])
    func plantedProblemsAreWhatCheckFinds(synthetic: SyntheticBacklog) throws {
        let directory = try TemporaryDirectory()
        try directory.initializeGitRepository()
        try synthetic.write(to: directory.url.appendingPathComponent("backlog"))

        let result = cairn("check", "--format", "json", in: directory)

        let report = try CheckReport(json: result.stdout)
        let found = report.diagnostics.map { "\($0.rule) in \($0.file)" }.sorted()
        let planted = synthetic.plantedProblems().map { "\($0.rule) in backlog/\($0.path)" }.sorted()
        #expect(found == planted)
        #expect(report.summary.files == 2_000)
        #expect(report.summary.items == 2_000)
        #expect(result.status == (planted.isEmpty ? 0 : 1))
    }

    @Test("errors take turns: dangling references, two-story cycles, missing statuses")
    func plantedMix() {
        let planted = SyntheticBacklog(itemCount: 2_000, errorRate: 0.005).plantedProblems()
        let counts = Dictionary(planted.map { ($0.rule, 1) }, uniquingKeysWith: +)
        // 1,677 stories at 0.5 %: eight planted, in turn; a cycle is reported in both its stories.
        #expect(counts == ["dangling-reference": 3, "dependency-cycle": 6, "missing-field": 2])
    }

    @Test("stories have ~1.5 KB bodies with acceptance criteria, 0–3 dependencies and mostly a parent")
    func realisticStories() {
        let stories = SyntheticBacklog(itemCount: 2_000, errorRate: 0).files().filter {
            $0.path.hasPrefix("stories/")
        }
        #expect(stories.count == 1_677)
        let bodies = stories.map { $0.content.components(separatedBy: "\n---\n").last ?? "" }
        let averageBody = bodies.map(\.utf8.count).reduce(0, +) / bodies.count
        #expect((1_300...1_700).contains(averageBody), "average body \(averageBody) bytes")
        #expect(bodies.allSatisfy { $0.contains("## Acceptance criteria\n- [") })
        let withParent = stories.filter { $0.content.contains("\nparent: EP-") }.count
        #expect(withParent * 10 >= stories.count * 8, "\(withParent) of \(stories.count) have a parent")
        let dependencyCounts = stories.map { story in
            story.content.split(separator: "\n").first { $0.hasPrefix("depends_on: ") }
                .map { $0.split(separator: ",").count } ?? 0
        }
        #expect(Set(dependencyCounts) == [0, 1, 2, 3])
    }

    @Test("the same seed gives the same bytes; another seed, other bytes")
    func deterministic() {
        let first = SyntheticBacklog(itemCount: 500, seed: 3).files()
        let again = SyntheticBacklog(itemCount: 500, seed: 3).files()
        let other = SyntheticBacklog(itemCount: 500, seed: 4).files()
        #expect(first.count == 500)
        #expect(first.map(\.path) == again.map(\.path))
        #expect(first.map(\.content) == again.map(\.content))
        #expect(first.map(\.content) != other.map(\.content))
    }
}
