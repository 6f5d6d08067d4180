/// `release-order`: work planned before what it depends on, or left open in
/// a release whose date has passed.
public struct ReleaseOrderRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "release-order",
        summary:
            "An open item is planned in an earlier release than an open dependency, or in a release past its date.",
        defaultSeverity: .warning,
        scope: .links([
            LinkPath([.outgoing(.release)]), LinkPath([.outgoing(.dependsOn)]),
            LinkPath([.outgoing(.dependsOn), .outgoing(.release)]),
        ]),
        rationale: """
            A release can only ship work whose dependencies ship with it or before it. Cairn \
            compares the `date` of the releases that open items name in `release` and reports \
            a dependency planned for a later release; items without a release, and releases \
            without a date, are not compared. It also reports open work in a release whose \
            date is before today, so a slipped release shows up in every check rather than on \
            the day someone looks. Move the item or its dependency to another release, finish \
            or drop the late work, or move the release's date.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    (
                        "releases/REL-1-spring.md",
                        "---\nid: REL-1\ntitle: Spring\nstatus: draft\ndate: 2999-04-01\n---\n"
                    ),
                    (
                        "releases/REL-2-autumn.md",
                        "---\nid: REL-2\ntitle: Autumn\nstatus: draft\ndate: 2999-10-01\n---\n"
                    ),
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: ready\nrelease: REL-1\ndepends_on: [↓US-2]\n---\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\nrelease: REL-2\n---\n"),
                ]),
            RuleExample(
                files: [
                    ("releases/REL-1-old.md", "---\nid: REL-1\ntitle: Old\nstatus: done\ndate: 2001-01-01\n---\n"),
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: in-progress\nrelease: ↓REL-1\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: done\nrelease: REL-1\n---\n"),
                ]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    (
                        "releases/REL-1-spring.md",
                        "---\nid: REL-1\ntitle: Spring\nstatus: draft\ndate: 2999-04-01\n---\n"
                    ),
                    (
                        "releases/REL-2-autumn.md",
                        "---\nid: REL-2\ntitle: Autumn\nstatus: draft\ndate: 2999-10-01\n---\n"
                    ),
                    ("releases/REL-3-someday.md", "---\nid: REL-3\ntitle: Someday\nstatus: draft\n---\n"),
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: ready\nrelease: REL-2\ndepends_on: [US-2, US-3, US-4, US-5]\n---\n"
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\nrelease: REL-1\n---\n"),
                    ("stories/US-3-c.md", "---\nid: US-3\ntitle: C\nstatus: draft\nrelease: REL-2\n---\n"),
                    ("stories/US-4-d.md", "---\nid: US-4\ntitle: D\nstatus: draft\nrelease: REL-3\n---\n"),
                    ("stories/US-5-e.md", "---\nid: US-5\ntitle: E\nstatus: draft\n---\n"),
                    (
                        "stories/US-6-f.md",
                        "---\nid: US-6\ntitle: F\nstatus: ready\nrelease: REL-1\ndepends_on: [US-7]\n---\n"
                    ),
                    ("stories/US-7-g.md", "---\nid: US-7\ntitle: G\nstatus: done\nrelease: REL-2\n---\n"),
                ]),
            RuleExample(
                files: [
                    ("releases/REL-1-old.md", "---\nid: REL-1\ntitle: Old\nstatus: done\ndate: 2001-01-01\n---\n"),
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: done\nrelease: REL-1\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: dropped\nrelease: REL-1\n---\n"),
                ]),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let graph = context.graph
        let statuses = context.configuration.statuses
        for (node, item) in graph.items.enumerated() where statuses.isOpen(item.status) {
            guard let (edge, release) = Self.release(of: node, in: graph) else { continue }
            if let today = context.today, let date = release.releaseDate, date < today {
                let state = item.status.map { "is \($0)" } ?? "has no status"
                sink.report(
                    "\(item.id) \(state) but its release \(release.id) was due on \(date)",
                    in: item.path, at: edge.location,
                    hint: "finish or drop \(item.id), move it to a later release, or move \(release.id)'s date")
            }
            guard let date = release.releaseDate else { continue }
            for dependencyEdge in graph.outgoing(from: node, .dependsOn) where dependencyEdge.to != node {
                let dependency = graph.items[dependencyEdge.to]
                guard statuses.isOpen(dependency.status),
                    let (_, later) = Self.release(of: dependencyEdge.to, in: graph),
                    let laterDate = later.releaseDate, date < laterDate
                else { continue }
                sink.report(
                    "\(item.id) is planned for \(release.id) (\(date)) but depends on \(dependency.id), "
                        + "planned for the later \(later.id) (\(laterDate))",
                    in: item.path, at: dependencyEdge.location,
                    hint:
                        "move \(item.id) to \(later.id) or later, move \(dependency.id) to \(release.id) or earlier, "
                        + "or remove the dependency")
            }
        }
    }

    /// The `release` link of `node` and the release it names, when that is
    /// an item of kind release.
    private static func release(of node: Int, in graph: BacklogGraph) -> (Edge, Item)? {
        guard let edge = graph.outgoing(from: node, .release).first else { return nil }
        let release = graph.items[edge.to]
        return release.kind == "release" ? (edge, release) : nil
    }
}
