/// A source that shows another source as it will be once a change set is
/// applied: planned writes replace or add files, planned deletions hide them.
///
/// Used to check a backlog before writing anything to disk.
public struct ChangeOverlaySource: BacklogSource {
    public let base: any BacklogSource
    public let changes: ChangeSet

    public init(base: any BacklogSource, changes: ChangeSet) {
        self.base = base
        self.changes = changes
    }

    /// Lists the base's files with the change on top. A folder the base
    /// lacks but the change writes into (`cairn init` creating the backlog)
    /// lists the change's files alone.
    public func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        var entries: [SourceEntry]
        do {
            entries = try base.markdownFiles(under: directory, ignoring: ignore)
                .filter { !changes.deletions.contains($0.path) && changes.writes[$0.path] == nil }
        } catch SourceError.missingDirectory where exists(directory) {
            entries = []
        }
        for (path, bytes) in changes.writes where Self.isListed(path, under: directory, ignoring: ignore) {
            entries.append(SourceEntry(path: path, size: bytes.count))
        }
        return entries.sorted { $0.path < $1.path }
    }

    public func contents(of path: String) throws -> [UInt8]? {
        if changes.deletions.contains(path) { return nil }
        if let bytes = changes.writes[path] { return bytes }
        return try base.contents(of: path)
    }

    public func exists(_ path: String) -> Bool {
        if changes.writes[path] != nil { return true }
        if changes.deletions.contains(path) { return false }
        if changes.writes.keys.contains(where: { $0.hasPrefix(path + "/") }) { return true }
        return base.exists(path)
    }

    /// Whether a listing of `directory` would include `path`: a Markdown file
    /// below it, with no hidden component, not matched by an ignore glob at
    /// any level (globs are relative to `directory`).
    private static func isListed(_ path: String, under directory: String, ignoring ignore: [GlobPattern]) -> Bool {
        guard path.hasSuffix(".md") || path.hasSuffix(".markdown") else { return false }
        let relative: Substring
        if directory.isEmpty {
            relative = Substring(path)
        } else {
            guard path.hasPrefix(directory + "/") else { return false }
            relative = path.dropFirst(directory.count + 1)
        }
        let components = relative.split(separator: "/")
        guard !components.contains(where: { $0.hasPrefix(".") }) else { return false }
        return !components.indices.contains { index in
            let prefix = components[...index].joined(separator: "/")
            return ignore.contains { $0.matches(prefix) }
        }
    }
}
