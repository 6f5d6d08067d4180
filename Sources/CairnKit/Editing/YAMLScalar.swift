/// Writes text as a YAML scalar that reads back as exactly that text, for
/// values that go into front matter whatever a person typed (`Pay: now`,
/// `"quoted"`, `#1`, a leading space, a line break).
public enum YAMLScalar {
    /// `text` as a plain scalar when every YAML reader reads it back as that
    /// string (`Pay with Apple Pay`), otherwise quoted (`"Pay: now"`,
    /// `"2026-12-04"`, `"yes"`).
    public static func text(_ text: String) -> String {
        ScalarWriter.string(text, keeping: nil, in: .block)
    }
}

extension FrontMatterValue {
    /// The value as YAML text to stand after `key: ` on a new line; lists
    /// are written in flow style (`[US-1, US-2]`).
    public func yamlText() throws(ItemTextEditError) -> String {
        switch self {
        case .string(let text): return ScalarWriter.string(text, keeping: nil, in: .block)
        case .plain(let text): return try ScalarWriter.plain(text, in: .block)
        case .list(let values):
            return "[" + values.map { ScalarWriter.string($0, keeping: nil, in: .flow) }.joined(separator: ", ") + "]"
        }
    }
}
