/// The JSON keys every planning output gives an item.
enum PlanningJSON {
    /// `id`, `kind`, `path`, `title`, `status`, `priority` and `owner`
    /// (null when absent).
    static func itemFields(_ item: Item) -> [String: JSONValue] {
        let optional = { (value: String?) in value.map(JSONValue.string) ?? .null }
        return [
            "id": .string(item.id.description), "kind": .string(item.kind), "path": .string(item.path),
            "title": optional(item.title), "status": optional(item.status), "priority": optional(item.priority),
            "owner": optional(item.owner),
        ]
    }

    /// Ids as a JSON array of strings.
    static func ids(_ ids: [ItemID]) -> JSONValue {
        .array(ids.map { .string($0.description) })
    }
}
