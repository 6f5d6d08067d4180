/// `id-filename-mismatch`: a file whose name does not start with its item's id.
public struct IDFileNameMismatchRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "id-filename-mismatch",
        summary: "The file name does not start with the item's id.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            An item's file name starts with its id, followed by `-` and a slug or by `.md` \
            (`US-12-pay-with-apple-pay.md`, `US-12.md`), so that people find an item's file \
            from its id and reviewers see which item a pull request touches. The folder is a \
            convenience and may be anything. Leading zeros in the number do not matter \
            (`US-007` is `US-7`), but the prefix's case does. The hint gives the name the file \
            should have; if it is the id that is wrong, correct the id instead.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-12-apple-pay.md", "---\nid: ↓US-1\ntitle: Pay with Apple Pay\nstatus: draft\n---\n"),
            RuleExample("stories/apple-pay.md", "---\nid: ↓US-2\ntitle: Pay with Apple Pay\nstatus: draft\n---\n"),
            RuleExample("stories/us-3-lowercase.md", "---\nid: ↓US-3\ntitle: Lowercase\nstatus: draft\n---\n"),
            RuleExample("stories/US-4.draft.md", "---\nid: ↓US-4\ntitle: No separator\nstatus: draft\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("stories/US-1-apple-pay.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n"),
                    ("US-2.md", "---\nid: US-2\ntitle: B\nstatus: draft\n---\n"),
                    ("stories/US-007-leading-zeros.md", "---\nid: US-7\ntitle: C\nstatus: draft\n---\n"),
                    ("anywhere/deep/EP-3-one-tap.md", "---\nid: EP-3\ntitle: D\nstatus: draft\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            guard let item = file.item else { continue }
            let name = FileNameID.fileName(of: file.path)
            if FileNameID.startsWith(item.id, name) { continue }
            let corrected: String
            if let leading = FileNameID.leadingID(of: name) {
                let rest = name[leading.text.endIndex...]
                let separated = rest.hasPrefix("-") || rest == ".md" || rest == ".markdown"
                if separated, leading.id == item.id { continue }
                corrected = "\(item.id)" + (separated ? String(rest) : "-" + rest.dropFirst())
            } else {
                corrected = "\(item.id)-\(name)"
            }
            sink.report(
                "the file name \(name) does not start with \(item.id), the id of its item", in: file.path,
                at: item.position(of: "id")?.value ?? .startOfFile,
                hint:
                    "rename the file to \(FileNameID.folder(of: file.path))\(corrected), or correct the id if the name is right"
            )
        }
    }
}
