/// `invalid-config`: a setting in cairn.yml Cairn cannot use.
public struct InvalidConfigRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-config",
        summary: "cairn.yml has a setting that is unknown, malformed or inconsistent.",
        defaultSeverity: .error,
        rationale: """
            cairn.yml is optional, but what it says must be usable: known settings, kinds with a \
            valid prefix that no other kind shares, field types Cairn knows, statuses that are \
            in the order list, rule ids that exist and severities of error, warning, note or \
            off. A setting that cannot be used keeps its default, so the backlog is checked \
            anyway — but not the way its authors configured it.
            """,
        triggeringExamples: [
            RuleExample(files: [], configuration: "↓colour: blue\nmax_file_size: ↓big\n"),
            RuleExample(
                files: [],
                configuration:
                    "rules:\n  ↓dangling-refrence: off\n  priority-inversion: ↓loud\nfields:\n  team:\n    ↓type: strng\n"
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n")],
                configuration: """
                    max_file_size: 65536
                    kinds:
                      spike:
                        prefix: SP
                        parents: [epic]
                    fields:
                      team:
                        type: enum
                        values: [payments, growth]
                    rules:
                      priority-inversion: off
                      missing-section: warning

                    """)
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        guard let path = context.backlog.configurationPath else { return }
        for problem in context.backlog.configurationProblems {
            sink.report(problem.message, in: path, at: problem.location, hint: problem.hint)
        }
    }
}
