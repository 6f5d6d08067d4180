/// A file's text with an index of where each line starts, so that a line can
/// be shown under a diagnostic and a column converted between units.
public struct SourceText: Sendable {
    public let text: String
    /// UTF-8 offsets of the first byte of each line.
    private let lineStarts: [Int]

    public init(_ text: String) {
        self.text = text
        var contiguous = text
        lineStarts = contiguous.withUTF8 { bytes in
            var starts = [0]
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\n") {
                starts.append(offset + 1)
            }
            return starts
        }
    }

    /// The UTF-8 byte column of Unicode-scalar column `scalarColumn` on
    /// line `number`, or `nil` past the last line: what
    /// ``ColumnConverter/utf8Column(fromScalarColumn:in:)`` gives for
    /// ``line(_:)``, without making the line.
    func utf8Column(line number: Int, scalarColumn: Int) -> Int? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        // A carriage return before the line feed counts as one byte and one
        // scalar, as every column past the line's end does.
        let end = number < lineStarts.count ? lineStarts[number] - 1 : text.utf8.count
        let column = text.utf8.withContiguousStorageIfAvailable { bytes in
            var scalars = 0
            for offset in start..<end where bytes[offset] & 0xC0 != 0x80 {
                if scalars == scalarColumn - 1 { return offset - start + 1 }
                scalars += 1
            }
            return end - start + 1 + (scalarColumn - 1 - scalars)
        }
        return column ?? line(number).map { ColumnConverter.utf8Column(fromScalarColumn: scalarColumn, in: $0) }
    }

    /// Line `number` (1-based) without its line ending, or `nil` past the end.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[number - 1])
        var end =
            number < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[number] - 1) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return text[start..<end]
    }
}
