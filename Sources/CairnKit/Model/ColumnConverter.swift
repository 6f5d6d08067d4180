/// Converts columns within one line between the units different parties use:
/// UTF-8 bytes (Cairn, cmark-gfm), Unicode scalars (Yams/libyaml) and UTF-16
/// code units (SARIF's default, the Language Server Protocol).
///
/// Columns are 1-based. A column past the end of the line maps past the end
/// in the other unit, one for one.
public enum ColumnConverter {
    /// The UTF-8 byte column of the character at Unicode-scalar column `scalarColumn`.
    public static func utf8Column(fromScalarColumn scalarColumn: Int, in line: Substring) -> Int {
        var offset = 0
        var scalars = 0
        // Every scalar starts with one byte that is not a continuation byte.
        for byte in line.utf8 {
            if byte & 0xC0 != 0x80 {
                if scalars == scalarColumn - 1 { return offset + 1 }
                scalars += 1
            }
            offset += 1
        }
        return offset + 1 + (scalarColumn - 1 - scalars)
    }

    /// The UTF-16 column of the character at UTF-8 byte column `utf8Column`.
    public static func utf16Column(fromUTF8Column utf8Column: Int, in line: Substring) -> Int {
        var bytes = 0
        var units = 0
        for scalar in line.unicodeScalars {
            if bytes >= utf8Column - 1 { return units + 1 }
            bytes += UTF8.width(scalar)
            units += UTF16.width(scalar)
        }
        return units + 1 + max(0, utf8Column - 1 - bytes)
    }

    /// The number of characters (grapheme clusters) before UTF-8 byte column
    /// `utf8Column`: how far a caret must be indented in a terminal.
    public static func characterOffset(ofUTF8Column utf8Column: Int, in line: Substring) -> Int {
        let utf8 = line.utf8
        let limit = min(max(0, utf8Column - 1), utf8.count)
        let endIndex = utf8.index(utf8.startIndex, offsetBy: limit)
        return line[line.startIndex..<endIndex].count
    }
}
