/// One `key=value` from the command line, typed by the configuration's
/// field definitions: lists are comma-separated, numbers and dates are
/// written unquoted, and everything else is a string that YAML reads back
/// exactly as typed.
public struct FieldAssignment: Hashable, Sendable {
    /// The key, or a mapping and one of its parts (`["rice", "reach"]`).
    public var path: [String]
    /// The value to write.
    public var value: FrontMatterValue
    /// The value as it was typed.
    public var text: String

    /// The key path as typed (`status`, `rice.reach`).
    public var key: String { path.joined(separator: ".") }

    /// Parses `key=value`, splitting at the first `=`.
    public init(parsing argument: String, schema: ItemSchema) throws(FieldAssignmentError) {
        guard let equals = argument.firstIndex(of: "=") else { throw .missingEquals(argument) }
        let key = String(argument[..<equals])
        text = String(argument[argument.index(after: equals)...])
        path = key.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !key.isEmpty, !path.contains(where: \.isEmpty) else { throw .emptyKey(argument) }
        guard path[0] != "id" else { throw .identity }
        value = try Self.value(text, for: path, schema: schema)
    }

    private static func value(_ text: String, for path: [String], schema: ItemSchema) throws(FieldAssignmentError)
        -> FrontMatterValue
    {
        let type = schema.fields[path[0]]?.type
        if path.count > 1 {
            guard case .record(let parts)? = type, path.count == 2 else { throw .notAMapping(path[0]) }
            guard parts.contains(path[1]) else { throw .unknownPart(path[1], of: path[0], parts: parts) }
            return number(text)
        }
        switch type {
        case .ids?, .strings?:
            return .list(text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty })
        case .integer?, .number?:
            return number(text)
        case .date?:
            return CalendarDate(text) != nil ? .plain(text) : .string(text)
        case .record(let parts)?:
            throw .wholeMapping(path[0], parts: parts)
        case .string?, .enumeration?, .id?, nil:
            return .string(text)
        }
    }

    /// A number is written unquoted; anything else as a string, which
    /// validation then reports as the wrong type.
    private static func number(_ text: String) -> FrontMatterValue {
        Double(text) != nil && !text.contains(where: \.isLetter) ? .plain(text) : .string(text)
    }
}

/// Why a `key=value` argument cannot be used.
public enum FieldAssignmentError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingEquals(String)
    case emptyKey(String)
    case identity
    case notAMapping(String)
    case unknownPart(String, of: String, parts: [String])
    case wholeMapping(String, parts: [String])

    public var description: String {
        switch self {
        case .missingEquals(let argument):
            return "'\(argument)' is not key=value, such as status=done"
        case .emptyKey(let argument):
            return "'\(argument)' has an empty key"
        case .identity:
            return "an item's id is changed with `cairn rename`, which also rewrites every reference to it"
        case .notAMapping(let key):
            return "\(key) has no parts to set; only mappings such as rice do"
        case .unknownPart(let part, let key, let parts):
            return "\(key) has no part \(part); its parts are \(parts.joined(separator: ", "))"
        case .wholeMapping(let key, let parts):
            return "\(key) is a mapping: set its parts one by one, such as \(key).\(parts.first ?? "reach")=…"
        }
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
