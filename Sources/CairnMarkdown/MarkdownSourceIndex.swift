import Foundation

/// The parsed Markdown bytes with an index of line starts, for
/// ``InlineLocator`` to check cmark-gfm's inline positions against.
///
/// It borrows the bytes: it lives only while ``MarkdownParser/parse(_:)``
/// holds them.
struct MarkdownSourceIndex {
    private let bytes: UnsafeBufferPointer<UInt8>
    /// Offsets of the first byte of each line.
    private let lineStarts: [Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var starts = [0]
        for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") {
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

    /// The bytes from `offset` to the end of its line, without the line feed.
    func restOfLine(from offset: Int) -> ArraySlice<UInt8> {
        guard offset >= 0, offset <= bytes.count else { return [] }
        let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        return ArraySlice(bytes[offset..<end])
    }

    /// Whether the source holds `bytes` at `offset`.
    func matches(_ bytes: [UInt8], at offset: Int) -> Bool {
        offset >= 0 && offset + bytes.count <= self.bytes.count && holds(bytes, at: offset)
    }

    /// The offset of the first occurrence of `needle` that starts at or after
    /// `start` and ends at or before `limit`.
    func find(_ needle: [UInt8], from start: Int, before limit: Int) -> Int? {
        guard let first = needle.first else { return nil }
        let end = min(limit, bytes.count) - needle.count
        var candidate = max(0, start)
        while candidate <= end {
            if bytes[candidate] == first, holds(needle, at: candidate) { return candidate }
            candidate += 1
        }
        return nil
    }

    /// Whether `needle` is at `offset`, which leaves room for all of it.
    private func holds(_ needle: [UInt8], at offset: Int) -> Bool {
        guard let base = bytes.baseAddress else { return needle.isEmpty }
        return needle.withUnsafeBufferPointer { wanted in
            guard let wantedBase = wanted.baseAddress else { return true }
            return memcmp(base + offset, wantedBase, wanted.count) == 0
        }
    }
}
