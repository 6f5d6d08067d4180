/// `hierarchy-cycle`: items that are each other's ancestors.
public struct HierarchyCycleRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "hierarchy-cycle",
        summary: "parent links form a cycle, so an item is its own ancestor.",
        defaultSeverity: .error,
        rationale: """
            The parent links form the hierarchy — objectives above key results, epics above \
            stories — and a hierarchy has a top. If EP-1's parent is EP-2 and EP-2's parent is \
            EP-1, neither rolls up anywhere and progress cannot be summed. Cairn reports each \
            cycle once, with its full path, on every file in it, at the parent value. Point one \
            of the parents elsewhere.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    ("epics/EP-1-a.md", "---\nid: EP-1\ntitle: A\nstatus: draft\nparent: ↓EP-2\n---\n"),
                    ("epics/EP-2-b.md", "---\nid: EP-2\ntitle: B\nstatus: draft\nparent: ↓EP-1\n---\n"),
                    ("stories/US-1-c.md", "---\nid: US-1\ntitle: C\nstatus: draft\nparent: EP-1\n---\n"),
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("objectives/OBJ-1-a.md", "---\nid: OBJ-1\ntitle: A\nstatus: draft\n---\n"),
                    ("epics/EP-1-b.md", "---\nid: EP-1\ntitle: B\nstatus: draft\nparent: OBJ-1\n---\n"),
                    ("stories/US-1-c.md", "---\nid: US-1\ntitle: C\nstatus: draft\nparent: EP-1\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        CycleReporter.report(.parent, in: context.graph, into: &sink) {
            "hierarchy cycle: \($0); each of these items would be its own ancestor"
        }
    }
}
