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
        let touched = changes.touchedPaths
        var after = Backlog(
            source: source, root: before.root, configuration: before.configuration,
            configurationFile: before.configurationFile, configurationProblems: before.configurationProblems,
            files: Self.files(
                of: before, removing: touched.compactMap(before.fileIndex(at:)).sorted(), adding: parsed.files))
        after.parsedPaths = parsed.parsedPaths
        var blobIDs = before.blobIDs
        for path in touched { blobIDs[path] = nil }
        after.blobIDs = blobIDs
        return after
    }

    /// `before`'s files but those at the indices `removed` (ascending),
    /// with `added` (sorted by path, at no path kept) in path order: one
    /// copy of the kept files, taken in runs, without comparing or hashing
    /// their paths.
    private static func files(of before: Backlog, removing removed: [Int], adding added: [ParsedFile])
        -> [ParsedFile]
    {
        let kept = before.files
        let places = added.map { file in kept.partitionPoint { $0.path >= file.path } }
        var files: [ParsedFile] = []
        files.reserveCapacity(kept.count - removed.count + added.count)
        var start = 0
        var (nextAdded, nextRemoved) = (0, 0)
        while true {
            let place = nextAdded < added.count ? places[nextAdded] : kept.count
            let removal = nextRemoved < removed.count ? removed[nextRemoved] : kept.count
            let stop = min(place, removal)
            files.append(contentsOf: kept[start..<stop])
            start = stop
            if nextAdded < added.count, place == stop {
                files.append(added[nextAdded])
                nextAdded += 1
            } else if nextRemoved < removed.count {
                start = stop + 1
                nextRemoved += 1
            } else {
                return files
            }
        }
    }
}

extension Array {
    /// The first index whose element satisfies `belongsToSecondPart`, in an
    /// array where every element that does follows every one that does not.
    fileprivate func partitionPoint(_ belongsToSecondPart: (Element) -> Bool) -> Int {
        var (low, high) = (0, count)
        while low < high {
            let middle = (low + high) / 2
            if belongsToSecondPart(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
