/// Finds where inline nodes start in the source while the converter walks the
/// inlines of one leaf block (paragraph, heading, table cell) in order.
///
/// cmark-gfm's inline positions are right only on the block's first line and
/// only for nodes its core parser made. On later lines it measures columns
/// as if each line had the first line's indentation, which is wrong for
/// lazy continuation lines (`- item` then `more` at column 1) and for
/// indented ones. Nodes the autolink extension splits off report line 0, or
/// a column one too small. A text node's literal has entities and escapes
/// decoded, so an offset into it is not a column.
///
/// So every node is looked for in the source, searching forward from a
/// cursor that never passes the node being looked for: the block's start,
/// the start of the node's line, and the end of each node found before it.
struct InlineLocator {
    private let source: MarkdownSourceIndex
    private var cursor = 0
    private var firstLine = 0
    private var blockLimit = 0

    init(source: MarkdownSourceIndex) {
        self.source = source
    }

    /// Starts a leaf block that starts at `start` and ends on `endLine`.
    mutating func enterBlock(start: MarkdownPosition, endLine: Int) {
        cursor = source.offset(line: start.line, column: start.column) ?? 0
        firstLine = start.line
        blockLimit = source.offset(line: endLine + 1, column: 1) ?? source.endOffset
    }

    /// Locates a text node with `literal` that cmark-gfm placed at
    /// `reported`, and returns the positions of the mentions at the given
    /// offsets of the literal.
    mutating func locateText(_ literal: [UInt8], reported: MarkdownPosition, mentions: [(offset: Int, target: String)])
        -> [MarkdownPosition]
    {
        let limit = boundedLimit(searchLimit(reported), for: literal)
        let textStart = cursor
        let start = exactStart(reported, matching: literal) ?? source.find(literal, from: cursor, before: limit)
        var positions: [MarkdownPosition] = []
        for (offset, target) in mentions {
            if let start {
                positions.append(source.position(ofOffset: start + offset))
                continue
            }
            // Entities or escapes in the text: look for each mention itself.
            let written = Array("[[\(target)]]".utf8)
            if let found = source.find(written, from: cursor, before: limit) {
                positions.append(source.position(ofOffset: found))
                cursor = found + written.count
            } else {
                positions.append(source.position(ofOffset: cursor))
            }
        }
        // Unfound, the text still lies ahead and is at least as long in the
        // source as its literal: moving past that much keeps every later
        // search from scanning the same bytes again.
        cursor = max(cursor, (start ?? textStart) + literal.count)
        return positions
    }

    /// Moves past a code span or inline HTML with `literal`, so that nothing
    /// after it is found inside it.
    mutating func skipVerbatim(_ literal: [UInt8], reported: MarkdownPosition) {
        let limit = boundedLimit(searchLimit(reported), for: literal)
        let searchStart = cursor
        let start = exactStart(reported, matching: literal) ?? source.find(literal, from: cursor, before: limit)
        cursor = max(cursor, (start ?? searchStart) + literal.count)
    }

    /// Locates a link or image whose visible text is `text`. The cursor stays
    /// at its start: its children are located next.
    mutating func locateLink(isImage: Bool, text: [UInt8], reported: MarkdownPosition) -> MarkdownPosition {
        let limit = searchLimit(reported)
        let openers = isImage ? [Array("![".utf8)] : [Array("[".utf8), Array("<".utf8)]
        // An autolink the extension found (`https://…`, `www.…`, an address)
        // has no opener: it starts with its text.
        let candidates = isImage || text.isEmpty ? openers : openers + [text]
        let start =
            openers.compactMap { exactStart(reported, matching: $0) }.first
            ?? candidates.compactMap { source.find($0, from: cursor, before: limit) }.min()
        guard let start else { return source.position(ofOffset: cursor) }
        cursor = start
        return source.position(ofOffset: start)
    }

    /// Raises the cursor to the start of the reported line and returns where
    /// a search for the node must stop: the end of that line, or of the block
    /// when the line is unknown.
    private mutating func searchLimit(_ reported: MarkdownPosition) -> Int {
        guard let lineStart = source.offset(line: reported.line, column: 1) else { return blockLimit }
        cursor = max(cursor, lineStart)
        let lineEnd = source.offset(line: reported.line + 1, column: 1) ?? source.endOffset
        return min(lineEnd, blockLimit)
    }

    /// `limit`, or nearer when the text cannot be that far away. Written out,
    /// a decoded literal takes at most this many bytes per byte (the longest
    /// HTML entity name is 33 bytes for a 3-byte character), so a search for
    /// a text that is not in the source — entities, escapes — stops early
    /// and a line of 100,000 such texts costs linear, not quadratic, time.
    private func boundedLimit(_ limit: Int, for literal: [UInt8]) -> Int {
        min(limit, cursor + 16 * literal.count + 64)
    }

    /// The reported offset, when the node is on the block's first line (where
    /// cmark-gfm counts right) and the source there starts with `prefix`.
    private func exactStart(_ reported: MarkdownPosition, matching prefix: [UInt8]) -> Int? {
        guard reported.line == firstLine, let offset = source.offset(line: reported.line, column: reported.column),
            offset >= cursor, source.matches(prefix, at: offset)
        else { return nil }
        return offset
    }
}
