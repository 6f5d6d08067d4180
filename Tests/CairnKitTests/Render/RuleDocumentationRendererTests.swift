import CairnKit
import Testing

/// What `cairn rules` prints, from a rule description.
@Suite("Rule documentation renderer")
struct RuleDocumentationRendererTests {
    static let rule = RuleDescription(
        id: "sample-rule", summary: "Something is off.", defaultSeverity: .warning, scope: .file,
        rationale: "It matters because it does.",
        triggeringExamples: [
            RuleExample(
                files: [("stories/US-1-a.md", "---\nid: US-1\ntitle: ↓[x\n---\n")],
                configuration: "rules:\n  sample-rule: error\n")
        ],
        nonTriggeringExamples: [RuleExample("stories/US-1-a.md", "---\nid: US-1\n---\n")])

    @Test("list: id, default severity and summary, aligned")
    func list() {
        let other = RuleDescription(
            id: "x", summary: "Short.", defaultSeverity: .error, rationale: "", triggeringExamples: [],
            nonTriggeringExamples: [])
        #expect(
            RuleDocumentationRenderer.list([Self.rule, other]) == """
                RULE         SEVERITY  SUMMARY
                sample-rule  warning   Something is off.
                x            error     Short.

                """)
    }

    @Test("detail: summary, severity, rationale and every example with markers")
    func detail() {
        #expect(
            RuleDocumentationRenderer.detail(Self.rule) == """
                sample-rule

                Something is off.

                Default severity: warning
                Looks at: one file at a time

                It matters because it does.

                Triggering examples (paths relative to the backlog root; ↓ marks where each diagnostic points):

                  Example 1
                    stories/US-1-a.md:
                      | ---
                      | id: US-1
                      | title: ↓[x
                      | ---
                    cairn.yml:
                      | rules:
                      |   sample-rule: error

                Non-triggering examples (paths relative to the backlog root):

                  Example 1
                    stories/US-1-a.md:
                      | ---
                      | id: US-1
                      | ---

                """)
    }

    @Test("detail: a rule of the backlog scope says it reads every item's structure")
    func backlogScope() {
        var rule = Self.rule
        rule.scope = .backlog
        #expect(
            RuleDocumentationRenderer.detail(rule).contains(
                "Looks at: every item's id, kind, links and [[ID]] mentions\n"))
    }

    @Test("detail: a rule of the links scope names the ways it follows, wrapped at 80 columns")
    func linksScope() {
        var rule = Self.rule
        rule.scope = .links([LinkPath([.outgoing(.dependsOn), .outgoing(.release)]), LinkPath([.incoming(.parent)])])
        #expect(
            RuleDocumentationRenderer.detail(rule).contains(
                """
                Looks at: the item's links, status, priority and date, and those of the items it
                reaches along depends_on then release; back along parent

                """))
    }

    @Test("the rationale is wrapped at 80 columns")
    func wrapping() {
        var rule = Self.rule
        rule.rationale = Array(repeating: "word", count: 30).joined(separator: " ")
        let lines = RuleDocumentationRenderer.detail(rule).split(separator: "\n")
        let rationale = lines.filter { $0.hasPrefix("word") }
        #expect(rationale.count == 2)
        #expect(rationale.allSatisfy { $0.count <= 80 })
    }
}
