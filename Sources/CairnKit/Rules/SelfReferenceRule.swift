/// `self-reference`: a link field that names the item itself.
public struct SelfReferenceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "self-reference",
        summary: "A link field such as parent or depends_on names the item itself.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            An item cannot be its own parent, depend on itself, implement itself or be its own \
            evidence: such a link is meaningless, and one in depends_on means the item could \
            never start. It usually is a copy-paste slip. Mentioning the item's own id in its \
            body (`[[US-1]]`) is fine and not reported.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-1-a.md",
                "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [US-2, ↓US-1]\nparent: ↓US-1\n---\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [US-2]\n---\nThis is [[US-1]].\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\nrelates_to: [US-1]\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for item in context.graph.items {
            for reference in item.references where reference.type != .mention && reference.target == item.id {
                sink.report(
                    "\(item.id) names itself in \(reference.type.name)", in: item.path, at: reference.location,
                    hint: "remove \(item.id) from \(reference.type.name)")
            }
        }
    }
}
