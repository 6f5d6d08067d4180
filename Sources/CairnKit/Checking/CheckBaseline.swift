import CairnGit

/// The last check of a whole backlog, kept in enough detail to check the
/// backlog again after a few files changed without loading the others:
/// each file's path, blob id and outline digest, the answers rules got
/// about paths outside the backlog, and every diagnostic.
///
/// ``IncrementalCheck`` reads it; ``CheckResultStore`` keeps the two most
/// recent, for the configuration and day they were checked under.
///
/// The files are kept as encoded and compared in place: a check reads a
/// baseline of 10,000 files for the one that changed, and decoding 30,000
/// strings would cost more than the rest of that check.
struct CheckBaseline: Sendable {
    /// One backlog file as the baseline's check saw it.
    struct File: Sendable, Equatable {
        var path: String
        var blobID: String
        /// The digest of the item's outline (see ``CheckBaseline/outline(of:)``);
        /// `nil` when the file holds no item.
        var outline: String?
        /// Whether the file's text can be shown (it was read and decoded).
        var hasText: Bool
    }

    /// Where one file's strings lie in ``encoding``.
    fileprivate struct FileRecord: Sendable {
        var path: Range<Int>
        var blobID: Range<Int>
        var outline: Range<Int>?
        var hasText: Bool
    }

    /// The bytes the files' strings are read from; its first
    /// ``filesEnd`` bytes are the files' part of the encoding.
    private let encoding: [UInt8]
    private let filesEnd: Int
    /// Every backlog file, in the listing's order.
    private let records: [FileRecord]
    /// What rules learnt from outside the backlog (see ``StoredCheck/existence``).
    let existence: [String: Bool]
    /// Every diagnostic of the backlog, in presentation order.
    let diagnostics: [Diagnostic]

    /// The baseline of `backlog`, whose check found `diagnostics` and asked
    /// `existence`; `nil` when a file has no blob id, so that a later
    /// listing could not be compared with it.
    ///
    /// A file that `previous` (a baseline under the same configuration)
    /// holds with the same path and blob id has the same outline, whose
    /// digest is taken from it: hashing every outline again costs as much
    /// as the rules, after an edit of one file.
    init?(backlog: Backlog, existence: [String: Bool], diagnostics: [Diagnostic], previous: CheckBaseline?) {
        let files = backlog.files
        var blobIDs: [String] = []
        blobIDs.reserveCapacity(files.count)
        for file in files {
            guard let blobID = backlog.blobIDs[file.path] else { return nil }
            blobIDs.append(blobID)
        }
        let known = previous?.indices(ofPaths: files.map(\.path), blobIDs: blobIDs) ?? []
        let outlines = ParallelMap.map(Array(files.indices)) { index -> String? in
            if index < known.count, let match = known[index], let previous { return previous.outline(at: match) }
            return Self.outline(of: files[index])
        }
        self.init(
            files: files.indices.map { index in
                File(
                    path: files[index].path, blobID: blobIDs[index], outline: outlines[index],
                    hasText: files[index].hasText)
            }, existence: existence, diagnostics: diagnostics)
    }

    init(files: [File], existence: [String: Bool], diagnostics: [Diagnostic]) {
        var writer = CacheBinaryWriter()
        writer.unsigned(UInt64(files.count))
        records = files.map { file in
            FileRecord(
                path: writer.stringRange(file.path), blobID: writer.stringRange(file.blobID),
                outline: writer.optionalStringRange(file.outline), hasText: writer.boolValue(file.hasText))
        }
        encoding = writer.bytes
        filesEnd = writer.bytes.count
        self.existence = existence
        self.diagnostics = diagnostics
    }

    fileprivate init(
        encoding: [UInt8], filesEnd: Int, records: [FileRecord], existence: [String: Bool],
        diagnostics: [Diagnostic]
    ) {
        self.encoding = encoding
        self.filesEnd = filesEnd
        self.records = records
        self.existence = existence
        self.diagnostics = diagnostics
    }

    /// How many files the baseline holds.
    var fileCount: Int { records.count }

    /// For each of `paths` (sorted) with its blob id, the index of the file
    /// the baseline holds with that path and blob, if any; matched in one
    /// pass over both sorted lists.
    func indices(ofPaths paths: [String], blobIDs: [String]) -> [Int?] {
        var next = 0
        return zip(paths, blobIDs).map { path, blobID in
            while next < records.count, self.path(at: next) < path { next += 1 }
            guard next < records.count, hasPath(path, at: next), hasBlobID(blobID, at: next) else { return nil }
            return next
        }
    }

    /// The path of the file at `index`.
    func path(at index: Int) -> String {
        String(decoding: encoding[records[index].path], as: UTF8.self)
    }

    /// Whether the file at `index` has `path`.
    func hasPath(_ path: String, at index: Int) -> Bool {
        encoding.holdsUTF8(of: path, at: records[index].path)
    }

    /// Whether the file at `index` had the blob `blobID`.
    func hasBlobID(_ blobID: String, at index: Int) -> Bool {
        encoding.holdsUTF8(of: blobID, at: records[index].blobID)
    }

    /// The outline digest of the file at `index`; `nil` when it held no item.
    func outline(at index: Int) -> String? {
        records[index].outline.map { String(decoding: encoding[$0], as: UTF8.self) }
    }

    /// Whether the file at `index` held an item.
    func hasItem(at index: Int) -> Bool { records[index].outline != nil }

    /// Whether the text of the file at `index` could be shown.
    func hasText(at index: Int) -> Bool { records[index].hasText }

    /// The files' part of the encoding, as ``CacheBinaryWriter/checkBaseline(_:)`` writes it.
    fileprivate var filesEncoding: ArraySlice<UInt8> { encoding[..<filesEnd] }

    /// The SHA-1 (as git hashes a blob) of the encoding of the file's item's
    /// outline: what rules of the backlog scope read (see ``Item/outline``).
    /// `nil` for a file without an item.
    static func outline(of file: ParsedFile) -> String? {
        guard let item = file.item else { return nil }
        var writer = CacheBinaryWriter()
        writer.itemWithoutBody(item.outline)
        return GitBlobHasher.blobID(of: writer.bytes)
    }
}

extension CacheBinaryWriter {
    /// Writes the files (their count, then per file its path, blob id,
    /// optional outline digest and whether it has text), the existence
    /// answers and the diagnostics.
    mutating func checkBaseline(_ baseline: CheckBaseline) {
        raw(baseline.filesEncoding)
        array(baseline.existence.sorted { $0.key < $1.key }) { writer, answer in
            writer.string(answer.key)
            writer.bool(answer.value)
        }
        array(baseline.diagnostics) { $0.diagnostic($1) }
    }

    /// Writes `text` as ``string(_:)`` does and tells where its bytes lie.
    fileprivate mutating func stringRange(_ text: String) -> Range<Int> {
        string(text)
        return bytes.count - text.utf8.count..<bytes.count
    }

    fileprivate mutating func optionalStringRange(_ text: String?) -> Range<Int>? {
        bool(text != nil)
        return text.map { stringRange($0) }
    }

    fileprivate mutating func boolValue(_ value: Bool) -> Bool {
        bool(value)
        return value
    }
}

extension CacheBinaryReader {
    /// Reads what ``CacheBinaryWriter/checkBaseline(_:)`` wrote.
    mutating func checkBaseline() throws -> CheckBaseline {
        let records = try array { reader in
            CheckBaseline.FileRecord(
                path: try reader.stringRange(), blobID: try reader.stringRange(),
                outline: try reader.bool() ? try reader.stringRange() : nil, hasText: try reader.bool())
        }
        let filesEnd = offset
        let answers = try array { reader in (try reader.string(), try reader.bool()) }
        return CheckBaseline(
            encoding: bytes, filesEnd: filesEnd, records: records,
            existence: Dictionary(answers, uniquingKeysWith: { first, _ in first }),
            diagnostics: try array { try $0.diagnostic() })
    }
}
