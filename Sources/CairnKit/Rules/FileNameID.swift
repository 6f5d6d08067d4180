/// The id a file name starts with, for `id-filename-mismatch` and for hints
/// that propose an id (`US-12-pay-with-apple-pay.md` → `US-12`).
enum FileNameID {
    /// The file name of `path`: what follows the last `/`.
    static func fileName(of path: String) -> Substring {
        guard let slash = lastSlash(in: path) else { return Substring(path) }
        return path[path.index(after: slash)...]
    }

    /// The folder of `path` with a trailing `/`, or nothing for a top-level file.
    static func folder(of path: String) -> Substring {
        guard let slash = lastSlash(in: path) else { return "" }
        return path[...slash]
    }

    /// The last `/` byte: the separator as the file system and git see it
    /// (even before a combining mark), found without the grapheme breaking
    /// that a search by character made `id-filename-mismatch` pay on every file.
    /// Scans the bytes in place: `String.UTF8View.lastIndex(of:)` steps
    /// back one index at a time.
    private static func lastSlash(in path: String) -> String.Index? {
        let utf8 = path.utf8
        let offset =
            utf8.withContiguousStorageIfAvailable { $0.lastIndex(of: UInt8(ascii: "/")) }
            ?? utf8.lastIndex(of: UInt8(ascii: "/")).map { utf8.distance(from: utf8.startIndex, to: $0) }
        return offset.map { utf8.index(utf8.startIndex, offsetBy: $0) }
    }

    /// The number that ASCII `digits` write; `nil` for none or too many.
    private static func value(ofDigits digits: Substring.UTF8View.SubSequence) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for digit in digits {
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = shifted.addingReportingOverflow(Int(digit - UInt8(ascii: "0")))
            guard !overflow, !carry else { return nil }
            value = sum
        }
        return value
    }

    /// The id a file name starts with, and its text: `PREFIX-NUMBER` up to
    /// the next `-` or `.` (`US-12-pay.md`, `US-12.md`), as ``ItemID`` reads it.
    static func leadingID(of name: Substring) -> (text: Substring, id: ItemID)? {
        let base = name.prefix { $0 != "." }
        let parts = base.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        let text = name[parts[0].startIndex..<parts[1].endIndex]
        return ItemID(text).map { (text, $0) }
    }

    /// Whether `name` surely starts with `id` as ``leadingID(of:)`` reads
    /// it, followed by `-` or by nothing but `.md` or `.markdown`: the usual
    /// case, told from bytes without the grapheme breaking of the full
    /// reading. After the `-` comes the end or an ASCII byte, so that a
    /// combining mark cannot join the `-` into another character; `false`
    /// only means the full reading must decide.
    static func startsWith(_ id: ItemID, _ name: Substring) -> Bool {
        let nameBytes = name.utf8
        guard nameBytes.starts(with: id.prefix.utf8) else { return false }
        var rest = nameBytes.dropFirst(id.prefix.utf8.count)
        guard rest.popFirst() == UInt8(ascii: "-") else { return false }
        let digits = rest.prefix(while: isASCIIDigit)
        guard digits.first != UInt8(ascii: "0") || digits.count == 1, value(ofDigits: digits) == id.number else {
            return false
        }
        rest = rest[digits.endIndex...]
        if rest.first == UInt8(ascii: "-") { return rest.dropFirst().first.map { $0 < 0x80 } ?? true }
        return rest.elementsEqual(".md".utf8) || rest.elementsEqual(".markdown".utf8)
    }

    /// ``leadingID(of:)``'s id, read from a name's UTF-8 bytes without making
    /// a string: the branch walk of id allocation sees the same names on
    /// hundreds of branches. An id is ASCII, so any other byte ends the match.
    static func leadingID(ofUTF8 name: UnsafeBufferPointer<UInt8>) -> ItemID? {
        let hyphen = UInt8(ascii: "-")
        let dot = UInt8(ascii: ".")
        guard let prefixEnd = name.firstIndex(where: { $0 == hyphen || $0 == dot }), name[prefixEnd] == hyphen,
            prefixEnd > 0, isASCIILetter(name[0]),
            name[..<prefixEnd].allSatisfy({ isASCIILetter($0) || isASCIIDigit($0) || $0 == UInt8(ascii: "_") })
        else { return nil }
        let digitsStart = prefixEnd + 1
        let digitsEnd = name[digitsStart...].firstIndex { $0 == hyphen || $0 == dot } ?? name.endIndex
        let digitCount = digitsEnd - digitsStart
        guard digitCount >= 1, digitCount <= 18, name[digitsStart..<digitsEnd].allSatisfy(isASCIIDigit) else {
            return nil
        }
        let number = name[digitsStart..<digitsEnd].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        return ItemID(prefix: String(decoding: name[..<prefixEnd], as: UTF8.self), number: number)
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isASCIIDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
