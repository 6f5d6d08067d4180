import CairnKit
import Testing

/// `rules:` in cairn.yml changes severities or turns rules off.
@Suite("Rule severities from cairn.yml")
struct SeverityConfigurationTests {
    static let files = [
        "stories/US-1-a.md": item("US-1", status: nil, "colour: blue\ndepends_on: [US-9]"),
        "stories/US-2-b.md": item("US-2", status: "done", "depends_on: [US-3]", body: "- [x] Works\n"),
        "stories/US-3-c.md": item("US-3"),
    ]

    @Test("without cairn.yml every rule has its default severity")
    func defaults() throws {
        let diagnostics = try RuleTestBacklog(Self.files).check()
        #expect(
            diagnostics.map { "\($0.rule) \($0.severity)" } == [
                "missing-field error", "unknown-field warning", "dangling-reference error",
                "status-inconsistency warning",
            ])
    }

    @Test("severities are overridden and off turns a rule off")
    func overrides() throws {
        let configuration = """
            rules:
              unknown-field: error
              missing-field: off
              dangling-reference: note
              status-inconsistency: error

            """
        let diagnostics = try RuleTestBacklog(Self.files, configuration: configuration).check()
        #expect(
            diagnostics.map { "\($0.place) \($0.rule) \($0.severity)" } == [
                "backlog/stories/US-1-a.md:4:1 unknown-field error",
                "backlog/stories/US-1-a.md:5:14 dangling-reference note",
                "backlog/stories/US-2-b.md:5:14 status-inconsistency error",
            ])
    }

    @Test("a misspelt rule id in cairn.yml is an invalid-config error with a suggestion")
    func misspeltRule() throws {
        let diagnostics = try RuleTestBacklog(
            ["stories/US-1-a.md": item("US-1")], configuration: "rules:\n  broken-links: off\n"
        ).check()
        #expect(diagnostics.map(\.place) == ["backlog/cairn.yml:2:3"])
        #expect(diagnostics.first?.rule == "invalid-config")
        #expect(diagnostics.first?.message == "unknown rule \"broken-links\"")
        #expect(diagnostics.first?.hint == "did you mean broken-link?")
    }
}
