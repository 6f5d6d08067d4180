/// Renders `cairn plan` — the steps in order, then what cannot be planned
/// and why — as an aligned table, Markdown, JSON or CSV.
public enum PlanOrderRenderer {
    /// The version of the JSON layout; raised on any incompatible change.
    public static let schemaVersion = 1

    /// The steps as an aligned table, then, when some items cannot be
    /// planned, a blank line, `Cannot be planned:` and a table of them.
    /// Long lists of ids show their first ids and how many more there are.
    public static func table(_ plan: PlanOrder, in graph: BacklogGraph, width: Int? = nil) -> String {
        var output = stepsTable(plan.steps, in: graph, cappingLists: true).text(width: width)
        if !plan.unplanned.isEmpty {
            output += "\nCannot be planned:\n" + unplannedTable(plan.unplanned, in: graph).text(width: width)
        }
        return output
    }

    /// The steps as a Markdown table, then a `Cannot be planned` table when
    /// some items cannot be planned; every cell escaped, long lists cut as
    /// in ``table(_:in:width:)``.
    public static func markdown(_ plan: PlanOrder, in graph: BacklogGraph) -> String {
        var output = stepsTable(plan.steps, in: graph, cappingLists: true).markdown()
        if !plan.unplanned.isEmpty {
            output += "\n**Cannot be planned**\n\n" + unplannedTable(plan.unplanned, in: graph).markdown()
        }
        return output
    }

    /// One CSV: a row per step, then a row per unplanned item with an empty
    /// `step` and the reason in `unplanned`; lists are whole.
    public static func csv(_ plan: PlanOrder, in graph: BacklogGraph) -> String {
        let rows =
            stepsTable(plan.steps, in: graph, cappingLists: false).rows.map { $0 + [""] }
            + plan.unplanned.map { unplanned in
                let item = graph.items[unplanned.item.node]
                return [
                    "", item.id.description, item.kind, item.status ?? "", item.priority ?? "", item.owner ?? "", "",
                    item.title ?? "", item.path, reasonText(unplanned.reason),
                ]
            }
        return PlanningTable(columns: stepColumns + [(nil, "unplanned")], rows: rows).csv()
    }

    /// `{"by":…,"schemaVersion":1,"steps":[…],"unplanned":[…]}`: steps with
    /// `step`, the item's `id`, `kind`, `path`, `title`, `status`,
    /// `priority`, `owner`, and `after` (ids planned earlier that it depends
    /// on); unplanned items with the same item keys, `reason` (`cycle`,
    /// `same-cycle`, `missing-dependency`, `dropped-dependency` or
    /// `waits-on`), `ids` (the cycle; for `same-cycle` the item that shows
    /// it; the missing or dropped dependencies; or the dependencies that
    /// cannot be planned) and `message`.
    public static func json(_ plan: PlanOrder, by model: ScoringModel, in graph: BacklogGraph) throws -> String {
        let steps = plan.steps.enumerated().map { index, step in
            var object = PlanningJSON.itemFields(graph.items[step.item.node])
            object["step"] = .integer(index + 1)
            object["after"] = PlanningJSON.ids(step.after)
            return JSONValue.object(object)
        }
        let unplanned = plan.unplanned.map { unplanned in
            var object = PlanningJSON.itemFields(graph.items[unplanned.item.node])
            let (reason, ids): (String, [ItemID]) =
                switch unplanned.reason {
                case .cycle(let ids): ("cycle", ids)
                case .sameCycle(let first, _): ("same-cycle", [first])
                case .missingDependencies(let ids): ("missing-dependency", ids)
                case .droppedDependencies(let ids): ("dropped-dependency", ids)
                case .waitsOn(let ids): ("waits-on", ids)
                }
            object["reason"] = .string(reason)
            object["ids"] = PlanningJSON.ids(ids)
            object["message"] = .string(reasonText(unplanned.reason))
            return JSONValue.object(object)
        }
        return try JSONOutput.encode(
            JSONValue.object([
                "schemaVersion": .integer(schemaVersion), "by": .string(model.rawValue), "steps": .array(steps),
                "unplanned": .array(unplanned),
            ]))
    }

    /// `cycle US-9 → US-10 → US-9`, `in the cycle of US-1 (3000 items)`,
    /// `depends on missing US-99`, `depends on dropped US-13`, `waits on
    /// US-9, which cannot be planned`.
    public static func reasonText(_ reason: UnplannedReason) -> String {
        reasonText(reason, cappingLists: false)
    }

    /// The reason; with `cappingLists`, long lists and cycles show their
    /// first ids and how many more there are.
    static func reasonText(_ reason: UnplannedReason, cappingLists: Bool) -> String {
        let shown = { (ids: [ItemID]) in
            cappingLists ? PlanningTable.shownList(ids.map(\.description)) : ids.map(\.description)
        }
        let list = { (ids: [ItemID]) in shown(ids).joined(separator: ", ") }
        switch reason {
        case .cycle(let ids):
            return "cycle " + (shown(ids) + ids.prefix(1).map(\.description)).joined(separator: " → ")
        case .sameCycle(let first, let length):
            return "in the cycle of \(first) (\(length) items)"
        case .missingDependencies(let ids):
            return "depends on missing \(list(ids))"
        case .droppedDependencies(let ids):
            return "depends on dropped \(list(ids))"
        case .waitsOn(let ids):
            return "waits on \(list(ids)), which cannot be planned"
        }
    }

    private static let stepColumns: [(header: String?, csv: String)] = [
        ("STEP", "step"), ("ID", "id"), ("KIND", "kind"), ("STATUS", "status"), ("PRIORITY", "priority"),
        ("OWNER", "owner"), ("AFTER", "after"), ("TITLE", "title"), (nil, "path"),
    ]

    private static func stepsTable(_ steps: [PlanStep], in graph: BacklogGraph, cappingLists: Bool)
        -> PlanningTable
    {
        PlanningTable(
            columns: stepColumns,
            rows: steps.enumerated().map { index, step in
                let item = graph.items[step.item.node]
                let after = step.after.map(\.description)
                return [
                    String(index + 1), item.id.description, item.kind, item.status ?? "", item.priority ?? "",
                    item.owner ?? "", (cappingLists ? PlanningTable.shownList(after) : after).joined(separator: ", "),
                    item.title ?? "",
                    item.path,
                ]
            })
    }

    private static func unplannedTable(_ unplanned: [UnplannedItem], in graph: BacklogGraph) -> PlanningTable {
        PlanningTable(
            columns: [
                ("ID", "id"), ("KIND", "kind"), ("STATUS", "status"), ("PRIORITY", "priority"), ("OWNER", "owner"),
                ("REASON", "reason"), ("TITLE", "title"), (nil, "path"),
            ],
            rows: unplanned.map { unplanned in
                let item = graph.items[unplanned.item.node]
                return [
                    item.id.description, item.kind, item.status ?? "", item.priority ?? "", item.owner ?? "",
                    reasonText(unplanned.reason, cappingLists: true), item.title ?? "", item.path,
                ]
            })
    }
}
