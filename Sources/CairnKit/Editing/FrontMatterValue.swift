/// A value to write into front matter, and how YAML must read it back.
public enum FrontMatterValue: Hashable, Sendable {
    /// Text that every YAML reader reads back as this exact string: written
    /// plain when that is unambiguous (`done`, `US-12`), quoted otherwise
    /// (`"yes"`, `"2024"`, `"a: b"`, `""`). A value that was quoted keeps its
    /// quotes.
    case string(String)
    /// Text written without quotes, so that YAML reads it as a number,
    /// boolean or date: `5`, `0.8`, `true`, `2026-03-31`. Refused when the
    /// text cannot stand unquoted or would read as nothing (`null`, `~`).
    case plain(String)
    /// A list of strings, such as ids or labels; each element as in
    /// ``string(_:)``.
    case list([String])
}
