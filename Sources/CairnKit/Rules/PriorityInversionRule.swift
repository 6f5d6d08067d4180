/// `priority-inversion`: important work waiting for much less important work.
public struct PriorityInversionRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "priority-inversion",
        summary: "An open item depends on an open item whose priority is at least two ranks lower.",
        defaultSeverity: .warning,
        scope: .links([LinkPath([.outgoing(.dependsOn)])]),
        rationale: """
            If a must-have waits for a could-have, the could-have is really a must: planning by \
            priority would start it too late, or never. Cairn compares ranks in the `priorities` \
            list (must, should, could, wont by default) and reports a dependency that drops two \
            ranks or more — must on could or wont, should on wont — between items that are both \
            still open. Raise the dependency's priority, lower the dependent's, or remove the \
            dependency.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: ready\npriority: must\ndepends_on: [↓US-2, US-3]\n---\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\npriority: could\n---\n"),
                    (
                        "stories/US-3-c.md",
                        "---\nid: US-3\ntitle: C\nstatus: draft\npriority: should\ndepends_on: [↓US-4]\n---\n"
                    ),
                    ("stories/US-4-d.md", "---\nid: US-4\ntitle: D\nstatus: draft\npriority: wont\n---\n"),
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: ready\npriority: must\ndepends_on: [US-2, US-3, US-4]\n---\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\npriority: should\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: done\npriority: wont\n---\n"),
                    ("stories/US-4-d.md", "---\nid: US-4\ntitle: D\nstatus: draft\n---\n"),
                    (
                        "stories/US-5-e.md",
                        "---\nid: US-5\ntitle: E\nstatus: dropped\npriority: must\ndepends_on: [US-6]\n---\n"
                    ),
                    ("stories/US-6-f.md", "---\nid: US-6\ntitle: F\nstatus: draft\npriority: wont\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let graph = context.graph
        let configuration = context.configuration
        for (node, item) in graph.items.enumerated() where configuration.statuses.isOpen(item.status) {
            guard let rank = configuration.priorityRank(item.priority) else { continue }
            for edge in graph.outgoing(from: node, .dependsOn) where edge.to != node {
                let dependency = graph.items[edge.to]
                guard configuration.statuses.isOpen(dependency.status),
                    let dependencyRank = configuration.priorityRank(dependency.priority), dependencyRank - rank >= 2
                else { continue }
                let priority = item.priority ?? ""
                let dependencyPriority = dependency.priority ?? ""
                sink.report(
                    "\(item.id) has priority \(priority) but depends on \(dependency.id), which has priority \(dependencyPriority)",
                    in: item.path, at: edge.location,
                    hint:
                        "raise \(dependency.id) to \(configuration.priorities[rank + 1]) or higher, lower \(item.id), "
                        + "or remove the dependency")
            }
        }
    }
}
