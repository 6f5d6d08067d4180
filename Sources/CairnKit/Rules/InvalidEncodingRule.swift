/// `invalid-encoding`: a file whose bytes are binary or not UTF-8.
public struct InvalidEncodingRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "invalid-encoding",
        summary: "A Markdown file under the backlog root is binary or not valid UTF-8.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Cairn reads items as UTF-8 text. A NUL byte means the file is binary (an image or an \
            archive saved with a .md name); bytes that are not UTF-8 usually come from an editor \
            set to Latin-1 or Windows-1252. Either way the file cannot be read as an item, so \
            Cairn points at the first bad byte. Re-save the file as UTF-8, or move binary files \
            out of the backlog root.
            """,
        triggeringExamples: [
            RuleExample("stories/US-1-binary.md", "---\nid: US-1\ntitle: ↓\u{0}\u{1}\u{2}\n---\n"),
            RuleExample("stories/US-2-nul.md", "↓\u{0}---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "stories/US-1-utf8.md", "---\nid: US-1\ntitle: Café, 日本語 and 🚀\nstatus: draft\n---\nÜber alles.\n"),
            RuleExample(
                "stories/US-2-bom.md", "\u{FEFF}---\nid: US-2\ntitle: With a byte order mark\nstatus: draft\n---\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .undecodable(let failure) in file.problems {
                switch failure {
                case .binary(let location):
                    sink.report(
                        "the file contains a NUL byte, so it is binary, not Markdown text", in: file.path, at: location,
                        hint: "move binary files out of the backlog root, or list them under ignore: in cairn.yml")
                case .invalidUTF8(let location):
                    sink.report(
                        "the file is not valid UTF-8; the first bad byte is here", in: file.path, at: location,
                        hint: "re-save the file with UTF-8 encoding")
                }
            }
        }
    }
}
