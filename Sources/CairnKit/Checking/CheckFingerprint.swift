import CairnGit

/// Everything a check's diagnostics depend on, condensed into one SHA-1:
/// the configuration's hash (which covers `cairn.yml`, the backlog root and
/// the rules Cairn knows), the day date rules judge against, and every
/// backlog file's path and git blob id. Cairn's own version is part of the
/// store's file (see ``CheckResultStore``); what rules learn from outside
/// the backlog (whether a linked file exists) is recorded with the result.
///
/// A backlog with a file that has no blob id — unreadable, too large, a
/// link leaving the repository — has no fingerprint, and is always checked
/// in full.
struct CheckFingerprint: Hashable, Sendable {
    /// The SHA-1, in hexadecimal.
    let id: String

    /// The fingerprint of `listing` before it is loaded, from the files'
    /// ``blobIDs(of:source:)``.
    static func of(_ listing: BacklogListing, blobIDs: [String?], today: CalendarDate?) -> CheckFingerprint? {
        of(
            paths: listing.entries.map(\.path), blobIDs: blobIDs, configurationHash: listing.configurationHash,
            today: today)
    }

    /// The blob id of each file of `listing`: as the source told it, or
    /// else read from `source` and hashed, as the loader would; `nil` for a
    /// file that cannot be read or is too large.
    static func blobIDs(of listing: BacklogListing, source: any BacklogSource) -> [String?] {
        let limit = listing.configuration.maxFileSize
        let known = listing.entries.map(\.blobID)
        guard known.contains(nil) else { return known }
        return ParallelMap.map(listing.entries) { entry -> String? in
            if let blobID = entry.blobID { return blobID }
            guard entry.problem == nil, (entry.size ?? 0) <= limit,
                let bytes = try? source.contents(of: entry.path), bytes.count <= limit
            else { return nil }
            return GitBlobHasher.blobID(of: bytes)
        }
    }

    /// The fingerprint of the files `backlog` was loaded from, as the
    /// loader hashed them (``Backlog/blobIDs``), so that a file changed
    /// while it was being checked is stored under what was checked.
    static func of(_ backlog: Backlog, configurationHash: UInt64, today: CalendarDate?) -> CheckFingerprint? {
        let paths = backlog.files.map(\.path)
        return of(
            paths: paths, blobIDs: paths.map { backlog.blobIDs[$0] }, configurationHash: configurationHash,
            today: today)
    }

    private static func of(
        paths: [String], blobIDs: [String?], configurationHash: UInt64, today: CalendarDate?
    ) -> CheckFingerprint? {
        var writer = CacheBinaryWriter()
        writer.fixed(configurationHash)
        writer.optionalString(today?.description)
        writer.unsigned(UInt64(paths.count))
        for (path, blobID) in zip(paths, blobIDs) {
            guard let blobID else { return nil }
            writer.string(path)
            writer.string(blobID)
        }
        return GitBlobHasher.blobID(of: writer.bytes).map(CheckFingerprint.init(id:))
    }
}
