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
