/// `missing-front-matter`: a file under the backlog root that does not start
/// with front matter.
public struct MissingFrontMatterRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "missing-front-matter",
        summary: "A Markdown file under the backlog root is empty or does not start with a --- line.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Every Markdown file under the backlog root is an item, and an item's fields live in \
            YAML front matter that opens with a line of `---` on the very first line of the file \
            (a UTF-8 byte order mark before it is fine). An empty file, or one whose first line \
            is anything else, defines no item; Cairn reports it rather than skipping it silently. \
            Add the front matter, or list a file that is not an item under `ignore:` in cairn.yml.
            """,
        triggeringExamples: [
            RuleExample("stories/US-1-notes.md", "↓# Pay with Apple Pay\n\nNo front matter here.\n"),
            RuleExample("stories/US-2-empty.md", "↓"),
            RuleExample("stories/US-3-blank.md", "↓\n\n   \n"),
            RuleExample("stories/US-4-late.md", "↓\n---\nid: US-4\ntitle: Fence on line 2\nstatus: draft\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("stories/US-1-fine.md", "---\nid: US-1\ntitle: Fine\nstatus: draft\n---\n"),
            RuleExample(
                "stories/US-2-bom.md", "\u{FEFF}---\r\nid: US-2\r\ntitle: BOM and CRLF\r\nstatus: draft\r\n---\r\n"),
            RuleExample(
                files: [
                    ("README.md", "# About this backlog\n"),
                    ("stories/US-3-fine.md", "---\nid: US-3\ntitle: Fine\nstatus: draft\n---\n"),
                ],
                configuration: "ignore: [README.md]\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .missingFrontMatter(let failure) in file.problems {
                let message: String
                switch failure {
                case .emptyFile: message = "the file is empty, so it defines no item"
                case .noOpeningFence: message = "the first line is not ---, so the file has no front matter"
                }
                sink.report(
                    message, in: file.path, at: .startOfFile,
                    hint:
                        "start the file with a --- line, the item's fields (id, title, status) and a closing --- line; "
                        + "if the file is not an item, list it under ignore: in cairn.yml")
            }
        }
    }
}
