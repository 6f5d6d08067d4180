/// What a listing of the backlog holds, the same for every source (the
/// working tree, a git snapshot, a planned change): Markdown files below the
/// backlog directory, no hidden entry, nothing an ignore glob matches at any
/// level (globs are relative to the backlog directory).
struct BacklogListingRules: Sendable {
    /// The backlog directory relative to the repository root.
    let backlogPrefix: String
    let ignore: [GlobPattern]

    /// Whether `path` names a Markdown file.
    ///
    /// Compared by bytes, as file systems and git see names, and cheaply,
    /// since this runs for every entry of every listing: `hasSuffix`
    /// compares Characters, and would not see the suffix of `x\u{600}.md`,
    /// whose dot joins the prepended mark before it in one Character.
    static func isMarkdown(_ path: some StringProtocol) -> Bool {
        let reversed = path.utf8.reversed()
        return reversed.starts(with: "dm.".utf8) || reversed.starts(with: "nwodkram.".utf8)
    }

    /// Whether an entry named `name` is hidden (`.git`, editor swap folders).
    static func isHidden(_ name: some StringProtocol) -> Bool {
        name.utf8.first == UInt8(ascii: ".")
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
