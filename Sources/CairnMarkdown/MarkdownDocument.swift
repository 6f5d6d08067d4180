/// A position in Markdown source: a 1-based line and a 1-based column counted
/// in UTF-8 bytes, as cmark-gfm counts them.
///
/// Lines are relative to the text that was parsed; callers that parse only the
/// body of a file add the front matter's line count once.
public struct MarkdownPosition: Hashable, Sendable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// A heading, which opens a section of the document.
public struct MarkdownHeading: Hashable, Sendable {
    /// 1 for `#`, up to 6.
    public var level: Int
    /// The heading's plain text, inline markup removed.
    public var text: String
    public var position: MarkdownPosition
    /// Whether any block other than a heading follows it before the section ends.
    public var hasContent: Bool

    public init(level: Int, text: String, position: MarkdownPosition, hasContent: Bool) {
        self.level = level
        self.text = text
        self.position = position
        self.hasContent = hasContent
    }
}

/// A GitHub task-list item (`- [ ]` or `- [x]`).
public struct MarkdownTaskItem: Hashable, Sendable {
    public var text: String
    public var isChecked: Bool
    public var position: MarkdownPosition
    /// Index into ``MarkdownDocument/headings`` of the innermost enclosing section.
    public var sectionIndex: Int?

    public init(text: String, isChecked: Bool, position: MarkdownPosition, sectionIndex: Int?) {
        self.text = text
        self.isChecked = isChecked
        self.position = position
        self.sectionIndex = sectionIndex
    }
}

/// An inline link or image with its destination as written.
public struct MarkdownLink: Hashable, Sendable {
    public var destination: String
    public var isImage: Bool
    public var position: MarkdownPosition

    public init(destination: String, isImage: Bool, position: MarkdownPosition) {
        self.destination = destination
        self.isImage = isImage
        self.position = position
    }
}

/// A wiki-style `[[target]]` mention found in text (never in code).
public struct MarkdownMention: Hashable, Sendable {
    /// The text between the double brackets.
    public var target: String
    /// The position of the first `[`.
    public var position: MarkdownPosition

    public init(target: String, position: MarkdownPosition) {
        self.target = target
        self.position = position
    }
}

/// The facts Cairn needs from a Markdown body, as plain Swift values.
///
/// No cmark-gfm pointer outlives ``MarkdownParser/parse(_:)``: the C tree is
/// walked once and converted into this value.
public struct MarkdownDocument: Hashable, Sendable {
    public var headings: [MarkdownHeading] = []
    public var taskItems: [MarkdownTaskItem] = []
    public var links: [MarkdownLink] = []
    public var mentions: [MarkdownMention] = []

    public init() {}

    /// The first heading whose text equals `title`, ignoring case and
    /// surrounding whitespace.
    public func heading(named title: String) -> MarkdownHeading? {
        let wanted = title.trimmingWhitespace().lowercased()
        return headings.first { $0.text.trimmingWhitespace().lowercased() == wanted }
    }
}

extension String {
    func trimmingWhitespace() -> String {
        // Text that starts and ends with a visible ASCII character (the usual
        // case) has nothing to trim; a Character is whitespace only when its
        // first scalar is, and no ASCII scalar but a line feed ends a
        // longer Character.
        if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first), Self.isVisibleASCII(last) {
            return self
        }
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }

    private static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }
}
