/// Renders an ``OKRReport`` as text, Markdown or JSON.
public enum OKRRenderer {
    /// Each objective with its status; under it each key result with its
    /// progress, numbers and the done share of the work feeding it; under
    /// that each linked item with its status and the done share of itself
    /// and its descendants.
    public static func text(_ report: OKRReport) -> String {
        let rows = allKeyResults(report).flatMap(\.linkedWork).map { ($0.item, $0.share) }
        let idWidth = rows.map { DisplayWidth.of($0.0.id.description) }.max() ?? 0
        let statusWidth = rows.map { DisplayWidth.of(status($0.0)) }.max() ?? 0
        let shareWidth = rows.map { DisplayWidth.of($0.1.summary) }.max() ?? 0
        var blocks: [String] = []
        for section in sections(report) {
            var block = PrintableText.escaped(section.heading) + "\n"
            if section.keyResults.isEmpty { block += "  no key results\n" }
            for keyResult in section.keyResults {
                let work = keyResult.linkedWork.isEmpty ? "no work linked" : "work " + keyResult.share.summary
                block +=
                    "  " + PrintableText.escaped("\(keyResultTitle(keyResult)): \(measure(keyResult)); \(work)") + "\n"
                for (item, share) in keyResult.linkedWork {
                    block +=
                        "    " + DisplayWidth.padded(item.id.description, to: idWidth) + "  "
                        + DisplayWidth.padded(status(item), to: statusWidth) + "  "
                        + DisplayWidth.padded(share.summary, to: shareWidth)
                        + "  " + PrintableText.escaped(item.title ?? "") + "\n"
                }
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// A `##` heading per objective with its status, and a table of its key
    /// results: progress, baseline, current and target with the unit, and
    /// the work feeding each; text escaped for Markdown.
    public static func markdown(_ report: OKRReport) -> String {
        var blocks: [String] = []
        for section in sections(report) {
            var block = "## " + MarkdownInlineText.escaped(section.title) + "\n\n"
            block += MarkdownInlineText.escaped(section.status) + "\n"
            if section.keyResults.isEmpty {
                block += "\nNo key results.\n"
            } else {
                block += "\n| Key result | Progress | Baseline | Current | Target | Work |\n"
                block += "| --- | ---: | ---: | ---: | ---: | --- |\n"
                for keyResult in section.keyResults {
                    let values = [keyResult.baseline, keyResult.current, keyResult.target].map {
                        $0.map { withUnit($0, keyResult.unit) } ?? "–"
                    }
                    let work =
                        keyResult.linkedWork.isEmpty
                        ? "none linked"
                        : keyResult.share.summary + ": "
                            + keyResult.linkedWork.map(\.item.id.description).joined(separator: ", ")
                    let cells = [keyResultTitle(keyResult), keyResult.progress.summary] + values + [work]
                    block += "| " + cells.map(MarkdownInlineText.escaped).joined(separator: " | ") + " |\n"
                }
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// One object: `schemaVersion` (1), `objectives` (id, title, status,
    /// `keyResults`) and `keyResultsWithoutObjective`. A key result has id,
    /// title, status, baseline, current, target, unit, `progress` (the
    /// unrounded percentage, or null), `progressNote` (why there is none, or
    /// null), `share` and `work` (the linked items, each with id, kind,
    /// title, status and the `share` of itself and its descendants).
    public static func json(_ report: OKRReport) throws -> String {
        let objectives: [JSONValue] = report.objectives.map { objective in
            .object([
                "id": .string(objective.objective.id.description),
                "title": RoadmapRenderer.optional(objective.objective.title),
                "status": RoadmapRenderer.optional(objective.objective.status),
                "keyResults": .array(objective.keyResults.map(keyResultJSON)),
            ])
        }
        return try JSONOutput.encode(
            JSONValue.object([
                "schemaVersion": .integer(1), "objectives": .array(objectives),
                "keyResultsWithoutObjective": .array(report.keyResultsWithoutObjective.map(keyResultJSON)),
            ]))
    }

    private struct Section {
        var heading: String
        var title: String
        var status: String
        var keyResults: [KeyResultProgress]
    }

    private static func sections(_ report: OKRReport) -> [Section] {
        var sections = report.objectives.map { objective in
            let item = objective.objective
            let title = item.id.description + (item.title.map { " " + $0 } ?? "")
            let status = item.status ?? "no status"
            return Section(
                heading: "\(title) (\(status))", title: title, status: status, keyResults: objective.keyResults)
        }
        if !report.keyResultsWithoutObjective.isEmpty {
            sections.append(
                Section(
                    heading: "No objective", title: "No objective", status: "key results whose parent is no objective",
                    keyResults: report.keyResultsWithoutObjective))
        }
        return sections
    }

    private static func allKeyResults(_ report: OKRReport) -> [KeyResultProgress] {
        report.objectives.flatMap(\.keyResults) + report.keyResultsWithoutObjective
    }

    private static func keyResultTitle(_ keyResult: KeyResultProgress) -> String {
        keyResult.keyResult.id.description + (keyResult.keyResult.title.map { " " + $0 } ?? "")
    }

    /// `50 % (40 → 30, target 20 s)`: progress, then the numbers there are.
    static func measure(_ keyResult: KeyResultProgress) -> String {
        var numbers: [String] = []
        switch (keyResult.baseline, keyResult.current) {
        case (let baseline?, let current?): numbers.append("\(format(baseline)) → \(format(current))")
        case (let baseline?, nil): numbers.append("baseline \(format(baseline))")
        case (nil, let current?): numbers.append("current \(format(current))")
        case (nil, nil): break
        }
        if let target = keyResult.target { numbers.append("target \(format(target))") }
        guard !numbers.isEmpty else { return keyResult.progress.summary }
        let unit = keyResult.unit.map { " " + $0 } ?? ""
        return "\(keyResult.progress.summary) (\(numbers.joined(separator: ", "))\(unit))"
    }

    private static func keyResultJSON(_ keyResult: KeyResultProgress) -> JSONValue {
        let item = keyResult.keyResult
        let number: (Double?) -> JSONValue = { $0.map(JSONValue.finiteNumber) ?? .null }
        let percent: JSONValue
        let note: JSONValue
        if case .percent(let value) = keyResult.progress {
            (percent, note) = (.finiteNumber(value), .null)
        } else {
            (percent, note) = (.null, .string(keyResult.progress.summary))
        }
        return .object([
            "id": .string(item.id.description), "title": RoadmapRenderer.optional(item.title),
            "status": RoadmapRenderer.optional(item.status), "baseline": number(keyResult.baseline),
            "current": number(keyResult.current), "target": number(keyResult.target),
            "unit": RoadmapRenderer.optional(keyResult.unit), "progress": percent, "progressNote": note,
            "share": RoadmapRenderer.shareJSON(keyResult.share),
            "work": .array(
                keyResult.linkedWork.map { work in
                    .object([
                        "id": .string(work.item.id.description), "kind": .string(work.item.kind),
                        "title": RoadmapRenderer.optional(work.item.title),
                        "status": RoadmapRenderer.optional(work.item.status),
                        "share": RoadmapRenderer.shareJSON(work.share),
                    ])
                }),
        ])
    }

    private static func withUnit(_ value: Double, _ unit: String?) -> String {
        format(value) + (unit.map { " " + $0 } ?? "")
    }

    private static func format(_ value: Double) -> String { FieldValue.format(value) }

    /// An item's status on one line and printable, or `no status`.
    private static func status(_ item: Item) -> String {
        BoardText.printable(item.status ?? "no status")
    }
}
