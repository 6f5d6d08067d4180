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
        let rules = BacklogListingRules(backlogPrefix: directory, ignore: ignore)
        for (path, bytes) in changes.writes where rules.lists(path) {
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
}
