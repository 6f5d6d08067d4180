/// A source whose listing of one backlog is already known: the files of a
/// backlog loaded from it moments before. Validating a change lists the
/// backlog again through a ``ChangeOverlaySource``; answering that from the
/// loaded files saves walking and stat-ing every file a second time.
///
/// Any other listing (another folder, other ignore patterns, as when the
/// change edits `cairn.yml`) and every read go to the base source.
struct ListedBacklogSource: BacklogSource {
    let base: any BacklogSource
    /// The folder and ignore patterns the known listing answers.
    let root: String
    let ignore: [GlobPattern]
    /// The listing, sorted by path as ``BacklogSource`` lists.
    let entries: [SourceEntry]

    /// The listing `backlog` was loaded from, over `backlog.source`: each
    /// file's path, with the blob id the load knew or computed.
    init(listing backlog: Backlog) {
        base = backlog.source
        root = backlog.root
        ignore = backlog.configuration.ignore
        entries = backlog.files.map { SourceEntry(path: $0.path, blobID: backlog.blobIDs[$0.path]) }
    }

    func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        guard directory == root, ignore == self.ignore else {
            return try base.markdownFiles(under: directory, ignoring: ignore)
        }
        return entries
    }

    func contents(of path: String) throws -> [UInt8]? {
        try base.contents(of: path)
    }

    func exists(_ path: String) -> Bool {
        base.exists(path)
    }
}
