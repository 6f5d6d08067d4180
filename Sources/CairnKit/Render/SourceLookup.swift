/// Finds the text of a backlog file by its repository-relative path, so that
/// renderers can show the source line under a diagnostic and convert its
/// column into other units.
public struct SourceLookup: Sendable {
    private let text: @Sendable (String) -> SourceText?

    /// A lookup over the given texts, keyed by repository-relative path.
    public init(_ texts: [String: SourceText] = [:]) {
        text = { texts[$0] }
    }

    /// A lookup that asks `text` for each file's text.
    init(text: @escaping @Sendable (String) -> SourceText?) {
        self.text = text
    }

    /// The files of `backlog` and its `cairn.yml`; a file's text is read
    /// only when a diagnostic points into it (``Backlog/sourceText(of:)``).
    public init(backlog: Backlog) {
        text = { backlog.sourceText(of: $0) }
    }

    /// Line `number` (1-based) of the file at `path`, without its line ending.
    public func line(_ number: Int, of path: String) -> Substring? {
        text(path)?.line(number)
    }

    /// The UTF-16 column of `location` in the file at `path`; the UTF-8
    /// column itself when the line is unknown.
    public func utf16Column(of location: SourcePosition, in path: String) -> Int {
        guard let line = line(location.line, of: path) else { return location.column }
        return ColumnConverter.utf16Column(fromUTF8Column: location.column, in: line)
    }
}
