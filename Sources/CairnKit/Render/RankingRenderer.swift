/// Renders ranked items — `cairn rank` and `cairn ready` — as an aligned
/// table, Markdown, JSON or CSV.
///
/// Columns: the position in the order, id, kind, status, priority, owner,
/// the manual rank, the score (or why the item is unscored) and the title.
public enum RankingRenderer {
    /// The version of the JSON layout; raised on any incompatible change.
    public static let schemaVersion = 1

    /// An aligned table; with `width`, titles are cut to fit.
    public static func table(_ items: [RankedItem], in graph: BacklogGraph, width: Int? = nil) -> String {
        planningTable(items, in: graph).text(width: width)
    }

    /// A Markdown table, every cell escaped.
    public static func markdown(_ items: [RankedItem], in graph: BacklogGraph) -> String {
        planningTable(items, in: graph).markdown()
    }

    /// CSV after RFC 4180, with a header row.
    public static func csv(_ items: [RankedItem], in graph: BacklogGraph) -> String {
        planningTable(items, in: graph).csv()
    }

    /// `{"by":…,"formula":…,"items":[…],"schemaVersion":1}`: each item with
    /// `position`, `id`, `kind`, `path`, `title`, `status`, `priority`,
    /// `owner`, `rank` (the manual rank or null), `basis` (`rank`, `score`
    /// or `unscored`), `score` (a number; for moscow the priority; null when
    /// unscored), `unscored` (the reason or null) and `missing` (the missing
    /// inputs' names).
    public static func json(_ items: [RankedItem], by model: ScoringModel, in graph: BacklogGraph) throws -> String {
        let objects = items.enumerated().map { index, ranked in
            var object = PlanningJSON.itemFields(graph.items[ranked.node])
            object["position"] = .integer(index + 1)
            object.merge(scoreFields(ranked)) { $1 }
            return JSONValue.object(object)
        }
        return try JSONOutput.encode(
            JSONValue.object([
                "schemaVersion": .integer(schemaVersion), "by": .string(model.rawValue),
                "formula": .string(model.formula), "items": .array(objects),
            ]))
    }

    /// The score as a table shows it: a number rounded to two decimals (one
    /// of 10^15 or more as it is: rounding it would gain nothing and could
    /// overflow), the priority for moscow, or why there is none
    /// ("rice.effort missing").
    static func scoreText(_ score: Score) -> String {
        switch score {
        case .number(let value) where abs(value) < 1e15: return FieldValue.format((value * 100).rounded() / 100)
        case .number(let value): return FieldValue.format(value)
        case .priority(let name, _): return name
        case .unscored: return score.unscoredReason ?? ""
        }
    }

    /// The JSON keys describing a ranked item's rank and score.
    static func scoreFields(_ ranked: RankedItem) -> [String: JSONValue] {
        let score: JSONValue
        switch ranked.score {
        case .number(let value): score = .number(value)
        case .priority(let name, _): score = .string(name)
        case .unscored: score = .null
        }
        return [
            "rank": ranked.manualRank.map(JSONValue.number) ?? .null, "basis": .string(ranked.basis.rawValue),
            "score": score, "unscored": ranked.score.unscoredReason.map(JSONValue.string) ?? .null,
            "missing": .array(ranked.score.problems.filter { $0.issue == .missing }.map { .string($0.field) }),
        ]
    }

    private static func planningTable(_ items: [RankedItem], in graph: BacklogGraph) -> PlanningTable {
        PlanningTable(
            columns: [
                ("#", "position"), ("ID", "id"), ("KIND", "kind"), ("STATUS", "status"), ("PRIORITY", "priority"),
                ("OWNER", "owner"), ("RANK", "rank"), ("SCORE", "score"), ("TITLE", "title"), (nil, "path"),
            ],
            rows: items.enumerated().map { index, ranked in
                let item = graph.items[ranked.node]
                return [
                    String(index + 1), item.id.description, item.kind, item.status ?? "", item.priority ?? "",
                    item.owner ?? "", ranked.manualRank.map(FieldValue.format) ?? "", scoreText(ranked.score),
                    item.title ?? "", item.path,
                ]
            })
    }
}
