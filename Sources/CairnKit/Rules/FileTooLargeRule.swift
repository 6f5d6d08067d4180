/// `file-too-large`: a file over the configured size limit, not parsed.
public struct FileTooLargeRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "file-too-large",
        summary: "A Markdown file is larger than max_file_size and was not parsed.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Items are short documents. A file over the limit (1 MiB unless `max_file_size` in \
            cairn.yml says otherwise) is almost always a mistake — a log or an export pasted \
            into the backlog — and parsing it would slow down every commit hook. Cairn reports \
            it without reading it. Split the document, move the bulk next to it and link to it, \
            or raise `max_file_size`.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-1-huge.md",
                "↓---\nid: US-1\ntitle: A story with far too much text for the limit\nstatus: draft\n---\n",
                configuration: "max_file_size: 64\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                "stories/US-1-small.md", "---\nid: US-1\ntitle: Small\n---\n", configuration: "max_file_size: 64\n")
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .tooLarge(let size, let limit) in file.problems {
                sink.report(
                    "the file is \(size) bytes, over the limit of \(limit) bytes set by max_file_size; it was not parsed",
                    in: file.path, at: .startOfFile,
                    hint: "split the document or move the bulk into a linked file, or raise max_file_size in cairn.yml")
            }
        }
    }
}
