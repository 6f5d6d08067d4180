import CairnGit

/// Finds the configuration, lists and parses every file, and builds the
/// graph. Throws only when the backlog cannot be read at all (its directory
/// is missing); every problem with a single file becomes part of the result.
///
/// Files are read and parsed on all cores. With a ``ParseCacheStore``, a
/// file whose blob id the cache holds for its path is taken from the cache
/// instead; the cache is then rewritten with this run's files. A loaded
/// backlog keeps no file texts (``Backlog/sourceText(of:)`` reads them when
/// asked), so that memory grows with the items, not with the bytes.
public struct BacklogLoader: Sendable {
    /// Rule ids that `cairn.yml` may configure.
    public let knownRuleIDs: Set<String>

    public init(knownRuleIDs: Set<String> = RuleRegistry.ids) {
        self.knownRuleIDs = knownRuleIDs
    }

    /// The file names a configuration may have, looked up in this order:
    /// at the repository root, then in the default backlog root.
    public static let configurationCandidates = ["cairn.yml", "backlog/cairn.yml"]

    /// Loads the backlog from `source`. With `root` (relative to the
    /// repository root), the backlog lives there and `cairn.yml` is looked up
    /// in it first; otherwise the configuration decides.
    ///
    /// `reusing` holds files parsed before from the same bytes under the same
    /// configuration, by path; they are taken as they are instead of being
    /// read and parsed again. `cache`, when given, is read and rewritten (see
    /// ``ParseCacheStore``).
    public func load(
        from source: any BacklogSource, root explicitRoot: String? = nil, reusing parsed: [String: ParsedFile] = [:],
        cache: ParseCacheStore? = nil
    ) throws -> Backlog {
        var pending: PendingParseCacheRead?
        let listing: BacklogListing
        do {
            listing = try self.listing(from: source, root: explicitRoot) { configurationHash in
                pending = cache.map { PendingParseCacheRead($0, configurationHash: configurationHash) }
            }
        } catch {
            _ = pending?.result()
            throw error
        }
        return load(listing, from: source, reusing: parsed, cache: cache, read: pending?.result())
    }

    /// Reads the configuration and lists the backlog's files, without
    /// reading them. With `root` (relative to the repository root), the
    /// backlog lives there and `cairn.yml` is looked up in it first;
    /// otherwise the configuration decides.
    public func listing(from source: any BacklogSource, root explicitRoot: String? = nil) throws -> BacklogListing {
        try listing(from: source, root: explicitRoot) { _ in }
    }

    /// ``listing(from:root:)``, calling `beforeWalking` with the
    /// configuration hash once it is known, before the files are listed.
    private func listing(
        from source: any BacklogSource, root explicitRoot: String?, beforeWalking: (UInt64) -> Void
    ) throws -> BacklogListing {
        let candidates = (explicitRoot.map { [join($0, "cairn.yml")] } ?? []) + Self.configurationCandidates
        let found = try loadConfiguration(from: source, candidates: candidates)
        let root = normalized(explicitRoot ?? found.configuration.root)
        let configurationHash = Self.configurationHash(found.file, root: root, rules: knownRuleIDs)
        beforeWalking(configurationHash)
        return BacklogListing(
            configuration: found.configuration, configurationFile: found.file, configurationProblems: found.problems,
            root: root, entries: try source.markdownFiles(under: root, ignoring: found.configuration.ignore),
            configurationHash: configurationHash)
    }

    /// Reads and parses the files of `listing` from `source` (see
    /// ``load(from:root:reusing:cache:)``).
    public func load(
        _ listing: BacklogListing, from source: any BacklogSource, reusing parsed: [String: ParsedFile] = [:],
        cache: ParseCacheStore? = nil
    ) -> Backlog {
        load(
            listing, from: source, reusing: parsed, cache: cache,
            read: cache?.read(configurationHash: listing.configurationHash))
    }

    /// ``load(_:from:reusing:cache:)`` with `read`, what `cache` holds for
    /// the listing's configuration, already read.
    private func load(
        _ listing: BacklogListing, from source: any BacklogSource, reusing parsed: [String: ParsedFile],
        cache: ParseCacheStore?, read: ParseCache?
    ) -> Backlog {
        let entries = listing.entries
        let schema = ItemSchema(listing.configuration)
        let cached = read ?? ParseCache()
        let cacheEntries = cached.entryIndices(for: entries)
        let loaded = ParallelMap.map(Array(entries.indices)) { index in
            if !parsed.isEmpty, let reused = parsed[entries[index].path] {
                return LoadedFile(file: reused, record: nil, wasCached: true)
            }
            return load(
                entries[index], from: source, schema: schema,
                cached: cache == nil ? nil : CacheLookup(cache: cached, entry: cacheEntries[index]))
        }
        if let cache, loaded.contains(where: { !$0.wasCached }) || cached.count != loaded.count {
            cache.write(loaded.compactMap(\.record), reusingFrom: cached, configurationHash: listing.configurationHash)
        }
        var backlog = Backlog(
            source: source, root: listing.root, configuration: listing.configuration,
            configurationFile: listing.configurationFile, configurationProblems: listing.configurationProblems,
            files: loaded.map(\.file))
        backlog.parsedPaths = loaded.filter { !$0.wasCached }.map(\.file.path)
        backlog.setBlobIDs(
            paths: entries.map(\.path), blobIDs: entries.indices.map { loaded[$0].record?.blobID ?? entries[$0].blobID }
        )
        return backlog
    }

    /// The files of `entries`, read from `source` and parsed under
    /// `configuration` without the parse cache, each with the blob id of
    /// the bytes read (`nil` when none were read).
    func parse(_ entries: [SourceEntry], from source: any BacklogSource, configuration: Configuration)
        -> [(file: ParsedFile, blobID: String?)]
    {
        let schema = ItemSchema(configuration)
        return ParallelMap.map(entries) { entry in
            let loaded = load(entry, from: source, schema: schema, cached: CacheLookup(cache: ParseCache(), entry: nil))
            return (loaded.file, loaded.record?.blobID)
        }
    }

    /// A file's bytes, or the parsed file that says why they were not read.
    private enum ReadOutcome {
        case bytes([UInt8])
        case unread(ParsedFile)

        init(_ path: String, _ problem: FileProblem) {
            self = .unread(ParsedFile(path: path, problems: [problem]))
        }
    }

    /// Where to look for one file in the parse cache: the cache, and the
    /// index of its entry for the file's path, if it has one.
    private struct CacheLookup {
        var cache: ParseCache
        var entry: Int?

        /// The cached parse of the file at `path` when the entry holds the blob `blobID`.
        func file(at path: String, blobID: String) -> (file: ParsedFile, encoded: Range<Int>)? {
            cache.file(at: path, entry: entry, blobID: blobID)
        }
    }

    /// One file as loaded, with what the cache is to hold for it.
    private struct LoadedFile: Sendable {
        var file: ParsedFile
        /// The file's cache entry; `nil` when its bytes were never read.
        var record: ParseCache.Record?
        /// Whether the file was taken from the cache (or `reusing`).
        var wasCached: Bool
    }

    /// The file from the cache when it holds the entry's blob; otherwise
    /// read and parsed, its text dropped, with a cache record when caching.
    /// Bytes read are hashed when caching, and the record and the backlog's
    /// blob ids name what was read: a working-tree file written between
    /// the listing and the read must not have its new parse kept under the
    /// listed blob id. A file whose bytes hash to a blob the cache holds is
    /// still taken from the cache.
    private func load(
        _ entry: SourceEntry, from source: any BacklogSource, schema: ItemSchema, cached: CacheLookup?
    ) -> LoadedFile {
        if let cached, let blobID = entry.blobID, let hit = cached.file(at: entry.path, blobID: blobID) {
            let record = ParseCache.Record(path: entry.path, blobID: blobID, encoding: .kept(hit.encoded))
            return LoadedFile(file: hit.file, record: record, wasCached: true)
        }
        let bytes: [UInt8]
        switch read(entry, from: source, limit: schema.configuration.maxFileSize) {
        case .unread(let unread): return LoadedFile(file: unread, record: nil, wasCached: false)
        case .bytes(let read): bytes = read
        }
        let blobID = cached == nil ? nil : GitBlobHasher.blobID(of: bytes)
        if let cached, let blobID, blobID != entry.blobID, let hit = cached.file(at: entry.path, blobID: blobID) {
            let record = ParseCache.Record(path: entry.path, blobID: blobID, encoding: .kept(hit.encoded))
            return LoadedFile(file: hit.file, record: record, wasCached: true)
        }
        var file = ItemFileParser.parse(path: entry.path, bytes: bytes, schema: schema)
        file.source = nil
        guard let blobID else { return LoadedFile(file: file, record: nil, wasCached: false) }
        var writer = CacheBinaryWriter()
        writer.parsedFile(file)
        return LoadedFile(
            file: file, record: ParseCache.Record(path: entry.path, blobID: blobID, encoding: .fresh(writer.bytes)),
            wasCached: false)
    }

    /// What decides how files parse besides their bytes: `cairn.yml` (its
    /// path and text), the backlog root and the rules Cairn knows.
    private static func configurationHash(_ file: ConfigurationFile?, root: String, rules: Set<String>) -> UInt64 {
        let parts = [file?.path ?? "", file?.source?.text ?? "", root, rules.sorted().joined(separator: ",")]
        return CacheChecksum.of(parts.joined(separator: "\u{0}"))
    }

    /// The first candidate that exists, read over the defaults; a candidate
    /// that exists but cannot be read is a problem, never passed over.
    private func loadConfiguration(
        from source: any BacklogSource, candidates: [String]
    ) throws -> (configuration: Configuration, file: ConfigurationFile?, problems: [ConfigurationProblem]) {
        for candidate in candidates {
            let bytes: [UInt8]
            do {
                guard let found = try source.contents(of: candidate) else { continue }
                bytes = found
            } catch let error as SourceError {
                let problem = ConfigurationProblem(
                    message: "\(error); the default configuration is used", location: .startOfFile)
                return (.default, ConfigurationFile(path: candidate, source: nil), [problem])
            }
            switch TextDecoding.decode(bytes) {
            case .success(let text):
                let source = SourceText(text)
                let (configuration, problems) = ConfigurationLoader(knownRuleIDs: knownRuleIDs).load(source)
                return (configuration, ConfigurationFile(path: candidate, source: source), problems)
            case .failure(.binary(let location)), .failure(.invalidUTF8(let location)):
                let problem = ConfigurationProblem(message: "cairn.yml is not UTF-8 text", location: location)
                return (.default, ConfigurationFile(path: candidate, source: nil), [problem])
            }
        }
        return (.default, nil, [])
    }

    /// The parsed file and the bytes it was parsed from; no bytes when
    /// the file was not read (a listing problem, too large, unreadable).
    /// The entry's bytes, or the file that says why they cannot be parsed.
    private func read(_ entry: SourceEntry, from source: any BacklogSource, limit: Int) -> ReadOutcome {
        if let problem = entry.problem { return ReadOutcome(entry.path, problem) }
        if let size = entry.size, size > limit { return ReadOutcome(entry.path, .tooLarge(size: size, limit: limit)) }
        do {
            guard let bytes = try source.contents(of: entry.path) else {
                return ReadOutcome(entry.path, .unreadable(reason: "the file disappeared while reading"))
            }
            if bytes.count > limit { return ReadOutcome(entry.path, .tooLarge(size: bytes.count, limit: limit)) }
            return .bytes(bytes)
        } catch {
            return ReadOutcome(entry.path, .unreadable(reason: "\(error)"))
        }
    }

    private func join(_ directory: String, _ name: String) -> String {
        let trimmed = normalized(directory)
        return trimmed.isEmpty ? name : trimmed + "/" + name
    }

    /// `./backlog/` → `backlog`; `.` → the repository root itself.
    private func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." && !$0.isEmpty }.joined(separator: "/")
    }
}
