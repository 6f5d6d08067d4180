/// The backlog as a change set will leave it, built from a backlog loaded
/// moments before: its files that the change leaves alone are taken as
/// they are, and only the files the change writes are read (from the
/// change) and parsed. Validating a change this way reads, lists and
/// copies nothing the change does not touch.
///
/// Only for changes that leave the configuration alone: every file is
/// parsed under the configuration, so a change to `cairn.yml` needs a full
/// load (see ``touchesConfiguration(_:of:)``).
struct ChangedBacklog {
    let loader: BacklogLoader

    /// Whether `changes` writes or deletes the configuration `before` was
    /// loaded with, or a file that could become one.
    static func touchesConfiguration(_ changes: ChangeSet, of before: Backlog) -> Bool {
        changes.touchedPaths.contains { path in
            path == before.configurationPath || BacklogLoader.configurationCandidates.contains(path)
                || path.hasSuffix("/cairn.yml")
        }
    }

    /// `before` with `changes` applied, read through `source` (`before`'s
    /// source with the change on top). The written files are listed as a
    /// walk would list them: Markdown files under the backlog root that no
    /// ignore pattern matches.
    func applying(_ changes: ChangeSet, to before: Backlog, source: any BacklogSource) -> Backlog {
        let rules = BacklogListingRules(backlogPrefix: before.root, ignore: before.configuration.ignore)
        let written = changes.writes.filter { rules.lists($0.key) }
            .map { SourceEntry(path: $0.key, size: $0.value.count) }
            .sorted { $0.path < $1.path }
        let listing = BacklogListing(
            configuration: before.configuration, configurationFile: before.configurationFile,
            configurationProblems: before.configurationProblems, root: before.root, entries: written,
            configurationHash: 0)
        let parsed = loader.load(listing, from: source)
        let touched = Set(changes.touchedPaths)
        let kept = before.files.filter { !touched.contains($0.path) }
        var after = Backlog(
            source: source, root: before.root, configuration: before.configuration,
            configurationFile: before.configurationFile, configurationProblems: before.configurationProblems,
            files: Self.merged(kept, parsed.files))
        after.parsedPaths = parsed.parsedPaths
        var blobIDs = before.blobIDs
        for path in touched { blobIDs[path] = nil }
        after.blobIDs = blobIDs
        return after
    }

    /// Two lists of files, each sorted by path and with no path in both,
    /// as one sorted list.
    private static func merged(_ first: [ParsedFile], _ second: [ParsedFile]) -> [ParsedFile] {
        guard !second.isEmpty else { return first }
        var files: [ParsedFile] = []
        files.reserveCapacity(first.count + second.count)
        var rest = second[...]
        for file in first {
            while let next = rest.first, next.path < file.path {
                files.append(next)
                rest.removeFirst()
            }
            files.append(file)
        }
        files.append(contentsOf: rest)
        return files
    }
}
