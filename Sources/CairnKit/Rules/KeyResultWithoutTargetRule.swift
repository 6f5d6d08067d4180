/// `key-result-without-target`: a key result nobody can tell is met.
public struct KeyResultWithoutTargetRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "key-result-without-target",
        summary: "A key result that is not dropped has no target.",
        defaultSeverity: .warning,
        scope: .file,
        rationale: """
            A key result is a number to reach: without a `target`, no one can say whether it \
            was met, and `cairn okr` cannot show its progress. Write the target the key result \
            commits to (with its `baseline`, `current` and `unit`), or drop the key result if \
            it no longer matters.
            """,
        triggeringExamples: [
            RuleExample(
                "key-results/KR-1-conversion.md",
                "---\nid: ↓KR-1\ntitle: More conversion\nstatus: draft\nbaseline: 31\nunit: percent\n---\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    (
                        "key-results/KR-1-conversion.md",
                        "---\nid: KR-1\ntitle: Conversion to 40 %\nstatus: draft\nbaseline: 31\ntarget: 40\nunit: percent\n---\n"
                    ),
                    ("key-results/KR-2-retired.md", "---\nid: KR-2\ntitle: Retired\nstatus: dropped\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let statuses = context.configuration.statuses
        for item in context.graph.items where item.kind == "key-result" && !statuses.isDropped(item.status) {
            guard item.position(of: "target") == nil else { continue }
            sink.report(
                "\(item.id) is a key result without a target", in: item.path,
                at: item.position(of: "id")?.value ?? .startOfFile,
                hint: "add a target (the value \(item.id) must reach), or drop \(item.id)")
        }
    }
}
