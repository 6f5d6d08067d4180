/// Checks a backlog that differs from a ``CheckBaseline`` in a few files by
/// parsing only those files.
///
/// Rules of the file scope (see ``RuleScope``) run again on the changed
/// files alone; their diagnostics in those files replace the baseline's.
/// Rules of the backlog scope read only outlines, so when no changed
/// file's outline differs from the baseline's, their diagnostics are the
/// baseline's as they are. This is the common edit — the text of a story,
/// its acceptance criteria ticked — and it costs a few files' parse instead
/// of loading the backlog. Anything else is left to the full check: an
/// outline changed (a field, an id, a mention moved), a file added,
/// removed or renamed, more than one file in 16 changed, a changed file
/// rewritten while it was read, or an answer about a path outside the
/// backlog that no longer holds.
struct IncrementalCheck: Sendable {
    let baseline: CheckBaseline
    let loader: BacklogLoader
    let checker: BacklogChecker

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
        for (index, parse) in zip(changed, parsed) {
            guard parse.blobID == blobIDs[index], CheckBaseline.outline(of: parse.file) == baseline.outline(at: index)
            else { return nil }
        }
        let changedHasText = Dictionary(uniqueKeysWithValues: zip(changed, parsed.map(\.file.hasText)))
        let changedBacklog = Backlog(
            source: recording, root: listing.root, configuration: listing.configuration,
            configurationFile: listing.configurationFile, configurationProblems: listing.configurationProblems,
            files: parsed.map(\.file))
        let fileRules = checker.rules.filter { $0.description.scope == .file }
        let rechecked = Set(fileRules.map(\.description.id))
        let changedPaths = Set(entries.map(\.path))
        let kept = baseline.diagnostics.filter { !(rechecked.contains($0.rule) && changedPaths.contains($0.file)) }
        let found = BacklogChecker(rules: fileRules, today: checker.today).check(changedBacklog)
        return StoredCheck(
            fingerprint: fingerprint,
            existence: baseline.existence.merging(recording.recordedAnswers) { _, now in now },
            pathsWithoutItem: listing.entries.indices.filter { !baseline.hasItem(at: $0) }.map {
                listing.entries[$0].path
            },
            pathsWithoutText: listing.entries.indices.filter { !(changedHasText[$0] ?? baseline.hasText(at: $0)) }.map {
                listing.entries[$0].path
            },
            diagnostics: (kept + found).sorted(by: Diagnostic.presentationOrder))
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
