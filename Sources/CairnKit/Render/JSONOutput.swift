import Foundation

/// The one JSON encoding every Cairn output uses: compact, keys sorted,
/// slashes unescaped, and non-finite numbers as strings, so that the same
/// values always produce the same bytes.
enum JSONOutput {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

/// A JSON value built from Cairn's own values, for outputs whose keys are
/// not known at compile time (an item's fields).
public enum JSONValue: Hashable, Sendable, Encodable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// A field value in its natural JSON type: numbers as numbers, dates and
    /// ids as strings, lists as arrays and records as objects.
    public init(_ value: FieldValue) {
        switch value {
        case .string(let text): self = .string(text)
        case .integer(let number): self = .integer(number)
        case .number(let number): self = .number(number)
        case .date(let date): self = .string(date.description)
        case .id(let id): self = .string(id.description)
        case .ids(let ids): self = .array(ids.map { .string($0.description) })
        case .strings(let values): self = .array(values.map { .string($0) })
        case .record(let values): self = .object(values.mapValues { .number($0) })
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let values): try container.encode(values)
        case .object(let values): try container.encode(values)
        }
    }
}
