/// The id a file name starts with, for `id-filename-mismatch` and for hints
/// that propose an id (`US-12-pay-with-apple-pay.md` → `US-12`).
enum FileNameID {
    /// The file name of `path`: what follows the last `/`.
    static func fileName(of path: String) -> Substring {
        path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
    }

    /// The folder of `path` with a trailing `/`, or nothing for a top-level file.
    static func folder(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[...slash]
    }

    /// The leading id-shaped text of `name` (letters, digits or underscores
    /// after a letter, a hyphen, digits) and the id it spells, when it is
    /// followed by `-`, `.` or nothing.
    static func leadingID(of name: Substring) -> (text: Substring, id: ItemID)? {
        let scalars = name.unicodeScalars
        var index = scalars.startIndex
        guard index < scalars.endIndex, isLetter(scalars[index]) else { return nil }
        while index < scalars.endIndex, isLetter(scalars[index]) || isDigit(scalars[index]) || scalars[index] == "_" {
            index = scalars.index(after: index)
        }
        guard index < scalars.endIndex, scalars[index] == "-" else { return nil }
        index = scalars.index(after: index)
        let digitsStart = index
        while index < scalars.endIndex, isDigit(scalars[index]) { index = scalars.index(after: index) }
        guard index > digitsStart else { return nil }
        if index < scalars.endIndex, scalars[index] != "-", scalars[index] != "." { return nil }
        let text = name[name.startIndex..<index]
        return ItemID(text).map { (text, $0) }
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
