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

    /// The id a file name starts with, and its text: `PREFIX-NUMBER` up to
    /// the next `-` or `.` (`US-12-pay.md`, `US-12.md`), as ``ItemID`` reads it.
    static func leadingID(of name: Substring) -> (text: Substring, id: ItemID)? {
        let base = name.prefix { $0 != "." }
        let parts = base.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        let text = name[parts[0].startIndex..<parts[1].endIndex]
        return ItemID(text).map { (text, $0) }
    }
}
