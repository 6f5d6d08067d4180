/// Finds the text of a backlog file by its repository-relative path, so that
/// renderers can show the source line under a diagnostic and convert its
/// column into other units.
public struct SourceLookup: Sendable {
    private let texts: [String: SourceText]

    /// A lookup over the given texts, keyed by repository-relative path.
    public init(_ texts: [String: SourceText] = [:]) {
        self.texts = texts
    }

    /// Every parsed file of `backlog` that decoded as text, and its
    /// `cairn.yml` (read again from the backlog's source, since diagnostics
    /// of the configuration point into it).
    public init(backlog: Backlog) {
        var texts: [String: SourceText] = [:]
        texts.reserveCapacity(backlog.files.count + 1)
        for file in backlog.files {
            if let source = file.source { texts[file.path] = source }
        }
        if let path = backlog.configurationPath, texts[path] == nil,
            let bytes = try? backlog.source.contents(of: path),
            case .success(let text) = TextDecoding.decode(bytes)
        {
            texts[path] = SourceText(text)
        }
        self.texts = texts
    }

    /// Line `number` (1-based) of the file at `path`, without its line ending.
    public func line(_ number: Int, of path: String) -> Substring? {
        texts[path]?.line(number)
    }

    /// The UTF-16 column of `location` in the file at `path`; the UTF-8
    /// column itself when the line is unknown.
    public func utf16Column(of location: SourcePosition, in path: String) -> Int {
        guard let line = line(location.line, of: path) else { return location.column }
        return ColumnConverter.utf16Column(fromUTF8Column: location.column, in: line)
    }
}
