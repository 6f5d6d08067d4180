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
/// Layout: the magic `CAIRNPC\0`; the format version; Cairn's version; a
/// hash of the configuration in force; the payload's length and checksum;
/// the payload — a count, then per file its path, blob id and encoded
/// parse. A file whose magic, format version, Cairn version or
/// configuration hash differs, whose payload is short, long or fails the
/// checksum, or whose entries do not decode, is ignored and rewritten: never
/// trusted. Writes go to a temporary file renamed over the cache, so readers
/// see the old or the new cache whole; a failure to write is ignored, as the
/// cache only ever saves time.
public struct ParseCacheStore: Sendable {
    /// The cache file.
    public let url: URL
    /// The Cairn version that writes the cache; a cache from another one is stale.
    public let cairnVersion: String

    /// The cache kept in `gitDirectory` (the repository's common git
    /// directory) for this version of Cairn.
    public init(gitDirectory: URL, cairnVersion: String) {
        url = gitDirectory.appendingPathComponent("cairn/parse-cache")
        self.cairnVersion = cairnVersion
    }

    static let magic = Array("CAIRNPC\0".utf8)
    /// Raised whenever the encoding of a parsed file changes.
    static let formatVersion: UInt64 = 2

    /// The entries of the cache written for `configurationHash`, or none
    /// when there is no usable cache.
    func read(configurationHash: UInt64) -> ParseCache {
        guard let bytes = wholeFile(at: url.path) else { return ParseCache() }
        return (try? decode(bytes, configurationHash: configurationHash)) ?? ParseCache()
    }

    private func decode(_ bytes: [UInt8], configurationHash: UInt64) throws -> ParseCache {
        var reader = CacheBinaryReader(bytes)
        guard try reader.raw(Self.magic.count).elementsEqual(Self.magic), try reader.unsigned() == Self.formatVersion,
            try reader.string() == cairnVersion, try reader.fixed() == configurationHash
        else { return ParseCache() }
        let length = try reader.fixed()
        let checksum = try reader.fixed()
        guard length == UInt64(bytes.count - reader.offset),
            CacheChecksum.of(bytes[reader.offset...]) == checksum
        else { return ParseCache() }
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
        return ParseCache(bytes: bytes, entries: entries)
    }

    /// Writes `files` (path, blob id and encoded parse, new or kept in
    /// `previous`) for `configurationHash`; errors are swallowed.
    func write(_ files: [ParseCache.Record], reusingFrom previous: ParseCache, configurationHash: UInt64) {
        var writer = CacheBinaryWriter()
        writer.raw(Self.magic)
        writer.unsigned(Self.formatVersion)
        writer.string(cairnVersion)
        writer.fixed(configurationHash)
        let lengthOffset = writer.bytes.count
        writer.fixed(0)
        writer.fixed(0)
        let payloadStart = writer.bytes.count
        writer.unsigned(UInt64(files.count))
        for file in files {
            writer.string(file.path)
            writer.string(file.blobID)
            switch file.encoding {
            case .fresh(let bytes):
                writer.unsigned(UInt64(bytes.count))
                writer.raw(bytes)
            case .kept(let range):
                writer.unsigned(UInt64(range.count))
                writer.raw(previous.bytes[range])
            }
        }
        writer.patchFixed(UInt64(writer.bytes.count - payloadStart), at: lengthOffset)
        writer.patchFixed(CacheChecksum.of(writer.bytes[payloadStart...]), at: lengthOffset + 8)
        try? replaceFile(with: writer.bytes)
    }

    /// Writes a uniquely named file beside the cache and renames it over the
    /// cache: two processes writing at once each rename a whole file.
    private func replaceFile(with bytes: [UInt8]) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(
            ".parse-cache.\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString)")
        do {
            try Data(bytes).write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
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

/// The whole file at `path`, read straight into an array of its size
/// (reading into `Data` and copying into an array moves the bytes
/// twice); `nil` when it cannot be read, is empty or shrank while read.
private func wholeFile(at path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        count = 0
        guard let base = buffer.baseAddress else { return }
        while count < size {
            let result = read(descriptor, base + count, size - count)
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            count += result
        }
    }
    return bytes.count == size ? bytes : nil
}
