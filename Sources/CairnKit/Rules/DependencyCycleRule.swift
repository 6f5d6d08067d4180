/// `dependency-cycle`: items that depend on each other in a circle.
public struct DependencyCycleRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dependency-cycle",
        summary: "depends_on links form a cycle, so none of its items can ever start.",
        defaultSeverity: .error,
        rationale: """
            If US-1 waits for US-2 and US-2 waits for US-1, neither can start and no plan can \
            order them. Cairn finds cycles in linear time (strongly connected components) and \
            reports each knot of items that wait on each other once: with the full path of its \
            shortest cycle, on every file in the knot, at the depends_on entry that leads on \
            around the loop. Remove one of the links to break it.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [↓US-2]\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\ndepends_on: [↓US-3]\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: draft\ndepends_on:\n  - ↓US-1\n---\n"),
                ]),
            RuleExample(
                files: [
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [↓US-2, US-3]\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\ndepends_on: [↓US-1]\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: draft\ndepends_on: [↓US-1]\n---\n"),
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [US-2, US-3]\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\ndepends_on: [US-3]\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: draft\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        CycleReporter.report(.dependsOn, in: context.graph, into: &sink) {
            "dependency cycle: \($0); none of these items can start before the others"
        }
    }
}
