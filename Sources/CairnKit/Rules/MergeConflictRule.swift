/// `merge-conflict`: conflict markers a merge left in an item file.
public struct MergeConflictRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "merge-conflict",
        summary: "A merge left conflict markers (<<<<<<<, =======, >>>>>>>) in the file.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            When git cannot combine two branches' changes to the same lines it writes both into \
            the file between `<<<<<<<`, `=======` and `>>>>>>>` lines (with a `|||||||` section \
            for the common ancestor in diff3 style) and leaves the choice to you. Committed as \
            is, the item says two things at once. In the front matter the markers also make the \
            YAML unreadable: Cairn reports this one diagnostic, naming each field whose value \
            differs and what each side says, rather than a YAML syntax error, and keeps the item \
            known from the lines outside the conflict, so references to it still resolve. In the \
            body the message gives the conflicting lines. Keep one side or combine them, delete \
            the marker lines, and `git add` the file.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-1-status.md",
                "---\nid: US-1\ntitle: Status\n↓<<<<<<< HEAD\nstatus: ready\n=======\nstatus: done\n>>>>>>> feature/x\n---\n"
            ),
            RuleExample(
                "stories/US-2-body.md",
                "---\nid: US-2\ntitle: Body\nstatus: draft\n---\nIntro.\n\n↓<<<<<<< HEAD\nPay by card.\n|||||||\nPay.\n=======\nPay by invoice.\n>>>>>>> theirs\n"
            ),
            RuleExample(
                "stories/US-3-open.md", "---\nid: US-3\ntitle: Open\nstatus: draft\n---\n↓<<<<<<< HEAD\nNever closed.\n"
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "stories/US-1-markdown.md",
                "---\nid: US-1\ntitle: Lookalikes\nstatus: draft\n---\nA heading\n=======\n\n>>>>>>> a deep quote\n\n    <<<<<<< indented code\n"
            )
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .mergeConflict(let conflict) in file.problems {
                sink.report(
                    Self.message(conflict), in: file.path, at: SourcePosition(line: conflict.startLine, column: 1),
                    hint: "keep one side or combine them, delete the marker lines, then git add the file")
            }
        }
    }

    static func message(_ conflict: MergeConflict) -> String {
        let place = conflict.inFrontMatter ? "the front matter" : "the body"
        let fix = "; resolve the conflict and remove the markers"
        guard let end = conflict.endLine else {
            return "a merge left a conflict marker <<<<<<< in \(place) with no >>>>>>> after it" + fix
        }
        let lines = "lines \(conflict.startLine)–\(end)"
        let ours = conflict.ours.label.isEmpty ? "the first side" : conflict.ours.label
        let theirs = conflict.theirs.label.isEmpty ? "the second side" : conflict.theirs.label
        let differences = differingFields(conflict).map { name, first, second in
            "\(name) is \(quoted(first)) on \(ours) and \(quoted(second)) on \(theirs)"
        }
        guard !differences.isEmpty else {
            return "unresolved merge conflict in \(place), \(lines), between \(ours) and \(theirs)" + fix
        }
        return "unresolved merge conflict in \(place), \(lines): " + differences.joined(separator: ", ") + fix
    }

    /// Each field whose value differs between the sides, in the order the
    /// first side writes them, then those only the second side has.
    private static func differingFields(_ conflict: MergeConflict) -> [(String, String?, String?)] {
        func values(_ side: MergeConflictSide) -> [String: String] {
            Dictionary(side.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        }
        let first = values(conflict.ours)
        let second = values(conflict.theirs)
        var seen: Set<String> = []
        return (conflict.ours.fields + conflict.theirs.fields).map(\.name)
            .filter { seen.insert($0).inserted && first[$0] != second[$0] }
            .map { ($0, first[$0], second[$0]) }
    }

    private static func quoted(_ value: String?) -> String {
        guard let value else { return "not set" }
        let shown = value.count > 40 ? value.prefix(39) + "…" : value[...]
        return "`\(shown)`"
    }
}
