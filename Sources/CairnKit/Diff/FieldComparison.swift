/// The front-matter fields whose values differ between two versions of an
/// item — every key, known to Cairn or not.
///
/// Values are compared as the schema decoded them when both sides decoded
/// (so `0.80` and `0.8` are the same confidence), otherwise as written,
/// ignoring quoting and the order of a record's keys. An empty value counts
/// as no value. The id is not a field change: a new id is a rename. When
/// either side's front matter does not read as YAML (a merge left conflict
/// markers in it), no field is compared: its diagnostic says what is wrong.
enum FieldComparison {
    static func changes(from base: (item: Item, text: ItemText), to head: (item: Item, text: ItemText)) -> [FieldChange]
    {
        guard let baseFields = base.text.fields, let headFields = head.text.fields else { return [] }
        let baseValues = Dictionary(baseFields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        let headKeys = Set(headFields.map(\.key))
        let keys = headFields.map(\.key) + baseFields.map(\.key).filter { !headKeys.contains($0) }
        let headValues = Dictionary(headFields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        return keys.compactMap { key -> FieldChange? in
            guard key != "id" else { return nil }
            if let old = base.item.fields[key], let new = head.item.fields[key], old == new { return nil }
            let from = value(baseValues[key], decoded: base.item.fields[key])
            let to = value(headValues[key], decoded: head.item.fields[key])
            guard from?.text != to?.text else { return nil }
            return FieldChange(field: key, from: from, to: to)
        }
    }

    /// `node` as a diff shows it; `nil` for an absent or empty value
    /// (nothing, `~`, `[]` or `{}`).
    private static func value(_ node: YAMLNode?, decoded: FieldValue?) -> DiffValue? {
        guard let node, !node.isNull else { return nil }
        switch node.value {
        case .sequence(let elements) where elements.isEmpty: return nil
        case .mapping(let pairs) where pairs.isEmpty: return nil
        default: break
        }
        return DiffValue(text: text(of: node), json: decoded.map(JSONValue.init) ?? json(of: node))
    }

    /// `done`, `[US-1, US-2]`, `{effort: 3, reach: 40}`.
    static func text(of node: YAMLNode) -> String {
        switch node.value {
        case .scalar(let text, _): return node.isNull ? "" : text
        case .sequence(let elements): return "[" + elements.map(text(of:)).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            let entries = pairs.map { "\(text(of: $0.key)): \(text(of: $0.value))" }.sorted()
            return "{" + entries.joined(separator: ", ") + "}"
        }
    }

    private static func json(of node: YAMLNode) -> JSONValue {
        switch node.value {
        case .scalar(let text, _): return node.isNull ? .null : .string(text)
        case .sequence(let elements): return .array(elements.map(json(of:)))
        case .mapping(let pairs):
            return .object(
                Dictionary(
                    pairs.map { (text(of: $0.key), json(of: $0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }
}
