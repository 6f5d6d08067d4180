/// A problem with a file as a whole, found while reading it.
public enum FileProblem: Hashable, Sendable {
    /// The file could not be read (permissions, a dangling symlink, I/O).
    case unreadable(reason: String)
    /// The file is larger than the configured limit and was not parsed.
    case tooLarge(size: Int, limit: Int)
    /// The bytes are binary or not UTF-8.
    case undecodable(TextDecodingFailure)
    /// There is no front matter at all.
    case missingFrontMatter(MissingFrontMatterReason)
    /// The front matter exists but is not a YAML mapping Cairn can read.
    case frontMatterSyntax(message: String, location: SourcePosition)
    /// A symbolic link that points outside the repository; not followed.
    case symlinkOutsideRepository(target: String)
    /// Conflict markers a merge left in the file.
    case mergeConflict(MergeConflict)
}

/// Why a file has no front matter at all.
public enum MissingFrontMatterReason: Hashable, Sendable {
    /// The file is empty or holds only whitespace.
    case emptyFile
    /// The first line is not `---`.
    case noOpeningFence
}

/// A problem with one front-matter field.
public enum FieldProblem: Hashable, Sendable {
    /// A field the item's kind requires is absent (or empty).
    case missing(field: String, kind: String)
    /// A value that does not fit its field's type or allowed values.
    case invalid(field: String, reason: String, location: SourcePosition, suggestion: String?)
    /// A key that no field definition knows, or that belongs to other kinds
    /// (`usedBy` names them).
    case unknown(field: String, location: SourcePosition, suggestion: String?, usedBy: [String])
    /// A key written twice; the first one counts.
    case duplicateKey(field: String, location: SourcePosition, first: SourcePosition)
}

/// One file of the backlog after parsing: the item it defines, or the
/// problems that kept it from defining one, or both.
public struct ParsedFile: Sendable {
    /// The path relative to the repository root, with `/` separators.
    public var path: String
    /// The decoded text, when the bytes were text.
    public var source: SourceText?
    /// The item, when the front matter had a usable id and kind.
    public var item: Item?
    public var problems: [FileProblem]
    public var fieldProblems: [FieldProblem]

    public init(
        path: String, source: SourceText? = nil, item: Item? = nil, problems: [FileProblem] = [],
        fieldProblems: [FieldProblem] = []
    ) {
        self.path = path
        self.source = source
        self.item = item
        self.problems = problems
        self.fieldProblems = fieldProblems
    }
}
