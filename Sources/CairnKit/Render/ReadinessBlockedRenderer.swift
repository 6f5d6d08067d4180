/// Renders `cairn blocked` — open items waiting on dependencies that are not
/// done, each with the chain to its first open blocker — as an aligned
/// table, Markdown, JSON or CSV.
///
/// A chain reads `US-6 ← US-5 (draft)`: US-6 waits on US-5, a draft that
/// waits on nothing. The chain ends at an open item (with its status), a
/// dropped one (which will never be done), an item in a dependency cycle, or
/// an id that no item carries (`US-1 ← US-99 (missing)`).
public enum ReadinessBlockedRenderer {
    /// The version of the JSON layout; raised on any incompatible change.
    public static let schemaVersion = 1

    /// An aligned table; with `width`, titles are cut to fit. Long lists of
    /// dependencies show their first ids and how many more there are.
    public static func table(_ items: [BlockedItem], in graph: BacklogGraph, width: Int? = nil) -> String {
        planningTable(items, in: graph, cappingLists: true).text(width: width)
    }

    /// A Markdown table, every cell escaped; long lists are cut as in ``table(_:in:width:)``.
    public static func markdown(_ items: [BlockedItem], in graph: BacklogGraph) -> String {
        planningTable(items, in: graph, cappingLists: true).markdown()
    }

    /// CSV after RFC 4180, with a header row; whole lists, joined with `, `.
    public static func csv(_ items: [BlockedItem], in graph: BacklogGraph) -> String {
        planningTable(items, in: graph, cappingLists: false).csv()
    }

    /// `{"items":[…],"schemaVersion":1}`: each item with `id`, `kind`,
    /// `path`, `title`, `status`, `priority`, `owner`, `waitsOn` (ids),
    /// `chain` (ids, the item first; a chain of more than four ids keeps its
    /// first three and `blocker`, with null for the ids left out), `blocker`
    /// (the chain's last id), `distance` (links from the item to it),
    /// `chainEnd` (`open`, `dropped`, `cycle` or `missing`) and
    /// `blockerStatus` (null for a missing blocker).
    public static func json(_ items: [BlockedItem], in graph: BacklogGraph) throws -> String {
        let objects = items.map { blocked in
            var object = PlanningJSON.itemFields(graph.items[blocked.item.node])
            object["waitsOn"] = PlanningJSON.ids(blocked.waitsOn)
            object["chain"] = .array(blocked.shownChain.map { $0.map { .string($0.description) } ?? .null })
            object["blocker"] = .string(blocked.blocker.description)
            object["distance"] = .integer(blocked.distance)
            let (end, status): (String, String?) =
                switch blocked.end {
                case .open(let status): ("open", status)
                case .dropped(let status): ("dropped", status)
                case .cycle: ("cycle", graph.item(blocked.blocker)?.status)
                case .missing: ("missing", nil)
                }
            object["chainEnd"] = .string(end)
            object["blockerStatus"] = status.map(JSONValue.string) ?? .null
            return JSONValue.object(object)
        }
        return try JSONOutput.encode(
            JSONValue.object(["schemaVersion": .integer(schemaVersion), "items": .array(objects)]))
    }

    /// `US-3 ← US-2 (ready)`, `US-9 ← US-10 (in a cycle)`,
    /// `US-9 ← US-8 ← US-7 ← … ← US-1 (draft)`, `US-1 ← US-99 (missing)`.
    public static func chainText(_ blocked: BlockedItem) -> String {
        let label: String
        switch blocked.end {
        case .open(let status), .dropped(let status): label = status ?? "no status"
        case .cycle: label = "in a cycle"
        case .missing: label = "missing"
        }
        return blocked.shownChain.map { $0?.description ?? "…" }.joined(separator: " ← ") + " (\(label))"
    }

    private static func planningTable(_ items: [BlockedItem], in graph: BacklogGraph, cappingLists: Bool)
        -> PlanningTable
    {
        PlanningTable(
            columns: [
                ("ID", "id"), ("KIND", "kind"), ("STATUS", "status"), ("PRIORITY", "priority"), ("OWNER", "owner"),
                ("WAITS ON", "waits_on"), ("CHAIN", "chain"), ("TITLE", "title"), (nil, "path"),
            ],
            rows: items.map { blocked in
                let item = graph.items[blocked.item.node]
                let waitsOn = blocked.waitsOn.map(\.description)
                return [
                    item.id.description, item.kind, item.status ?? "", item.priority ?? "", item.owner ?? "",
                    (cappingLists ? PlanningTable.shownList(waitsOn) : waitsOn).joined(separator: ", "),
                    chainText(blocked), item.title ?? "",
                    item.path,
                ]
            })
    }
}
