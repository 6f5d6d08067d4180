/// `front-matter-syntax`: front matter that is not readable YAML.
public struct FrontMatterSyntaxRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "front-matter-syntax",
        summary: "The front matter is not a readable YAML mapping.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Cairn reads an item's fields from the YAML between the `---` fences at the top of \
            the file. A fence that is never closed, malformed YAML (including tabs used for \
            indentation), front matter that is not a mapping of keys to values, and anchors and \
            aliases that expand without bound all keep the item from being read. The message \
            gives the YAML parser's own explanation and position.
            """,
        triggeringExamples: [
            RuleExample("stories/US-1-broken.md", "---\nid: US-1\ntitle: ↓[unclosed\n---\n"),
            RuleExample("stories/US-2-unclosed.md", "↓---\nid: US-2\ntitle: Never closed\n"),
            RuleExample("stories/US-3-tabs.md", "---\nid: US-3\ntitle: Tabs\nlabels:\n↓\t- ui\n---\n"),
            RuleExample("stories/US-4-list.md", "---\n↓- id: US-4\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("stories/US-1-fine.md", "---\nid: US-1\ntitle: Fine\nstatus: draft\n---\nBody.\n"),
            RuleExample(
                "stories/US-2-crlf.md", "\u{FEFF}---\r\nid: US-2\r\ntitle: CRLF and a BOM\r\nstatus: draft\r\n---\r\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .frontMatterSyntax(let message, let location) in file.problems {
                sink.report(message, in: file.path, at: location)
            }
        }
    }
}
