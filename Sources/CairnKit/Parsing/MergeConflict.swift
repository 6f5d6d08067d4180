/// One region of conflict markers a merge left in a file: `<<<<<<< ours`,
/// the lines of one side, an optional `||||||| base` section (diff3 style),
/// `=======`, the lines of the other side and `>>>>>>> theirs`.
public struct MergeConflict: Hashable, Sendable {
    /// The line of `<<<<<<<`.
    public var startLine: Int
    /// The line of `>>>>>>>`, or `nil` when the region is never closed.
    public var endLine: Int?
    /// Whether the region lies in the front matter (before its closing fence).
    public var inFrontMatter: Bool
    /// The side after `<<<<<<<`: in a merge, the branch merged into.
    public var ours: MergeConflictSide
    /// The side before `>>>>>>>`: in a merge, the branch merged in.
    public var theirs: MergeConflictSide

    public init(
        startLine: Int, endLine: Int?, inFrontMatter: Bool, ours: MergeConflictSide, theirs: MergeConflictSide
    ) {
        self.startLine = startLine
        self.endLine = endLine
        self.inFrontMatter = inFrontMatter
        self.ours = ours
        self.theirs = theirs
    }
}

/// One side of a ``MergeConflict``.
public struct MergeConflictSide: Hashable, Sendable {
    /// The text after the marker (`HEAD`, a branch name, a commit), or empty.
    public var label: String
    /// The side's lines that look like top-level front-matter fields, as
    /// written: `status: ready` is `("status", "ready")`. A field whose value
    /// spans lines has them joined by spaces.
    public var fields: [MergeConflictField]

    public init(label: String, fields: [MergeConflictField]) {
        self.label = label
        self.fields = fields
    }
}

/// A front-matter key and its value as one side of a conflict writes it.
public struct MergeConflictField: Hashable, Sendable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}
