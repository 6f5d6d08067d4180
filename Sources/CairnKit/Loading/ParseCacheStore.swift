import Foundation

/// The cache of parse results under the repository's git directory
/// (`.git/cairn/parse-cache`, in the common directory so that linked
/// worktrees share it), keyed by path and git blob id.
///
/// The format is Cairn's own compact binary encoding rather than a library
/// one: Codable with JSON (or a property list) decodes 100,000 items in
/// seconds, which is the very cost the cache exists to avoid, while this
/// format is read in tens of milliseconds, its entries decoded in parallel.
///
/// The file is a ``CacheFile`` (magic `CAIRNPC\0`) keyed by a hash of the
/// configuration in force, whose payload is a count, then per file its
/// path, blob id and encoded parse. A file that is not whole, was written
/// by another format or version of Cairn, or for another configuration, or
/// whose entries do not decode, is ignored and rewritten: never trusted.
public struct ParseCacheStore: Sendable {
    /// The cache file.
    public var url: URL { file.url }
    /// The Cairn version that writes the cache; a cache from another one is stale.
    public var cairnVersion: String { file.cairnVersion }
    private let file: CacheFile

    /// The cache kept in `gitDirectory` (the repository's common git
    /// directory) for this version of Cairn.
    public init(gitDirectory: URL, cairnVersion: String) {
        file = CacheFile(
            url: gitDirectory.appendingPathComponent("cairn/parse-cache"), magic: Self.magic,
            formatVersion: Self.formatVersion, cairnVersion: cairnVersion)
    }

    static let magic = Array("CAIRNPC\0".utf8)
    /// Raised whenever the encoding of a parsed file changes.
    static let formatVersion: UInt64 = 2

    /// The entries of the cache written for `configurationHash`, or none
    /// when there is no usable cache.
    func read(configurationHash: UInt64) -> ParseCache {
        guard var reader = file.payload(key: configurationHash) else { return ParseCache() }
        return (try? Self.decode(&reader)) ?? ParseCache()
    }

    /// The entries where they lie in the bytes, in the order written: no
    /// path becomes a string here (see ``ParseCache/entryIndices(for:)``).
    private static func decode(_ reader: inout CacheBinaryReader) throws -> ParseCache {
        var entries: [ParseCache.Entry] = []
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.stringRange()
            let blobID = try reader.stringRange()
            let size = try reader.count()
            let start = reader.offset
            _ = try reader.raw(size)
            entries.append(ParseCache.Entry(path: path, blobID: blobID, encoded: start..<start + size))
        }
        guard reader.isAtEnd else { throw CacheFormatError.malformed }
        return ParseCache(bytes: reader.bytes, entries: entries)
    }

    /// Writes `files` (path, blob id and encoded parse, new or kept in
    /// `previous`) for `configurationHash`; errors are swallowed.
    ///
    /// Nothing is written while `previous` already holds all but a few of
    /// them (see ``isCloseEnough(_:to:)``): rewriting a cache of 10,000
    /// entries because one file changed costs more than parsing that file
    /// again on each run until more have changed, and doubles the memory a
    /// large backlog's check needs.
    func write(_ files: [ParseCache.Record], reusingFrom previous: ParseCache, configurationHash: UInt64) {
        guard !Self.isCloseEnough(previous, to: files) else { return }
        let size = files.reduce(10) { size, file in
            size + file.path.utf8.count + file.blobID.utf8.count + file.encoding.byteCount + 30
        }
        file.write(key: configurationHash, payloadSize: size) { writer in
            writer.unsigned(UInt64(files.count))
            for file in files {
                writer.string(file.path)
                writer.string(file.blobID)
                writer.unsigned(UInt64(file.encoding.byteCount))
                switch file.encoding {
                case .fresh(let bytes): writer.raw(bytes)
                case .kept(let range): writer.raw(previous.bytes[range])
                }
            }
        }
    }
}

extension ParseCacheStore {
    /// How many files a cache may lack or hold in excess before it is
    /// rewritten: 1 in 200, and at least 16. Each run parses the files the
    /// cache lacks, so this bounds the work a stale cache costs.
    static func staleEntryAllowance(entries: Int) -> Int {
        max(16, entries / 200)
    }

    /// Whether `previous`, a cache read for the same configuration, differs
    /// from `files` in few enough entries (files not taken from it, entries
    /// no longer wanted) to be kept as it is.
    static func isCloseEnough(_ previous: ParseCache, to files: [ParseCache.Record]) -> Bool {
        guard previous.count > 0 else { return false }
        let fresh = files.count(where: \.encoding.isFresh)
        let unwanted = previous.count - (files.count - fresh)
        return fresh + unwanted <= staleEntryAllowance(entries: previous.count)
    }
}

/// Parse results read from the cache, decoded only when asked for.
struct ParseCache: Sendable {
    /// Where one file's path, blob id and encoded parse lie in the cache's bytes.
    struct Entry: Sendable {
        var path: Range<Int>
        var blobID: Range<Int>
        var encoded: Range<Int>
    }

    /// One file to write: its path, blob id and encoded parse.
    struct Record: Sendable {
        var path: String
        var blobID: String
        var encoding: Encoding
    }

    /// A file's encoded parse, for the next write.
    enum Encoding: Sendable {
        /// Encoded in this run.
        case fresh([UInt8])
        /// Where the cache read in this run holds it.
        case kept(Range<Int>)

        /// Whether the file was encoded in this run.
        var isFresh: Bool {
            if case .fresh = self { return true }
            return false
        }

        /// The encoding's length in bytes.
        var byteCount: Int {
            switch self {
            case .fresh(let bytes): return bytes.count
            case .kept(let range): return range.count
            }
        }
    }

    fileprivate let bytes: [UInt8]
    /// In the order written: the order of the listing that wrote them.
    private let entries: [Entry]

    /// How many files the cache holds.
    var count: Int { entries.count }

    init(bytes: [UInt8] = [], entries: [Entry] = []) {
        self.bytes = bytes
        self.entries = entries
    }

    /// For each of `listed`, the index of the cache entry for its path, or
    /// `nil` when the cache has none. The cache was written in the order of
    /// an earlier listing, so each path is first compared in place with the
    /// entry after the last one found: a listing like the one that wrote
    /// the cache hashes no path and makes no string. Only a path found
    /// elsewhere is looked up by hash, as a string.
    func entryIndices(for listed: [SourceEntry]) -> [Int?] {
        var byPath: [String: Int]?
        var next = 0
        return listed.indices.map { index in
            let path = listed[index].path
            if next < entries.count, bytes.holdsUTF8(of: path, at: entries[next].path) {
                next += 1
                return next - 1
            }
            let lookup = byPath ?? indicesByPath()
            byPath = lookup
            guard let found = lookup[path] else { return nil }
            next = found + 1
            return found
        }
    }

    /// The index of each entry by path; the last one when a path is
    /// written twice.
    private func indicesByPath() -> [String: Int] {
        var indices: [String: Int] = [:]
        indices.reserveCapacity(entries.count)
        bytes.withUnsafeBufferPointer { buffer in
            for (index, entry) in entries.enumerated() {
                indices[String(decoding: UnsafeBufferPointer(rebasing: buffer[entry.path]), as: UTF8.self)] = index
            }
        }
        return indices
    }

    /// The cached parse of the file at `path`, whose entry is at `index`
    /// (see ``entryIndices(for:)``), when it holds the blob `blobID`, with
    /// where its encoding lies for the next write; `nil` when it does not,
    /// or the entry does not decode.
    func file(at path: String, entry index: Int?, blobID: String) -> (file: ParsedFile, encoded: Range<Int>)? {
        guard let index, entries.indices.contains(index) else { return nil }
        let entry = entries[index]
        guard bytes.holdsUTF8(of: blobID, at: entry.blobID) else { return nil }
        var reader = CacheBinaryReader(bytes, offset: entry.encoded.lowerBound)
        guard let file = try? reader.parsedFile(at: path), reader.offset == entry.encoded.upperBound else {
            return nil
        }
        return (file, entry.encoded)
    }
}
