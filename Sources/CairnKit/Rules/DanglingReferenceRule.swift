/// `dangling-reference`: a link to an id that no item carries.
public struct DanglingReferenceRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "dangling-reference",
        summary: "A link field or [[ID]] mention names an item that does not exist.",
        defaultSeverity: .error,
        rationale: """
            Every reference — parent, depends_on, implements, key_results, evidence, release, \
            relates_to, custom id fields and [[ID]] mentions in the body — must resolve to an \
            item of the backlog. A dangling one usually is a typo or an item that was renamed or \
            deleted; the hint names the nearest existing id when one is a typo away.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [↓US-21]\n---\n"),
                    ("stories/US-12-b.md", "---\nid: US-12\ntitle: B\nstatus: draft\n---\n"),
                ]),
            RuleExample("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\nSee ↓[[EP-404]].\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        "---\nid: US-1\ntitle: A\nstatus: draft\ndepends_on: [US-2]\n---\nSee [[US-2]].\n"
                    ),
                    (
                        "stories/US-2-b.md",
                        "---\nid: US-2\ntitle: B\nstatus: draft\n---\n`[[US-404]]` in code is not a mention.\n"
                    ),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let suggester = IDSuggester(graph: context.graph, prefixes: context.configuration.kinds.map(\.prefix))
        for dangling in context.graph.danglingReferences {
            let item = context.graph.items[dangling.from]
            let reference = dangling.reference
            let how = reference.type == .mention ? "mentions" : "\(reference.type.name) names"
            sink.report(
                "\(item.id) \(how) \(reference.target), which is not an item of the backlog",
                in: item.path, at: reference.location,
                hint: suggester.suggestion(for: reference.target, excluding: item.id).map { "did you mean \($0)?" })
        }
    }
}
