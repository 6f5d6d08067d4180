/// Runs `cairn check` on a source: the result stored for the same files,
/// configuration and date when ``CheckResultStore`` holds one; otherwise,
/// when the files differ from the store's baseline in a few files whose
/// items kept their ids and kinds, those files checked again, with the
/// few their links lead to (see ``IncrementalCheck``); otherwise a full
/// load (through the parse cache, when given) and check, whose result and
/// baseline are then stored.
public struct CheckRunner: Sendable {
    public let checker: BacklogChecker
    /// The parse cache to read and write; `nil` to parse every file.
    public let parseCache: ParseCacheStore?
    /// Where results are looked up and stored; `nil` to check in full.
    public let results: CheckResultStore?
    public let loader: BacklogLoader

    public init(
        checker: BacklogChecker, parseCache: ParseCacheStore?, results: CheckResultStore?,
        loader: BacklogLoader = BacklogLoader()
    ) {
        self.checker = checker
        self.parseCache = parseCache
        self.results = results
        self.loader = loader
    }

    /// What a check found, with what is needed to show it.
    public struct Outcome: Sendable {
        /// The diagnostics in scope and their summary.
        public var report: CheckReport
        /// The text of the files the diagnostics point into.
        public var sources: SourceLookup
        /// The backlog loaded; `nil` when it was not loaded whole (the
        /// result was stored, or checked again from the baseline).
        public var backlog: Backlog?
    }

    /// Checks the backlog `source` holds (at `root`, or where the
    /// configuration says) and reports on the files in `scopes` (see
    /// ``BacklogChecker/report(on:scopes:)``). Throws what
    /// ``BacklogLoader/listing(from:root:)`` throws.
    public func check(_ source: any BacklogSource, root: String?, scopes: [String]) throws -> Outcome {
        let listing = try loader.listing(from: source, root: root)
        let blobIDs = results.map { _ in CheckFingerprint.blobIDs(of: listing, source: source) }
        var previousBaseline: CheckBaseline?
        if let results, let blobIDs,
            let fingerprint = CheckFingerprint.of(listing, blobIDs: blobIDs, today: checker.today)
        {
            if let stored = results.result(for: fingerprint), stored.holds(in: source) {
                return Self.outcome(of: stored, listing: listing, source: source, scopes: scopes)
            }
            let baselines = results.baselines(for: listing, today: checker.today)
            if let baseline = baselines.matching,
                let rechecked = IncrementalCheck(baseline: baseline, loader: loader, checker: checker).result(
                    for: listing, blobIDs: blobIDs, from: source, fingerprint: fingerprint)
            {
                results.store(rechecked)
                return Self.outcome(of: rechecked, listing: listing, source: source, scopes: scopes)
            }
            previousBaseline = baselines.matching ?? baselines.latest
        }
        let recording = results.map { _ in ExistenceRecordingSource(source) }
        let backlog = loader.load(listing, from: recording ?? source, cache: parseCache)
        let diagnostics = checker.check(backlog)
        let files = backlog.files.map { (path: $0.path, hasItem: $0.item != nil) }
        if let results, let recording,
            let fingerprint = CheckFingerprint.of(
                backlog, configurationHash: listing.configurationHash, today: checker.today)
        {
            results.store(
                StoredCheck(
                    fingerprint: fingerprint, existence: recording.recordedAnswers,
                    pathsWithoutItem: files.filter { !$0.hasItem }.map(\.path),
                    pathsWithoutText: backlog.files.filter { !$0.hasText }.map(\.path),
                    diagnostics: diagnostics))
            if let baseline = CheckBaseline(
                backlog: backlog, existence: recording.recordedAnswers, diagnostics: diagnostics,
                previous: previousBaseline)
            {
                results.storeBaseline(baseline, configurationHash: listing.configurationHash, today: checker.today)
            }
        }
        return Outcome(
            report: CheckReport(diagnostics: diagnostics, files: files, scopes: scopes),
            sources: SourceLookup(backlog: backlog), backlog: backlog)
    }

    /// The listing's files, each with whether it holds an item, given the
    /// paths of those that do not — in listing order, as every check
    /// stores them, so that they are matched in one pass rather than
    /// hashed (100,000 paths hashed were ~4 % of a stored check); a set
    /// answers if they are not.
    static func files(of listing: BacklogListing, withoutItem: [String]) -> [(path: String, hasItem: Bool)] {
        var next = 0
        let files = listing.entries.map { entry -> (path: String, hasItem: Bool) in
            guard next < withoutItem.count, withoutItem[next] == entry.path else { return (entry.path, true) }
            next += 1
            return (entry.path, false)
        }
        guard next < withoutItem.count else { return files }
        let unmatched = Set(withoutItem)
        return listing.entries.map { ($0.path, !unmatched.contains($0.path)) }
    }

    private static func outcome(
        of stored: StoredCheck, listing: BacklogListing, source: any BacklogSource, scopes: [String]
    ) -> Outcome {
        let withoutText = Set(stored.pathsWithoutText)
        let files = Self.files(of: listing, withoutItem: stored.pathsWithoutItem)
        let configurationFile = listing.configurationFile
        let texts = SourceTextMemo()
        let sources = SourceLookup { path in
            if let configurationFile, configurationFile.path == path { return configurationFile.source }
            return withoutText.contains(path) ? nil : texts.text(of: path, in: source)
        }
        return Outcome(
            report: CheckReport(diagnostics: stored.diagnostics, files: files, scopes: scopes), sources: sources,
            backlog: nil)
    }
}
