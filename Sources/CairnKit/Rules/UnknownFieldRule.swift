/// `unknown-field`: a front-matter key no field definition knows.
public struct UnknownFieldRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "unknown-field",
        summary: "A front-matter key is not a field of the item's kind.",
        defaultSeverity: .warning,
        scope: .file,
        rationale: """
            A key Cairn does not know is often a typo (`stauts`, `depend_on`) whose value is \
            then silently missing from planning, or a field of another kind (`target` belongs \
            to key results). Unknown keys are kept untouched whenever Cairn writes the file, so \
            nothing is lost; to make a key a real field with a checked type, declare it under \
            `fields:` in cairn.yml.
            """,
        triggeringExamples: [
            RuleExample(
                "stories/US-1-a.md",
                "---\nid: US-1\ntitle: A\nstatus: draft\n↓depend_on: [US-2]\n↓team: payments\n---\n"),
            RuleExample("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\n↓target: 40\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "key-results/KR-1-conversion.md",
                "---\nid: KR-1\ntitle: Checkout conversion\nstatus: draft\nbaseline: 31\ntarget: 40\nunit: \"%\"\n---\n"
            ),
            RuleExample(
                "stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\nteam: payments\n---\n",
                configuration: "fields:\n  team:\n    type: string\n"),
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            let subject = file.item.map(\.id.description) ?? "this item"
            for case .unknown(let field, let location, let suggestion, let usedBy) in file.fieldProblems {
                if usedBy.isEmpty {
                    let declare =
                        "unknown keys are kept untouched; to check it, declare \"\(field)\" under fields: in cairn.yml"
                    sink.report(
                        "\(subject) has an unknown field \"\(field)\"", in: file.path, at: location,
                        hint: suggestion.map { "did you mean \($0)? Otherwise, " + declare } ?? declare)
                } else {
                    let notHere = file.item.map { ", not of \($0.kind) items" } ?? ""
                    let owners = usedBy.joined(separator: ", ")
                    let kinds = (usedBy + (file.item.map { [$0.kind] } ?? [])).joined(separator: ", ")
                    sink.report(
                        "\(subject) has the field \"\(field)\", which is a field of \(owners) items\(notHere)",
                        in: file.path, at: location,
                        hint: "remove it, or declare \"\(field)\" under fields: in cairn.yml with kinds: [\(kinds)]; "
                            + "until then it is kept untouched")
                }
            }
        }
    }
}
