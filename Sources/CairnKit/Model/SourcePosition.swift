/// A position in a file: 1-based line, 1-based column in UTF-8 bytes.
///
/// Every position inside Cairn uses these units; ``ColumnConverter`` turns a
/// column into Unicode scalars (YAML) or UTF-16 code units (SARIF, LSP).
public struct SourcePosition: Hashable, Comparable, Sendable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The start of a file, for problems that concern the file as a whole.
    public static let startOfFile = SourcePosition(line: 1, column: 1)

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
