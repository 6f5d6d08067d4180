/// A front-matter value after it was checked against its field's type.
public enum FieldValue: Hashable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)
    case date(CalendarDate)
    case id(ItemID)
    case ids([ItemID])
    case strings([String])
    /// A record of named numbers, such as `rice` or `wsjf`.
    case record([String: Double])

    /// The value as a human would write it, for tables and messages.
    public var displayText: String {
        switch self {
        case .string(let text): return text
        case .integer(let value): return String(value)
        case .number(let value): return FieldValue.format(value)
        case .date(let date): return date.description
        case .id(let id): return id.description
        case .ids(let ids): return ids.map(\.description).joined(separator: ", ")
        case .strings(let values): return values.joined(separator: ", ")
        case .record(let values):
            return values.sorted { $0.key < $1.key }.map { "\($0.key): \(FieldValue.format($0.value))" }.joined(
                separator: ", ")
        }
    }

    /// Whole numbers without a fractional part, others as Swift prints them.
    static func format(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
