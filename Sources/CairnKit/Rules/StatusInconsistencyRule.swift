/// `status-inconsistency`: a done item that still waits for open work.
public struct StatusInconsistencyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "status-inconsistency",
        summary: "A done item depends on open work, or a done parent has open children.",
        defaultSeverity: .warning,
        scope: .links([LinkPath([.outgoing(.dependsOn)]), LinkPath([.incoming(.parent)])]),
        rationale: """
            Done means finished. An item cannot be finished while something it depends on is \
            still open (neither done nor dropped), and a parent — an epic, an objective — is not \
            finished while any of its children is open. Usually one of the statuses is stale: \
            close or drop the open items, move the done item back to an open status, or remove \
            a dependency that no longer holds.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: done\ndepends_on: [↓US-2, US-3, ↓US-4]\n---\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: in-progress\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: dropped\n---\n"),
                    ("stories/US-4-d.md", "---\nid: US-4\ntitle: D\n---\n"),
                ]),
            RuleExample(
                files: [
                    ("epics/EP-1-checkout.md", "---\nid: EP-1\ntitle: Checkout\nstatus: ↓done\n---\n"),
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: done\nparent: EP-1\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\nparent: EP-1\n---\n"),
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("epics/EP-1-checkout.md", "---\nid: EP-1\ntitle: Checkout\nstatus: done\n---\n"),
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: done\nparent: EP-1\ndepends_on: [US-2]\n---\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: dropped\nparent: EP-1\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: draft\ndepends_on: [US-4]\n---\n"),
                    ("stories/US-4-d.md", "---\nid: US-4\ntitle: D\nstatus: draft\n---\n"),
                ])
        ])

    /// How many open children a message names before it says "and N more".
    static let listedChildren = 5

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let graph = context.graph
        let statuses = context.configuration.statuses
        for (node, item) in graph.items.enumerated() where statuses.isDone(item.status) {
            for edge in graph.outgoing(from: node, .dependsOn) where edge.to != node {
                let dependency = graph.items[edge.to]
                guard statuses.isOpen(dependency.status) else { continue }
                let state = dependency.status.map { "is \($0)" } ?? "has no status"
                sink.report(
                    "\(item.id) is done but depends on \(dependency.id), which \(state)",
                    in: item.path, at: edge.location,
                    hint:
                        "finish or drop \(dependency.id), move \(item.id) back to an open status, or remove the dependency"
                )
            }
            let openChildren = graph.children(of: node).filter { $0 != node && statuses.isOpen(graph.items[$0].status) }
            guard !openChildren.isEmpty else { continue }
            let listed = openChildren.prefix(Self.listedChildren).map {
                "\(graph.items[$0].id) (\(Self.state(of: graph.items[$0])))"
            }
            let more = openChildren.count > listed.count ? " and \(openChildren.count - listed.count) more" : ""
            let noun = openChildren.count == 1 ? "child" : "children"
            sink.report(
                "\(item.id) is done but has \(openChildren.count) open \(noun): \(listed.joined(separator: ", "))\(more)",
                in: item.path, at: item.position(of: "status")?.value ?? .startOfFile,
                hint: "finish or drop the open \(noun), or move \(item.id) back to an open status")
        }
    }

    /// "draft", or "no status".
    private static func state(of item: Item) -> String {
        item.status ?? "no status"
    }
}
