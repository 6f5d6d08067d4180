/// The type a front-matter field's value must have.
public enum FieldType: Hashable, Sendable {
    case string
    case integer
    /// A number; with `minimum`, values below it are invalid.
    case number(minimum: Double?)
    case date
    /// One of a fixed set of strings.
    case enumeration([String])
    /// One item id: a link to another item.
    case id
    /// A list of item ids: links to other items.
    case ids
    /// A list of strings, such as `labels`.
    case strings
    /// A mapping of named numbers, such as `rice: {reach: 4000, ...}`.
    case record([String])

    /// How the type reads in a message ("a date (YYYY-MM-DD)").
    public var phrase: String {
        switch self {
        case .string: return "a string"
        case .integer: return "a whole number"
        case .number(let minimum?): return "a number ≥ \(FieldValue.format(minimum))"
        case .number(nil): return "a number"
        case .date: return "a date (YYYY-MM-DD)"
        case .enumeration(let values): return "one of " + values.joined(separator: ", ")
        case .id: return "an item id such as US-12"
        case .ids: return "a list of item ids such as [US-12, US-13]"
        case .strings: return "a list of strings"
        case .record(let names): return "a mapping with numbers for " + names.joined(separator: ", ")
        }
    }
}

/// A field items may carry: its name, its type, and which kinds use it.
public struct FieldDefinition: Hashable, Sendable {
    public var name: String
    public var type: FieldType
    /// The kinds that may carry the field; `nil` means every kind.
    public var kinds: Set<String>?

    public init(_ name: String, _ type: FieldType, kinds: Set<String>? = nil) {
        self.name = name
        self.type = type
        self.kinds = kinds
    }

    /// Whether an item of `kind` may carry this field.
    public func applies(to kind: String) -> Bool {
        kinds?.contains(kind) ?? true
    }
}
