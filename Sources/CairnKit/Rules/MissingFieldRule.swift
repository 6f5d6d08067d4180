/// `missing-field`: a field the item's kind requires is absent or empty.
public struct MissingFieldRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "missing-field",
        summary: "An item lacks a field its kind requires, such as id, title or status.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Each kind names the fields its items must carry (`required_fields` in cairn.yml; \
            id, title and status by default, id and title for feedback). Without an id an item \
            cannot be linked to; without a title or status it cannot be listed, ranked or \
            planned. An empty value (`status:` with nothing after it) counts as missing. The \
            diagnostic points at the opening --- of the front matter.
            """,
        triggeringExamples: [
            RuleExample("stories/US-3-a.md", "↓---\nid: US-3\ntitle: A\n---\n"),
            RuleExample("stories/US-4-b.md", "↓---\nid: US-4\ntitle:\nstatus: draft\n---\n"),
            RuleExample("stories/US-5-c.md", "↓↓---\nkind: story\nowner: alice\nstatus: draft\n---\n"),
            RuleExample("stories/notes.md", "↓---\ntitle: An item without an id or a kind\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n"),
            RuleExample("feedback/FB-1-call.md", "---\nid: FB-1\ntitle: Customer call with Acme\n---\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .missing(let field, let kindName) in file.fieldProblems {
                let kind = context.configuration.kind(named: kindName)
                let message: String
                if let kind {
                    let subject = file.item.map { "\(kind.name) \($0.id)" } ?? "this \(kind.name)"
                    message =
                        "\(subject) has no \(field); \(kind.name) items require \(kind.requiredFields.joined(separator: ", "))"
                } else {
                    message = "the front matter has no \(field); every item needs an id such as US-12"
                }
                sink.report(
                    message, in: file.path, at: .startOfFile, hint: hint(field, kind: kind, file: file, context))
            }
        }
    }

    private func hint(_ field: String, kind: KindDefinition?, file: ParsedFile, _ context: RuleContext) -> String {
        switch field {
        case "id":
            if let (_, id) = FileNameID.leadingID(of: FileNameID.fileName(of: file.path)) {
                return "add `id: \(id)` to the front matter, as the file name says"
            }
            return "add `id: \(kind?.prefix ?? "US")-…` to the front matter with the next free number"
        case "status":
            let statuses = context.configuration.statuses.order
            return
                "add `status: \(statuses.first ?? "draft")` to the front matter (one of \(statuses.joined(separator: ", ")))"
        default:
            return "add `\(field): …` to the front matter"
        }
    }
}
