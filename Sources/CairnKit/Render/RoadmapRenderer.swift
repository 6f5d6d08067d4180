/// Renders a ``Roadmap`` as text, Markdown or JSON.
public enum RoadmapRenderer {
    /// One block per group: a heading line with the release's date and
    /// status (or the horizon), the done share and, for a release past its
    /// date, how much is still open; then the items, with columns aligned
    /// across the whole output.
    public static func text(_ roadmap: Roadmap) -> String {
        let rows = roadmap.groups.flatMap(\.items).map(row)
        let idWidth = rows.map { DisplayWidth.of($0.id) }.max() ?? 0
        let statusWidth = rows.map { DisplayWidth.of(BoardText.printable($0.status)) }.max() ?? 0
        let estimateWidth = rows.map { DisplayWidth.of($0.estimate) }.max() ?? 0
        var blocks: [String] = []
        for group in roadmap.groups {
            let heading = heading(group)
            let details = heading.details.map { " (\($0))" } ?? ""
            let late = heading.lateness.map { "; " + $0 } ?? ""
            var block = PrintableText.escaped("\(heading.name)\(details): \(heading.share)\(late)") + "\n"
            for item in group.items {
                let row = row(item)
                block +=
                    "  " + DisplayWidth.padded(row.id, to: idWidth) + "  "
                    + DisplayWidth.padded(BoardText.printable(row.status), to: statusWidth) + "  "
                    + String(repeating: " ", count: estimateWidth - DisplayWidth.of(row.estimate)) + row.estimate + "  "
                    + PrintableText.escaped(row.title) + "\n"
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// A `##` heading per group, a line with its date, status, done share
    /// and lateness, and a table of its items; titles escaped for Markdown.
    public static func markdown(_ roadmap: Roadmap) -> String {
        var blocks: [String] = []
        for group in roadmap.groups {
            let heading = heading(group)
            var block = "## " + MarkdownInlineText.escaped(heading.name) + "\n\n"
            let details = [heading.details, heading.share, heading.lateness].compactMap { $0 }
            block += details.map(MarkdownInlineText.escaped).joined(separator: " · ") + "\n"
            if !group.items.isEmpty {
                block += "\n| Item | Status | Estimate | Title |\n| --- | --- | ---: | --- |\n"
                for item in group.items {
                    let row = row(item)
                    block +=
                        "| \(row.id) | \(MarkdownInlineText.escaped(row.status)) | \(row.estimate == "-" ? "–" : row.estimate) | "
                        + MarkdownInlineText.escaped(row.title) + " |\n"
                }
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }

    /// One object: `schemaVersion` (1), `grouping`, `today`, and `groups`,
    /// each with `group` (`release`, `horizon` or `unscheduled`), `release`
    /// (id, title, status, date; null for other groups), `horizon` (null
    /// for other groups), `pastDate`, `overdue` (ids of open items of a
    /// release past its date), `share` (`items`, `doneItems`, `points`,
    /// `donePoints`; points null when too large for a number) and `items`
    /// (id, kind, title, status, estimate, path; null when absent).
    public static func json(_ roadmap: Roadmap) throws -> String {
        let groups: [JSONValue] = roadmap.groups.map { group in
            let kind = group.release != nil ? "release" : group.horizon != nil ? "horizon" : "unscheduled"
            let release: JSONValue =
                group.release.map { release in
                    .object([
                        "id": .string(release.id.description), "title": optional(release.title),
                        "status": optional(release.status), "date": optional(release.releaseDate?.description),
                    ])
                } ?? .null
            return .object([
                "group": .string(kind), "release": release, "horizon": optional(group.horizon),
                "pastDate": .bool(group.isPastDate),
                "overdue": .array(group.overdueItems.map { .string($0.id.description) }),
                "share": shareJSON(group.share), "items": .array(group.items.map(itemJSON)),
            ])
        }
        return try JSONOutput.encode(
            JSONValue.object([
                "schemaVersion": .integer(1), "grouping": .string(roadmap.grouping.rawValue),
                "today": .string(roadmap.today.description), "groups": .array(groups),
            ]))
    }

    /// What a group's heading says: its name (`REL-1 1.0`, `now`,
    /// `Unscheduled`), a release's date and status, the done share, and for
    /// a release past its date how much is still open.
    struct Heading {
        var name: String
        var details: String?
        var share: String
        var lateness: String?
    }

    static func heading(_ group: RoadmapGroup) -> Heading {
        var heading = Heading(
            name: group.horizon ?? "Unscheduled", share: group.items.isEmpty ? "no items" : group.share.summary)
        if let release = group.release {
            heading.name = release.id.description + (release.title.map { " " + $0 } ?? "")
            heading.details = "\(group.date?.description ?? "no date"), \(release.status ?? "no status")"
        }
        if group.isPastDate {
            let count = group.overdueItems.count
            heading.lateness = "past its date with \(count) open \(count == 1 ? "item" : "items")"
        }
        return heading
    }

    static func shareJSON(_ share: CompletionShare) -> JSONValue {
        .object([
            "items": .integer(share.items), "doneItems": .integer(share.doneItems),
            "points": .finiteNumber(share.points), "donePoints": .finiteNumber(share.donePoints),
        ])
    }

    static func itemJSON(_ item: Item) -> JSONValue {
        .object([
            "id": .string(item.id.description), "kind": .string(item.kind), "title": optional(item.title),
            "status": optional(item.status), "estimate": item.fields["estimate"].map(JSONValue.init) ?? .null,
            "path": .string(item.path),
        ])
    }

    static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    private static func row(_ item: Item) -> (id: String, status: String, estimate: String, title: String) {
        (
            item.id.description, item.status ?? "no status",
            item.fields["estimate"]?.displayText ?? "-", item.title ?? ""
        )
    }
}
