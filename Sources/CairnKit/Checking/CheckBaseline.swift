import CairnGit

/// The last check of a whole backlog, kept in enough detail to check the
/// backlog again after a few files changed without loading the others:
/// each file's path and blob id, its item's id and kind and the digests of
/// its outline and structure, the links between the files, the ids more
/// than one file carries, the answers rules got about
/// paths outside the backlog, and every diagnostic.
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
        /// What the baseline keeps of the file's item (see
        /// ``CheckBaseline/summary(of:)``); `nil` when it holds none.
        var item: ItemSummary?
        /// Whether the file's text can be shown (it was read and decoded).
        var hasText: Bool
    }

    /// An item's id and kind, and the digests of its outline and of its
    /// structure (see ``Item/outline`` and ``Item/structure``).
    struct ItemSummary: Sendable, Equatable {
        var id: String
        var kind: String
        var outline: String
        var structure: String
    }

    /// Where one file's strings lie in ``encoding``.
    fileprivate struct FileRecord: Sendable {
        var path: Range<Int>
        var blobID: Range<Int>
        var item: (id: Range<Int>, kind: Range<Int>, outline: Range<Int>, structure: Range<Int>)?
        var hasText: Bool
    }

    /// The bytes the files' strings are read from: from ``filesStart`` to
    /// ``filesEnd`` the files' part of the encoding, then the links, up to
    /// ``linksEnd``. A baseline read from a file shares the file's bytes.
    private let encoding: [UInt8]
    private let filesStart: Int
    private let filesEnd: Int
    private let linksEnd: Int
    /// Every backlog file, in the listing's order.
    private let records: [FileRecord]
    /// The ids more than one item carries (as ``ItemID/description`` writes
    /// them): a reference to one resolves to one of its carriers, which a
    /// backlog of a few files may not hold.
    let duplicatedIDs: Set<String>
    /// What rules learnt from outside the backlog (see ``StoredCheck/existence``).
    let existence: [String: Bool]
    /// Every diagnostic of the backlog, in presentation order.
    let diagnostics: [Diagnostic]

    /// The baseline of `backlog`, whose check found `diagnostics` and asked
    /// `existence`; `nil` when a file has no blob id, so that a later
    /// listing could not be compared with it.
    ///
    /// A file that `previous` (a baseline under the same configuration)
    /// holds with the same path and blob id has the same item, whose
    /// summary is taken from it: hashing every item again costs as much
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
        let summaries = ParallelMap.map(Array(files.indices)) { index -> ItemSummary? in
            if index < known.count, let match = known[index], let previous { return previous.summary(at: match) }
            return Self.summary(of: files[index])
        }
        self.init(
            files: files.indices.map { index in
                File(
                    path: files[index].path, blobID: blobIDs[index], item: summaries[index],
                    hasText: files[index].hasText)
            }, links: BaselineLinks(of: backlog),
            duplicatedIDs: Set(backlog.graph.duplicateIDs.keys.map(\.description)), existence: existence,
            diagnostics: diagnostics)
    }

    init(
        files: [File], links: BaselineLinks, duplicatedIDs: Set<String>, existence: [String: Bool],
        diagnostics: [Diagnostic]
    ) {
        var writer = CacheBinaryWriter()
        writer.unsigned(UInt64(files.count))
        records = files.map { file in
            FileRecord(
                path: writer.stringRange(file.path), blobID: writer.stringRange(file.blobID),
                item: writer.boolValue(file.item != nil)
                    ? file.item.map {
                        (
                            writer.stringRange($0.id), writer.stringRange($0.kind), writer.stringRange($0.outline),
                            writer.stringRange($0.structure)
                        )
                    } : nil,
                hasText: writer.boolValue(file.hasText))
        }
        filesStart = 0
        filesEnd = writer.bytes.count
        var linksWriter = CacheBinaryWriter()
        linksWriter.baselineLinks(links)
        writer.unsigned(UInt64(linksWriter.bytes.count))
        writer.raw(linksWriter.bytes)
        linksEnd = writer.bytes.count
        encoding = writer.bytes
        self.duplicatedIDs = duplicatedIDs
        self.existence = existence
        self.diagnostics = diagnostics
    }

    fileprivate init(
        encoding: [UInt8], filesStart: Int, filesEnd: Int, linksEnd: Int, records: [FileRecord],
        duplicatedIDs: Set<String>, existence: [String: Bool], diagnostics: [Diagnostic]
    ) {
        self.encoding = encoding
        self.filesStart = filesStart
        self.filesEnd = filesEnd
        self.linksEnd = linksEnd
        self.records = records
        self.duplicatedIDs = duplicatedIDs
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

    /// What the baseline keeps of the item of the file at `index`; `nil`
    /// when it held no item.
    func summary(at index: Int) -> ItemSummary? {
        records[index].item.map {
            ItemSummary(
                id: String(decoding: encoding[$0.id], as: UTF8.self),
                kind: String(decoding: encoding[$0.kind], as: UTF8.self),
                outline: String(decoding: encoding[$0.outline], as: UTF8.self),
                structure: String(decoding: encoding[$0.structure], as: UTF8.self))
        }
    }

    /// Whether the file at `index` held an item.
    func hasItem(at index: Int) -> Bool { records[index].item != nil }

    /// For each of `ids` (as ``ItemID/description`` writes them) that a
    /// file's item carries, the first such file; found in one pass over
    /// the files, comparing in place only ids of the same length.
    func carriers(of ids: Set<String>) -> [String: Int] {
        var byLength: [[String]] = []
        for id in ids {
            let length = id.utf8.count
            if byLength.count <= length { byLength += Array(repeating: [], count: length + 1 - byLength.count) }
            byLength[length].append(id)
        }
        var found: [String: Int] = [:]
        for index in records.indices {
            guard let item = records[index].item, item.id.count < byLength.count else { continue }
            for id in byLength[item.id.count] where found[id] == nil && encoding.holdsUTF8(of: id, at: item.id) {
                found[id] = index
            }
        }
        return found
    }

    /// Whether one of `item`'s references names an id more than one item
    /// carries.
    func namesDuplicatedID(_ item: Item) -> Bool {
        !duplicatedIDs.isEmpty && item.references.contains { duplicatedIDs.contains($0.target.description) }
    }

    /// The links between the files; `nil` when their encoding is damaged.
    func links() -> BaselineLinks? {
        var reader = CacheBinaryReader(encoding, offset: filesEnd)
        guard (try? reader.count()) != nil, let links = try? reader.baselineLinks(), reader.offset == linksEnd,
            links.fileCount == fileCount
        else { return nil }
        return links
    }

    /// Whether the text of the file at `index` could be shown.
    func hasText(at index: Int) -> Bool { records[index].hasText }

    /// The files' and links' part of the encoding, as
    /// ``CacheBinaryWriter/checkBaseline(_:)`` writes it.
    fileprivate var filesAndLinksEncoding: ArraySlice<UInt8> { encoding[filesStart..<linksEnd] }

    /// The file's item's id and kind, and the SHA-1s (as git hashes a
    /// blob) of the encodings of its outline and structure: what rules of
    /// the links and backlog scopes read (see ``RuleScope``). `nil` for a
    /// file without an item.
    static func summary(of file: ParsedFile) -> ItemSummary? {
        guard let item = file.item, let outline = digest(of: item.outline), let structure = digest(of: item.structure)
        else { return nil }
        return ItemSummary(id: item.id.description, kind: item.kind, outline: outline, structure: structure)
    }

    private static func digest(of item: Item) -> String? {
        var writer = CacheBinaryWriter()
        writer.itemWithoutBody(item)
        return GitBlobHasher.blobID(of: writer.bytes)
    }
}

extension CacheBinaryWriter {
    /// Writes the files (their count, then per file its path, blob id,
    /// optional item summary and whether it has text), the links (their
    /// encoding's length, then the encoding), the duplicated ids, the
    /// existence answers and the diagnostics.
    mutating func checkBaseline(_ baseline: CheckBaseline) {
        raw(baseline.filesAndLinksEncoding)
        array(baseline.duplicatedIDs.sorted()) { $0.string($1) }
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

    fileprivate mutating func boolValue(_ value: Bool) -> Bool {
        bool(value)
        return value
    }
}

extension CacheBinaryReader {
    /// Reads what ``CacheBinaryWriter/checkBaseline(_:)`` wrote.
    mutating func checkBaseline() throws -> CheckBaseline {
        let filesStart = offset
        let records = try array { reader in
            CheckBaseline.FileRecord(
                path: try reader.stringRange(), blobID: try reader.stringRange(),
                item: try reader.bool()
                    ? (
                        try reader.stringRange(), try reader.stringRange(), try reader.stringRange(),
                        try reader.stringRange()
                    ) : nil,
                hasText: try reader.bool())
        }
        let filesEnd = offset
        _ = try raw(try count())
        let linksEnd = offset
        let duplicatedIDs = try array { try $0.string() }
        let answers = try array { reader in (try reader.string(), try reader.bool()) }
        return CheckBaseline(
            encoding: bytes, filesStart: filesStart, filesEnd: filesEnd, linksEnd: linksEnd, records: records,
            duplicatedIDs: Set(duplicatedIDs), existence: Dictionary(answers, uniquingKeysWith: { first, _ in first }),
            diagnostics: try array { try $0.diagnostic() })
    }
}
