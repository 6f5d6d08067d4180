/// `unreadable-file`: a file under the backlog root that cannot be read.
public struct UnreadableFileRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "unreadable-file",
        summary: "A Markdown file under the backlog root cannot be read.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            A file Cairn cannot open — no read permission, a symbolic link whose target is \
            missing or that points back at itself, an I/O error — would otherwise drop out of \
            the backlog without a word, and every link to its item would look dangling. Cairn \
            reports it with the reason the system gave. Fix the permissions, or repair or \
            remove the link.
            """,
        triggeringExamples: [
            RuleExample(files: [], symlinks: [("↓stories/x.md", "missing.md")]),
            RuleExample(files: [], symlinks: [("↓stories/US-2-loop.md", "US-2-loop.md")]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n")],
                symlinks: [("current.md", "stories/US-1-a.md")])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .unreadable(let reason) in file.problems {
                sink.report(
                    "the file cannot be read: \(reason)", in: file.path, at: .startOfFile,
                    hint: "check the file's permissions, or repair or remove the symbolic link")
            }
        }
    }
}
