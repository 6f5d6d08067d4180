/// Checks a backlog that differs from a ``CheckBaseline`` in a few files by
/// parsing only those files, and the few their links lead to.
///
/// Rules of the file scope (see ``RuleScope``) run again on the changed
/// files alone; their diagnostics in those files replace the baseline's.
/// Rules of the backlog scope read only structures, and rules of the links
/// scope only outlines. When no changed file's outline differs from the
/// baseline's — the text of a story, its title, its acceptance criteria
/// ticked — their diagnostics are the baseline's as they are. When some
/// outlines differ but no structure does — a status, a priority, a date —
/// the backlog rules' diagnostics are still the baseline's, and the links
/// rules run again for the files whose paths lead to an edited one (see
/// ``LinkedItemsRecheck``), on those files and the files their paths
/// lead to. Anything else is left to the full check: a structure changed
/// (a link, an id, a key added or moved), a file added, removed or
/// renamed, more than one file in 16 changed or to be read, a file
/// rewritten while it was read, or an answer about a path outside the
/// backlog that no longer holds.
struct IncrementalCheck: Sendable {
    let baseline: CheckBaseline
    let loader: BacklogLoader
    let checker: BacklogChecker

    /// How many files checking the links rules again may read, at least,
    /// however small the backlog.
    static let minimumReadLimit = 64

    /// The result for `listing`, whose files are the baseline's, in its
    /// order, with `blobIDs` (see ``CheckFingerprint/blobIDs(of:source:)``),
    /// read from `source`, to be stored under `fingerprint`; `nil` when it
    /// needs the full check.
    func result(
        for listing: BacklogListing, blobIDs: [String?], from source: any BacklogSource,
        fingerprint: CheckFingerprint
    ) -> StoredCheck? {
        guard let changed = changedIndices(of: blobIDs), source.stillAnswers(baseline.existence)
        else { return nil }
        let recording = ExistenceRecordingSource(source)
        let entries = changed.map { listing.entries[$0] }
        let parsed = loader.parse(entries, from: recording, configuration: listing.configuration)
        var edited: Set<Int> = []
        for (index, parse) in zip(changed, parsed) {
            guard parse.blobID == blobIDs[index] else { return nil }
            let digests = CheckBaseline.digests(of: parse.file)
            let before = baseline.digests(at: index)
            guard digests?.outline != before?.outline else { continue }
            guard let digests, let before, digests.structure == before.structure else { return nil }
            edited.insert(index)
        }
        let changedFiles = Dictionary(uniqueKeysWithValues: zip(changed, parsed.map(\.file)))
        let fileRules = checker.rules.filter { $0.description.scope == .file }
        var replaced = [(rules: Set(fileRules.map(\.description.id)), paths: Set(entries.map(\.path)))]
        var found = BacklogChecker(rules: fileRules, today: checker.today).check(
            backlog(of: parsed.map(\.file), listing: listing, source: recording))
        if !edited.isEmpty {
            guard
                let linked = recheckLinkedItems(
                    edited: edited, changedFiles: changedFiles, listing: listing, blobIDs: blobIDs,
                    source: recording)
            else { return nil }
            replaced.append((linked.rules, linked.paths))
            found += linked.diagnostics
        }
        let kept = baseline.diagnostics.filter { diagnostic in
            !replaced.contains { $0.rules.contains(diagnostic.rule) && $0.paths.contains(diagnostic.file) }
        }
        return StoredCheck(
            fingerprint: fingerprint,
            existence: baseline.existence.merging(recording.recordedAnswers) { _, now in now },
            pathsWithoutItem: listing.entries.indices.filter { !baseline.hasItem(at: $0) }.map {
                listing.entries[$0].path
            },
            pathsWithoutText: listing.entries.indices.filter {
                !(changedFiles[$0]?.hasText ?? baseline.hasText(at: $0))
            }
            .map { listing.entries[$0].path },
            diagnostics: (kept + found).sorted(by: Diagnostic.presentationOrder))
    }

    /// The rules of the links scope run again for the files whose paths
    /// lead to one of `edited`: their ids, those files' paths, and what
    /// the rules report there; `nil` when the baseline's links cannot be
    /// read or more files would have to be read than the limit allows.
    private func recheckLinkedItems(
        edited: Set<Int>, changedFiles: [Int: ParsedFile], listing: BacklogListing, blobIDs: [String?],
        source: any BacklogSource
    ) -> (rules: Set<String>, paths: Set<String>, diagnostics: [Diagnostic])? {
        let rules = checker.rules.filter {
            guard case .links = $0.description.scope else { return false }
            return true
        }
        guard let links = baseline.links() else { return nil }
        let recheck = LinkedItemsRecheck(links: links, rules: rules)
        let affected = recheck.affected(by: edited)
        let read = recheck.read(checking: affected)
        guard read.count <= max(Self.minimumReadLimit, baseline.fileCount / 16) else { return nil }
        let unread = read.filter { changedFiles[$0] == nil }.sorted()
        let parsed = loader.parse(
            unread.map { listing.entries[$0] }, from: source, configuration: listing.configuration)
        var files = changedFiles.filter { read.contains($0.key) }
        for (index, parse) in zip(unread, parsed) {
            guard parse.blobID == blobIDs[index] else { return nil }
            files[index] = parse.file
        }
        let paths = Set(affected.map { listing.entries[$0].path })
        let diagnostics = BacklogChecker(rules: rules, today: checker.today).check(
            backlog(of: files.keys.sorted().compactMap { files[$0] }, listing: listing, source: source))
        return (Set(rules.map(\.description.id)), paths, diagnostics.filter { paths.contains($0.file) })
    }

    /// A backlog of `files` alone, under the listing's configuration.
    private func backlog(of files: [ParsedFile], listing: BacklogListing, source: any BacklogSource) -> Backlog {
        Backlog(
            source: source, root: listing.root, configuration: listing.configuration,
            configurationFile: listing.configurationFile, configurationProblems: listing.configurationProblems,
            files: files)
    }

    /// The indices of the files whose blob differs from the baseline's,
    /// given each file's blob id in the baseline's order (see
    /// ``CheckResultStore/baselines(for:today:)``); `nil` when a file has no
    /// blob id, or when more than one in 16 changed.
    private func changedIndices(of blobIDs: [String?]) -> [Int]? {
        guard blobIDs.count == baseline.fileCount else { return nil }
        var changed: [Int] = []
        for index in blobIDs.indices {
            guard let blobID = blobIDs[index] else { return nil }
            guard !baseline.hasBlobID(blobID, at: index) else { continue }
            changed.append(index)
            guard changed.count * 16 <= baseline.fileCount else { return nil }
        }
        return changed
    }
}
