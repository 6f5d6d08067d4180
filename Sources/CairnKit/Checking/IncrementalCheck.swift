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
/// lead to. When structures differ but no id or kind does — a link added
/// or removed, a mention, a key added — the backlog rules' diagnostics
/// stay the baseline's if they still say nothing of the edited items (see
/// ``RelinkedItems``), and the links rules run again as for a status, along
/// the links before and after the edit. Anything else is left to the full
/// check: an id or kind changed, an edit the backlog rules have something
/// to say about, a reference to an id more than one file carries among the
/// files read, a file added, removed or renamed, more than one file in 16
/// changed, more files to read than ``readLimit`` allows, a file rewritten
/// while it was read, or an answer about a path outside the backlog that
/// no longer holds.
struct IncrementalCheck: Sendable {
    let baseline: CheckBaseline
    let loader: BacklogLoader
    let checker: BacklogChecker

    /// How many files ``readLimit`` allows at least, however small the backlog.
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
        var relinked: Set<Int> = []
        for (index, parse) in zip(changed, parsed) {
            guard parse.blobID == blobIDs[index] else { return nil }
            let summary = CheckBaseline.summary(of: parse.file)
            let before = baseline.summary(at: index)
            guard summary?.outline != before?.outline else { continue }
            guard let summary, let before, summary.id == before.id, summary.kind == before.kind else { return nil }
            edited.insert(index)
            if summary.structure != before.structure { relinked.insert(index) }
        }
        let changedFiles = Dictionary(uniqueKeysWithValues: zip(changed, parsed.map(\.file)))
        let fileRules = checker.rules.filter { $0.description.scope == .file }
        var replaced = [(rules: Set(fileRules.map(\.description.id)), paths: Set(entries.map(\.path)))]
        var found = BacklogChecker(rules: fileRules, today: checker.today).check(
            backlog(of: parsed.map(\.file), listing: listing, source: recording))
        if !edited.isEmpty {
            guard
                let linked = recheckLinkedItems(
                    edited: edited, relinked: relinked, changedFiles: changedFiles, listing: listing,
                    blobIDs: blobIDs, source: recording)
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
    /// lead to one of `edited`, before or after the edit of the links of
    /// `relinked`: their ids, those files' paths, and what the rules report
    /// there; `nil` when the baseline's links cannot be read, the edit of
    /// `relinked` needs the full check (see ``RelinkedItems``), or more
    /// files would have to be read than the limit allows.
    private func recheckLinkedItems(
        edited: Set<Int>, relinked: Set<Int>, changedFiles: [Int: ParsedFile], listing: BacklogListing,
        blobIDs: [String?], source: any BacklogSource
    ) -> (rules: Set<String>, paths: Set<String>, diagnostics: [Diagnostic])? {
        let rules = checker.rules.filter {
            guard case .links = $0.description.scope else { return false }
            return true
        }
        guard let before = baseline.links() else { return nil }
        var files = changedFiles
        var after = before
        if !relinked.isEmpty {
            let check = RelinkedItems(
                baseline: baseline, rules: checker.rules.filter { $0.description.scope == .backlog },
                today: checker.today)
            guard let named = check.namedFiles(by: relinked, items: changedFiles.compactMapValues(\.item)),
                named.count <= readLimit, read(named, into: &files, listing: listing, blobIDs: blobIDs, source: source)
            else { return nil }
            let involved = relinked.union(named).sorted()
            guard
                let links = check.links(
                    after: relinked, before: before,
                    backlog: backlog(of: involved.compactMap { files[$0] }, listing: listing, source: source),
                    files: involved)
            else { return nil }
            after = links
        }
        let recheck = LinkedItemsRecheck(links: after, rules: rules)
        var affected = recheck.affected(by: edited)
        if !relinked.isEmpty {
            affected.formUnion(LinkedItemsRecheck(links: before, rules: rules).affected(by: edited))
        }
        let needed = recheck.read(checking: affected)
        guard needed.count <= readLimit, read(needed, into: &files, listing: listing, blobIDs: blobIDs, source: source)
        else { return nil }
        // A backlog of a few files could resolve a duplicated id to another of its carriers.
        let neededFiles = needed.sorted().compactMap { files[$0] }
        guard !neededFiles.contains(where: { $0.item.map(baseline.namesDuplicatedID) ?? false }) else { return nil }
        let paths = Set(affected.map { listing.entries[$0].path })
        let diagnostics = BacklogChecker(rules: rules, today: checker.today).check(
            backlog(of: neededFiles, listing: listing, source: source))
        return (Set(rules.map(\.description.id)), paths, diagnostics.filter { paths.contains($0.file) })
    }

    /// How many files the check may read for the items the edited ones
    /// name, and again for the links rules: one in 16, at least
    /// ``minimumReadLimit``.
    private var readLimit: Int { max(Self.minimumReadLimit, baseline.fileCount / 16) }

    /// Parses those of `indices` that `files` lacks into it; `false` when
    /// one's blob is no longer the one listed (the file was rewritten).
    private func read(
        _ indices: Set<Int>, into files: inout [Int: ParsedFile], listing: BacklogListing, blobIDs: [String?],
        source: any BacklogSource
    ) -> Bool {
        let unread = indices.filter { files[$0] == nil }.sorted()
        let parsed = loader.parse(
            unread.map { listing.entries[$0] }, from: source, configuration: listing.configuration)
        for (index, parse) in zip(unread, parsed) {
            guard parse.blobID == blobIDs[index] else { return false }
            files[index] = parse.file
        }
        return true
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
