/// `parent-kind`: a parent of a kind the child's kind does not allow.
public struct ParentKindRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "parent-kind",
        summary: "An item's parent is of a kind its own kind does not allow as parent.",
        defaultSeverity: .error,
        rationale: """
            Each kind says which kinds may be its parent (`parents:` in cairn.yml): by default a \
            story sits under an epic, an epic under an objective, a key result under an \
            objective, a PRD under an MRD, a bug under an epic or a story; objectives, MRDs, \
            releases and feedback have no parent. A parent of another kind puts the item in the \
            wrong place of the hierarchy, and roll-ups and the roadmap go wrong. Point parent at \
            an item of an allowed kind, or allow the kind in cairn.yml.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    ("objectives/OBJ-1-grow.md", "---\nid: OBJ-1\ntitle: Grow\nstatus: draft\nparent: ↓EP-1\n---\n"),
                    ("epics/EP-1-checkout.md", "---\nid: EP-1\ntitle: Checkout\nstatus: draft\n---\n"),
                    ("stories/US-1-pay.md", "---\nid: US-1\ntitle: Pay\nstatus: draft\nparent: ↓OBJ-1\n---\n"),
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("objectives/OBJ-1-grow.md", "---\nid: OBJ-1\ntitle: Grow\nstatus: draft\n---\n"),
                    ("epics/EP-1-checkout.md", "---\nid: EP-1\ntitle: Checkout\nstatus: draft\nparent: OBJ-1\n---\n"),
                    ("stories/US-1-pay.md", "---\nid: US-1\ntitle: Pay\nstatus: draft\nparent: EP-1\n---\n"),
                    ("bugs/BUG-1-crash.md", "---\nid: BUG-1\ntitle: Crash\nstatus: draft\nparent: US-1\n---\n"),
                    (
                        "stories/US-2-gone.md",
                        "---\nid: US-2\ntitle: Parent missing\nstatus: draft\nparent: EP-404\n---\n"
                    ),
                ]),
            RuleExample(
                files: [
                    ("objectives/OBJ-1-grow.md", "---\nid: OBJ-1\ntitle: Grow\nstatus: draft\n---\n"),
                    ("stories/US-1-pay.md", "---\nid: US-1\ntitle: Pay\nstatus: draft\nparent: OBJ-1\n---\n"),
                ],
                configuration: "kinds:\n  story:\n    parents: [epic, objective]\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let graph = context.graph
        for (node, item) in graph.items.enumerated() {
            guard let kind = context.configuration.kind(named: item.kind) else { continue }
            for edge in graph.outgoing(from: node, .parent) where edge.to != node {
                let parent = graph.items[edge.to]
                guard !kind.allowedParents.contains(parent.kind) else { continue }
                let allowed = kind.allowedParents.joined(separator: " or ")
                let rule =
                    allowed.isEmpty
                    ? "\(kind.name) items have no parent" : "the parent of a \(kind.name) must be of kind \(allowed)"
                let setting = "kinds: \(kind.name): parents: in cairn.yml"
                sink.report(
                    "\(kind.name) \(item.id) has parent \(parent.id) of kind \(parent.kind), but \(rule)",
                    in: item.path, at: edge.location,
                    hint: allowed.isEmpty
                        ? "remove the parent, or allow \(parent.kind) under \(setting)"
                        : "point parent at an item of kind \(allowed), or add \(parent.kind) to \(setting)")
            }
        }
    }
}
