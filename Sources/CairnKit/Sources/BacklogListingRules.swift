/// What a listing of the backlog holds, the same for every source (the
/// working tree, a git snapshot, a planned change): Markdown files below the
/// backlog directory, no hidden entry, nothing an ignore glob matches at any
/// level (globs are relative to the backlog directory).
struct BacklogListingRules: Sendable {
    /// The backlog directory relative to the repository root.
    let backlogPrefix: String
    let ignore: [GlobPattern]

    /// Whether `path` names a Markdown file: ends in `.md` or `.markdown`,
    /// compared by characters.
    static func isMarkdown(_ path: some StringProtocol) -> Bool {
        hasASCIISuffix(path, ".md") || hasASCIISuffix(path, ".markdown")
    }

    /// Whether an entry named `name` is hidden (`.git`, editor swap
    /// folders): its first character is `.`.
    static func isHidden(_ name: some StringProtocol) -> Bool {
        var bytes = name.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: ".") else { return false }
        // An ASCII byte (or nothing) after the dot ends its character;
        // anything else may combine with it, and characters decide.
        guard let next = bytes.next(), next >= 0x80 else { return true }
        return name.hasPrefix(".")
    }

    /// `text.hasSuffix(suffix)` for an ASCII `suffix`, comparing bytes
    /// where that gives the same answer: characters equal to ASCII ones
    /// are those bytes, and an ASCII byte (or nothing) before the suffix
    /// means a character starts where the suffix does.
    private static func hasASCIISuffix(_ text: some StringProtocol, _ suffix: StaticString) -> Bool {
        let suffixBytes = UnsafeBufferPointer(start: suffix.utf8Start, count: suffix.utf8CodeUnitCount)
        let bytes = text.utf8
        let count = bytes.count
        guard count >= suffixBytes.count,
            bytes[bytes.index(bytes.startIndex, offsetBy: count - suffixBytes.count)...].elementsEqual(suffixBytes)
        else { return false }
        guard count > suffixBytes.count,
            bytes[bytes.index(bytes.startIndex, offsetBy: count - suffixBytes.count - 1)] >= 0x80
        else { return true }
        return text.hasSuffix(String(decoding: suffixBytes, as: UTF8.self))
    }

    /// Whether an ignore glob matches `relative` (a path relative to the
    /// repository root, at or below the backlog directory).
    func isIgnored(_ relative: String) -> Bool {
        guard !ignore.isEmpty else { return false }
        let withinBacklog = backlogPrefix.isEmpty ? relative : String(relative.dropFirst(backlogPrefix.count + 1))
        return ignore.contains { $0.matches(withinBacklog) }
    }

    /// Whether a walk of the backlog directory would list the file `path`:
    /// for a file that exists in no walked source yet.
    func lists(_ path: String) -> Bool {
        guard Self.isMarkdown(path), backlogPrefix.isEmpty || path.hasPrefix(backlogPrefix + "/") else {
            return false
        }
        let start =
            backlogPrefix.isEmpty ? path.startIndex : path.index(path.startIndex, offsetBy: backlogPrefix.count + 1)
        var end = start
        while end < path.endIndex {
            let slash = path[end...].firstIndex(of: "/") ?? path.endIndex
            if Self.isHidden(path[end..<slash]) || isIgnored(String(path[..<slash])) { return false }
            end = slash == path.endIndex ? slash : path.index(after: slash)
        }
        return true
    }
}
