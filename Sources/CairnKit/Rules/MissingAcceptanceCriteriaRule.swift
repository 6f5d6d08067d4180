import CairnMarkdown

/// `missing-acceptance-criteria`: a ready story that does not say when it is done.
public struct MissingAcceptanceCriteriaRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "missing-acceptance-criteria",
        summary: "An item that is ready or later has no acceptance criteria.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            A story is ready when the team knows how to tell that it is done. Items of kinds \
            that need acceptance criteria (stories by default; `acceptance_criteria: true` in \
            cairn.yml), once their status is ready or later in the workflow (dropped aside), \
            must have a heading named "Acceptance criteria" (any level, any case) with content \
            under it, or at least one task-list item (`- [ ] …`) anywhere in the body.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: ↓ready\n---\nAs a customer, I want to pay.\n"),
            RuleExample(
                "stories/US-2-b.md",
                "---\nid: US-2\ntitle: B\nstatus: ↓in-progress\n---\n## Acceptance criteria\n\n## Notes\nLater.\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\nNot ready yet.\n"),
            RuleExample(
                "stories/US-2-b.md",
                "---\nid: US-2\ntitle: B\nstatus: done\n---\n### acceptance CRITERIA\nGiven a saved card, the order is placed.\n"
            ),
            RuleExample(
                "stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: ready\n---\n## Checks\n- [ ] Works offline\n"),
            RuleExample("stories/US-4-d.md", "---\nid: US-4\ntitle: D\nstatus: dropped\n---\n"),
            RuleExample("epics/EP-1-e.md", "---\nid: EP-1\ntitle: E\nstatus: ready\n---\n"),
        ])

    /// The heading that holds acceptance criteria, compared without case.
    static let heading = "Acceptance criteria"

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let configuration = context.configuration
        for item in context.graph.items {
            guard let kind = configuration.kind(named: item.kind), kind.needsAcceptanceCriteria,
                configuration.statuses.hasReachedReady(item.status), !Self.hasCriteria(item.body)
            else { continue }
            sink.report(
                "\(kind.name) \(item.id) is \(item.status ?? "") but has no acceptance criteria", in: item.path,
                at: item.position(of: "status")?.value ?? .startOfFile,
                hint: "add a \"## \(Self.heading)\" section that says how to tell it is done, or a task list (- [ ] …)")
        }
    }

    private static func hasCriteria(_ body: MarkdownDocument) -> Bool {
        if !body.taskItems.isEmpty { return true }
        let wanted = heading.lowercased()
        return body.headings.contains { $0.hasContent && $0.text.lowercased() == wanted }
    }
}
