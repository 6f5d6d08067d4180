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

    private static func decode(_ reader: inout CacheBinaryReader) throws -> ParseCache {
        var entries: [String: ParseCache.Entry] = [:]
        let count = try reader.count()
        entries.reserveCapacity(count)
        for _ in 0..<count {
            let path = try reader.string()
            let blobID = try reader.string()
            let size = try reader.count()
            let start = reader.offset
            _ = try reader.raw(size)
            entries[path] = ParseCache.Entry(blobID: blobID, encoded: start..<start + size)
        }
        guard reader.isAtEnd else { throw CacheFormatError.malformed }
        return ParseCache(bytes: reader.bytes, entries: entries)
    }

    /// Writes `files` (path, blob id and encoded parse, new or kept in
    /// `previous`) for `configurationHash`; errors are swallowed.
    func write(_ files: [ParseCache.Record], reusingFrom previous: ParseCache, configurationHash: UInt64) {
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

/// Parse results read from the cache, decoded only when asked for.
struct ParseCache: Sendable {
    /// Where one file's encoded parse lies in the cache's bytes.
    struct Entry: Sendable {
        var blobID: String
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

        /// The encoding's length in bytes.
        var byteCount: Int {
            switch self {
            case .fresh(let bytes): return bytes.count
            case .kept(let range): return range.count
            }
        }
    }

    fileprivate let bytes: [UInt8]
    private let entries: [String: Entry]

    /// How many files the cache holds.
    var count: Int { entries.count }

    init(bytes: [UInt8] = [], entries: [String: Entry] = [:]) {
        self.bytes = bytes
        self.entries = entries
    }

    /// The cached parse of the file at `path` when the cache holds it for
    /// the blob `blobID`, with where its encoding lies for the next write;
    /// `nil` when it does not, or the entry does not decode.
    func file(at path: String, blobID: String) -> (file: ParsedFile, encoded: Range<Int>)? {
        guard let entry = entries[path], entry.blobID == blobID else { return nil }
        var reader = CacheBinaryReader(bytes, offset: entry.encoded.lowerBound)
        guard let file = try? reader.parsedFile(at: path), reader.offset == entry.encoded.upperBound else {
            return nil
        }
        return (file, entry.encoded)
    }
}
