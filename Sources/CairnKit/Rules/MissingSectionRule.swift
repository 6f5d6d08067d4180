/// `missing-section`: a body section the item's kind requires is absent.
public struct MissingSectionRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "missing-section",
        summary: "An item's body lacks a section (heading) its kind requires.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Some kinds are documents with a fixed outline: a PRD needs Problem, Goals, \
            Non-goals, Success metrics and Requirements; an MRD needs Market problem, Target \
            market, Competition, Positioning and Success metrics (`required_sections` in \
            cairn.yml). A heading of any level with the section's name, in any case, satisfies \
            it. Each missing section is reported once, at the item's id.
            """,
        triggeringExamples: [
            RuleExample(
                "prds/PRD-1-checkout.md",
                """
                ---
                ↓↓id: PRD-1
                title: Checkout redesign
                status: draft
                ---
                ## Problem
                Checkout takes too long.
                ## Goals
                ## Success metrics

                """)
        ],
        nonTriggeringExamples: [
            RuleExample(
                "prds/PRD-1-checkout.md",
                """
                ---
                id: PRD-1
                title: Checkout redesign
                status: draft
                ---
                # Problem
                ## goals
                ## Non-goals
                ### Success Metrics
                ## Requirements

                """),
            RuleExample("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for item in context.graph.items {
            guard let kind = context.configuration.kind(named: item.kind), !kind.requiredSections.isEmpty else {
                continue
            }
            for section in kind.requiredSections where item.body.heading(named: section) == nil {
                sink.report(
                    "\(kind.name) \(item.id) has no \"\(section)\" section; \(kind.name) items require "
                        + kind.requiredSections.joined(separator: ", "),
                    in: item.path, at: item.position(of: "id")?.key ?? .startOfFile,
                    hint: "add a heading: ## \(section)")
            }
        }
    }
}
