/// The parsed Markdown bytes with an index of line starts, so that a position
/// cmark-gfm reports (or fails to report) can be checked against the source.
///
/// cmark-gfm's inline positions are not always right: a text node's literal
/// has entities and backslash escapes already decoded, and nodes the autolink
/// extension splits off report line 0 or columns measured without the
/// indentation that was stripped. The converter finds what it needs in these
/// bytes instead, searching forward from a position known to lie before it.
struct MarkdownSourceIndex {
    private let bytes: [UInt8]
    /// Offsets of the first byte of each line.
    private let lineStarts: [Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = Array(bytes)
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// The end of the source, one past the last byte.
    var endOffset: Int { bytes.count }

    /// The byte offset of a 1-based line and byte column, or `nil` when the
    /// position is unknown (cmark-gfm reports 0) or outside the source.
    func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, column >= 1, line <= lineStarts.count else { return nil }
        let offset = lineStarts[line - 1] + column - 1
        return offset <= bytes.count ? offset : nil
    }

    /// The line and column of a byte offset.
    func position(ofOffset offset: Int) -> MarkdownPosition {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return MarkdownPosition(line: low + 1, column: offset - lineStarts[low] + 1)
    }

    /// The byte at `offset`, if there is one.
    func byte(at offset: Int) -> UInt8? {
        offset >= 0 && offset < bytes.count ? bytes[offset] : nil
    }

    /// The offset of the first occurrence of `needle` that starts at or after
    /// `start` and ends at or before `limit`.
    func find(_ needle: [UInt8], from start: Int, before limit: Int) -> Int? {
        guard let first = needle.first else { return nil }
        let end = min(limit, bytes.count) - needle.count
        var candidate = max(0, start)
        while candidate <= end {
            if bytes[candidate] == first, bytes[candidate..<candidate + needle.count].elementsEqual(needle) {
                return candidate
            }
            candidate += 1
        }
        return nil
    }
}
