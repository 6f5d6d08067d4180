import Foundation
import Testing

@testable import CairnKit

/// `roadmap`, `okr`, `stats` and `graph` on hostile backlogs: control
/// characters in titles, numbers near the limits of a Double, wide statuses.
@Suite("Planning renderers on hostile backlogs")
struct PlanningHostileRenderTests {
    /// Two stories estimated 1e308 each — their sum overflows — one with a
    /// clear-screen sequence and a tab in its title; key results whose
    /// progress overflows.
    private static let files = [
        "stories/US-1.md":
            "---\nid: US-1\ntitle: \"\\e[2J wide\\ttab\"\nstatus: ready\nestimate: 1e308\nkey_results: [KR-1, KR-2]\n---\n",
        "stories/US-2.md": "---\nid: US-2\ntitle: B\nstatus: ready\nestimate: 1e308\nkey_results: [KR-1]\n---\n",
        "key-results/KR-1.md": "---\nid: KR-1\ntitle: Huge\nbaseline: -1e308\ntarget: 1e308\ncurrent: 0\n---\n",
        "key-results/KR-2.md": "---\nid: KR-2\ntitle: Tiny\nbaseline: 0\ntarget: 1e-308\ncurrent: 1e308\n---\n",
    ]

    private func load(_ files: [String: String] = files) throws -> (Backlog, TemporaryDirectory) {
        try PlanningExample.load(files)
    }

    private func roadmap(_ backlog: Backlog) throws -> Roadmap {
        Roadmap(backlog: backlog, grouping: .release, today: try PlanningExample.today())
    }

    /// Whether `text` holds a control character other than the line feed.
    private func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && $0.properties.generalCategory == .control }
    }

    @Test("Mermaid: control characters in titles are escaped, tabs become spaces, in graph and roadmap")
    func mermaidControlCharacters() throws {
        let (backlog, _) = try load()
        let graph = MermaidRenderer.render(
            .whole(backlog.graph), in: backlog.graph, statuses: backlog.configuration.statuses)
        #expect(!hasControl(graph))
        #expect(graph.contains(#"US_1["US-1: \u{1B}[2J wide tab"]:::open"#))
        let timeline = RoadmapMermaidRenderer.render(try roadmap(backlog))
        #expect(!hasControl(timeline))
        #expect(timeline.contains(#"        : US-1 \u{1B}[2J wide tab (ready)"#))
    }

    @Test("OKR: progress that overflows says so instead of nan % or inf %, and JSON holds null")
    func okrOutOfRange() throws {
        let (backlog, _) = try load()
        let report = OKRReport(backlog: backlog)
        #expect(report.keyResultsWithoutObjective.map(\.progress) == [.outOfRange, .outOfRange])
        let text = OKRRenderer.text(report)
        #expect(!text.contains("nan") && !text.contains("inf"))
        #expect(
            text.contains(
                "KR-1 Huge: progress cannot be computed: numbers out of range (-1e+308 → 0, target 1e+308); "
                    + "work 0/2 done, estimates too large to add up\n"))
        let json = try OKRRenderer.json(report)
        #expect(!json.contains("NaN") && !json.contains("Infinity"))
        #expect(json.contains(#""progress":null,"progressNote":"progress cannot be computed: numbers out of range""#))
        #expect(json.contains(#""share":{"doneItems":0,"donePoints":0,"items":2,"points":null}"#))
    }

    @Test("roadmap: a sum of estimates too large for a number is named, and null in JSON")
    func roadmapOverflowingSum() throws {
        let (backlog, _) = try load()
        let roadmap = try roadmap(backlog)
        #expect(RoadmapRenderer.text(roadmap).hasPrefix("Unscheduled: 0/2 done, estimates too large to add up\n"))
        let json = try RoadmapRenderer.json(roadmap)
        #expect(!json.contains("Infinity"))
        #expect(json.contains(#""share":{"doneItems":0,"donePoints":0,"items":2,"points":null}"#))
    }

    @Test("stats: 1e308 is printed as it is, a total beyond a number reads too large, JSON null")
    func statsHugeEstimates() throws {
        let (one, _) = try load(["stories/US-1.md": "---\nid: US-1\ntitle: A\nstatus: ready\nestimate: 1e308\n---\n"])
        let single = BacklogStats(graph: one.graph, configuration: one.configuration, top: 5)
        #expect(StatsRenderer.text(single).contains("\nopen         1e+308      1\n"))
        #expect(try StatsRenderer.json(single).contains(#""open":{"items":1,"total":1e+308}"#))
        let (two, _) = try load()
        let overflowing = BacklogStats(graph: two.graph, configuration: two.configuration, top: 5)
        #expect(StatsRenderer.text(overflowing).contains("\nopen         too large      2\n"))
        #expect(StatsRenderer.markdown(overflowing).contains("| open | too large | 2 |\n"))
        let json = try StatsRenderer.json(overflowing)
        #expect(!json.contains("Infinity") && json.contains(#""open":{"items":2,"total":null}"#))
    }

    @Test("roadmap and OKR text: columns aligned by display width, statuses printable")
    func wideStatuses() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "cairn.yml",
            "statuses:\n  order: [draft, \"進行中\", \"x\\ty\", done, dropped]\n  ready: [draft]\n  done: [done]\n"
                + "  dropped: [dropped]\n")
        try directory.write(
            "backlog/key-results/KR-1.md", "---\nid: KR-1\ntitle: K\nbaseline: 0\ntarget: 10\ncurrent: 5\n---\n")
        for (id, status) in [("US-1", "進行中"), ("US-2", "\"x\\ty\""), ("US-3", "done")] {
            try directory.write(
                "backlog/stories/\(id).md",
                "---\nid: \(id)\ntitle: T\nstatus: \(status)\nestimate: 1\nkey_results: [KR-1]\n---\n")
        }
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        #expect(
            RoadmapRenderer.text(try roadmap(backlog)) == """
                Unscheduled: 1/3 done, 1 of 3 points
                  US-1  進行中  1  T
                  US-2  x y     1  T
                  US-3  done    1  T

                """)
        #expect(
            OKRRenderer.text(OKRReport(backlog: backlog)) == """
                No objective
                  KR-1 K: 50 % (0 → 5, target 10); work 1/3 done, 1 of 3 points
                    US-1  進行中  0/1 done, 0 of 1 point  T
                    US-2  x y     0/1 done, 0 of 1 point  T
                    US-3  done    1/1 done, 1 of 1 point  T

                """)
    }

    @Test("one single-line helper: runs of line breaks and tabs become one space, ends trimmed")
    func singleLine() {
        #expect(ItemListRenderer.singleLine("a\r\n\n\tb\t") == "a b")
        #expect(BoardText.printable("a\n\u{1B}b") == "a \\u{1B}b")
        #expect(MarkdownInlineText.escaped("a\n\n|b") == "a \\|b")
    }

    @Test("JSON numbers: whole ones below 10¹⁵ as integers, others as they are, infinity and NaN as null")
    func finiteNumbers() {
        #expect(JSONValue.finiteNumber(3) == .integer(3))
        #expect(JSONValue.finiteNumber(2.5) == .number(2.5))
        #expect(JSONValue.finiteNumber(1e15) == .number(1e15))
        #expect(JSONValue.finiteNumber(.infinity) == .null)
        #expect(JSONValue.finiteNumber(-.infinity) == .null)
        #expect(JSONValue.finiteNumber(.nan) == .null)
    }
}
