/// A YAML value from front matter or `cairn.yml`, with the file location of
/// every node. Scalars stay text: each field's type decides how to read them.
public enum YAMLValue: Sendable {
    /// A scalar's text; `isPlain` is false for quoted and block scalars, so
    /// that `"null"` stays a string while a bare `null` or `~` is empty.
    case scalar(String, isPlain: Bool)
    case sequence([YAMLNode])
    case mapping([YAMLPair])
}

/// A YAML node and where it starts.
public struct YAMLNode: Sendable {
    public var value: YAMLValue
    public var location: SourcePosition

    /// A plain `null`, `~`, or nothing at all.
    public var isNull: Bool {
        guard case .scalar(let text, true) = value else { return false }
        return text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// The scalar's text, or `nil` for a sequence or a mapping.
    public var scalarText: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }

    /// A word for the node's shape, for messages.
    public var shapeDescription: String {
        switch value {
        case .scalar(let text, _): return isNull ? "nothing" : "\"\(text)\""
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// One key and value of a YAML mapping.
public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode
}
