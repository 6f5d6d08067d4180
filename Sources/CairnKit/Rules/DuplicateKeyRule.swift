/// `duplicate-key`: a front-matter key written twice.
public struct DuplicateKeyRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "duplicate-key",
        summary: "A front-matter key is written more than once.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            YAML does not allow a key twice in one mapping, and tools disagree about which \
            value wins. Cairn uses the first one and ignores the others, which is rarely what \
            the second author meant — typically a merge that kept both sides. The note points at \
            the first occurrence; remove one of them.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n↓status: done\n↓status: ready\n---\n")
        ],
        nonTriggeringExamples: [
            RuleExample(
                "stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\nrice: {reach: 1, impact: 2}\n---\n")
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            let subject = file.item.map(\.id.description) ?? "the front matter"
            for case .duplicateKey(let field, let location, let first) in file.fieldProblems {
                sink.report(
                    "\(subject) sets \(field) more than once; only the first value counts", in: file.path, at: location,
                    hint: "keep one \(field) line and remove the others",
                    notes: [DiagnosticNote(file: file.path, location: first, message: "\(field) is first set here")])
            }
        }
    }
}
