/// Finds `[[target]]` mentions in a run of text.
///
/// A target is an identifier shaped like `PREFIX-NUMBER` (`US-12`, `KR-3`):
/// a letter, then letters, digits or underscores, a hyphen and 1–18 digits. Other
/// bracketed text is left alone, so `[[not an id]]` is not a mention.
enum WikiMentionScanner {
    /// Each mention's byte offset of the first `[` and its target.
    static func mentions(in bytes: [UInt8]) -> [(offset: Int, target: String)] {
        var found: [(Int, String)] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            if let (target, end) = target(in: bytes, from: index + 2) {
                found.append((index, target))
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The target starting at `start` and the index after its closing `]]`.
    private static func target(in bytes: [UInt8], from start: Int) -> (String, Int)? {
        var index = start
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "_")
        {
            index += 1
        }
        guard index < bytes.count, bytes[index] == UInt8(ascii: "-") else { return nil }
        index += 1
        let digitsStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        // At most 18 digits, as item ids have: a longer number is no id.
        guard index > digitsStart, index - digitsStart <= 18, index + 1 < bytes.count,
            bytes[index] == UInt8(ascii: "]"), bytes[index + 1] == UInt8(ascii: "]")
        else { return nil }
        return (String(decoding: bytes[start..<index], as: UTF8.self), index + 2)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
