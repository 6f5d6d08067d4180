extension JSONValue {
    /// `value` as JSON: whole numbers below 10¹⁵ as integers, other finite
    /// numbers as they are, and infinity or NaN — which JSON cannot hold —
    /// as null.
    static func finiteNumber(_ value: Double) -> JSONValue {
        guard value.isFinite else { return .null }
        return value.rounded() == value && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
    }
}
