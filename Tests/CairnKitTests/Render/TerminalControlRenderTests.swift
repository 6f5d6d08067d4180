import CairnKit
import Testing

/// `cairn show`, `cairn graph --format dot` and `cairn check --format github`
/// print text from the backlog to a terminal or a CI log: escape sequences in
/// a title, a key, a value or the body must arrive as visible escapes, never
/// as control characters.
@Suite("Control characters in show, DOT and GitHub annotation output")
struct TerminalControlRenderTests {
    /// A title that would turn the text red and set the window title, an
    /// unknown key and a value that would clear the screen, and a body with
    /// blinking text, a carriage return and a tab.
    private static let files = [
        "stories/US-1.md": """
        ---
        id: US-1
        title: "Evil \\e[31mred\\e]0;pwned\\a"
        status: draft
        owner: "\\e[2J"
        "x-\\e[1m": "a\\nb"
        depends_on: [US-2]
        ---
        Body \u{1B}[5mblink\u{1B}[0m\rover\ttab
        Second line.
        """,
        "stories/US-2.md": "---\nid: US-2\ntitle: \"Other \\e[8mhidden\"\nstatus: draft\n---\n",
    ]

    /// Whether `text` holds a control character other than a line feed or a tab.
    private func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && $0 != "\t" && $0.properties.generalCategory == .control }
    }

    @Test("show escapes the title, keys, values, linked titles and every body line")
    func show() throws {
        // The folder must outlive the renderers, which read texts on demand.
        let (backlog, directory) = try PlanningExample.load(Self.files)
        defer { withExtendedLifetime(directory) {} }
        let node = try #require(backlog.graph.items.firstIndex { $0.id.description == "US-1" })
        let output = ItemDetailRenderer.render(node: node, in: backlog)
        #expect(!hasControl(output), "\(output.debugDescription)")
        #expect(output.contains(#"title: Evil \u{1B}[31mred\u{1B}]0;pwned\u{7}"#))
        let lines = output.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("  owner:") && $0.hasSuffix(#" \u{1B}[2J"#) })
        #expect(lines.contains { $0.hasPrefix(#"  x-\u{1B}[1m:"#) && $0.hasSuffix(#" "a\nb""#) })
        #expect(output.contains(#"US-2  Other \u{1B}[8mhidden"#))
        #expect(output.contains("Body:\nBody \\u{1B}[5mblink\\u{1B}[0m\\u{D}over\ttab\nSecond line.\n"))
    }

    @Test("DOT labels escape control characters with a backslash DOT keeps")
    func dot() throws {
        // The folder must outlive the renderers, which read texts on demand.
        let (backlog, directory) = try PlanningExample.load(Self.files)
        defer { withExtendedLifetime(directory) {} }
        let output = DOTRenderer.render(
            .whole(backlog.graph), in: backlog.graph, statuses: backlog.configuration.statuses)
        #expect(!hasControl(output), "\(output.debugDescription)")
        #expect(output.contains(#"label="US-1: Evil \\u{1B}[31mred\\u{1B}]0;pwned\\u{7}""#))
        #expect(DOTRenderer.quoted("a\u{1B}b\tc\nd") == "\"a\\\\u{1B}b\tc d\"")
    }

    @Test("GitHub annotations escape control characters besides %, CR and LF")
    func githubAnnotations() {
        #expect(GitHubAnnotationRenderer.escapeData("a\u{1B}[2J\tb\r\n") == #"a\u{1B}[2J"# + "\tb%0D%0A")
        #expect(GitHubAnnotationRenderer.escapeProperty("x\u{7}:") == #"x\u{7}%3A"#)
    }
}
