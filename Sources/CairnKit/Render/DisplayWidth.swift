/// How many terminal cells text takes, for aligning columns: most characters
/// take one, East Asian wide and fullwidth characters and emoji take two,
/// combining marks and other zero-width characters none.
///
/// A small table of the wide blocks (those of `wcwidth`) rather than a
/// library: no Swift package on this machine's mirror measures display
/// width, and the board only needs to pad and cut single-line, already
/// escaped titles. Each grapheme cluster is measured once, so a base letter
/// with its combining marks, a flag or a family emoji counts as one glyph.
enum DisplayWidth {
    /// The cells `text` takes. Control characters must be escaped first.
    static func of(_ text: some StringProtocol) -> Int {
        // Printable ASCII takes one cell a byte. Most titles are just that,
        // and splitting them into grapheme clusters and asking each for its
        // Unicode properties costs ten times as much.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The cells one grapheme cluster takes: 0, 1 or 2.
    static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let base = scalars.first(where: { !isZeroWidth($0) }) else { return 0 }
        if base.properties.isEmojiPresentation || scalars.contains("\u{FE0F}") || isWide(base) { return 2 }
        return 1
    }

    /// `text` cut to at most `width` cells: when it is wider, the longest
    /// prefix that leaves room for `…`, without trailing spaces, then `…`.
    static func truncated(_ text: String, to width: Int) -> String {
        guard of(text) > width else { return text }
        guard width > 0 else { return "" }
        var end = text.startIndex
        var used = 0
        for index in text.indices {
            let cells = of(text[index])
            guard used + cells <= width - 1 else { break }
            used += cells
            end = text.index(after: index)
        }
        var kept = text[..<end]
        while kept.last?.isWhitespace == true { kept.removeLast() }
        return kept + "…"
    }

    /// `text` followed by spaces up to `width` cells.
    static func padded(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return (0x1160...0x11FF).contains(scalar.value)
        }
    }

    /// The East Asian Wide and Fullwidth blocks.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18AFF, 0x1B000...0x1B2FF,
        0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        wideRanges.contains { $0.contains(scalar.value) }
    }
}
