/// `invalid-value`: a front-matter value of the wrong type or not allowed.
public struct InvalidValueRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-value",
        summary: "A front-matter value does not fit its field's type or allowed values.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Every field has a type: statuses, priorities and enum fields take one of their \
            allowed values, dates are YYYY-MM-DD calendar days, estimates are numbers ≥ 0, link \
            fields hold item ids, records such as rice hold named numbers. An id must use the \
            prefix of a known kind, and an explicit kind must agree with it. A value that does \
            not fit is not used — the item behaves as if it were absent — so planning would be \
            wrong. The hint names the closest allowed value when one is a typo away.
            """,
        triggeringExamples: [
            RuleExample("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: ↓redy\npriority: ↓Must-have\n---\n"),
            RuleExample(
                "stories/US-2-b.md",
                "---\nid: US-2\ntitle: B\nstatus: draft\ndue: ↓2026-02-30\nestimate: ↓-3\nrice: {↓reech: 100}\n---\n"),
            RuleExample(
                "stories/US-3-c.md",
                "---\nid: US-3\nkind: ↓epic\ntitle: C\nstatus: draft\ndepends_on: [US-1, ↓soon]\n---\n"),
            RuleExample("stories/XS-4-d.md", "---\nid: ↓XS-4\ntitle: D\nstatus: draft\n---\n"),
            RuleExample("stories/US5-e.md", "---\nid: ↓US5\ntitle: E\nstatus: draft\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "stories/US-1-a.md",
                """
                ---
                id: US-1
                kind: story
                title: 2024
                status: ready
                priority: must
                due: 2026-02-28
                estimate: 0.5
                labels: [checkout]
                depends_on: US-2
                rice: {reach: 4000, impact: 2, confidence: 0.8, effort: 3}
                ---

                """),
            RuleExample(
                "stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\nteam: payments\n---\n",
                configuration: "fields:\n  team:\n    type: enum\n    values: [payments, growth]\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .invalid(_, let reason, let location, let suggestion) in file.fieldProblems {
                sink.report(
                    file.item.map { "\($0.id): \(reason)" } ?? reason, in: file.path, at: location,
                    hint: suggestion.map { "did you mean \($0)?" })
            }
        }
    }
}
