import CairnGit

/// The last check of a whole backlog, kept in enough detail to check the
/// backlog again after a few files changed without loading the others:
/// each file's path, blob id and outline digest, the answers rules got
/// about paths outside the backlog, and every diagnostic.
///
/// ``IncrementalCheck`` reads it; ``CheckResultStore`` keeps the two most
/// recent, for the configuration and day they were checked under.
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

    /// Every backlog file, in the listing's order.
    var files: [File]
    /// What rules learnt from outside the backlog (see ``StoredCheck/existence``).
    var existence: [String: Bool]
    /// Every diagnostic of the backlog, in presentation order.
    var diagnostics: [Diagnostic]

    /// The baseline of `backlog`, whose check found `diagnostics` and asked
    /// `existence`; `nil` when a file has no blob id, so that a later
    /// listing could not be compared with it.
    init?(backlog: Backlog, existence: [String: Bool], diagnostics: [Diagnostic]) {
        let outlines = ParallelMap.map(backlog.files) { Self.outline(of: $0) }
        var files: [File] = []
        files.reserveCapacity(backlog.files.count)
        for (file, outline) in zip(backlog.files, outlines) {
            guard let blobID = backlog.blobIDs[file.path] else { return nil }
            files.append(File(path: file.path, blobID: blobID, outline: outline, hasText: file.hasText))
        }
        self.init(files: files, existence: existence, diagnostics: diagnostics)
    }

    init(files: [File], existence: [String: Bool], diagnostics: [Diagnostic]) {
        self.files = files
        self.existence = existence
        self.diagnostics = diagnostics
    }

    /// The SHA-1 (as git hashes a blob) of the encoding of the file's item
    /// without its body: what rules of the backlog scope read (see
    /// ``RuleScope/backlog``). `nil` for a file without an item.
    static func outline(of file: ParsedFile) -> String? {
        guard let item = file.item else { return nil }
        var writer = CacheBinaryWriter()
        writer.itemOutline(item)
        return GitBlobHasher.blobID(of: writer.bytes)
    }

    /// Whether `source` still answers as it did for the baseline's check.
    func holds(in source: any BacklogSource) -> Bool {
        existence.allSatisfy { path, existed in source.exists(path) == existed }
    }
}

extension CacheBinaryWriter {
    mutating func checkBaseline(_ baseline: CheckBaseline) {
        array(baseline.files) { writer, file in
            writer.string(file.path)
            writer.string(file.blobID)
            writer.optionalString(file.outline)
            writer.bool(file.hasText)
        }
        array(baseline.existence.sorted { $0.key < $1.key }) { writer, answer in
            writer.string(answer.key)
            writer.bool(answer.value)
        }
        array(baseline.diagnostics) { $0.diagnostic($1) }
    }
}

extension CacheBinaryReader {
    /// Reads what ``CacheBinaryWriter/checkBaseline(_:)`` wrote.
    mutating func checkBaseline() throws -> CheckBaseline {
        let files = try array { reader in
            CheckBaseline.File(
                path: try reader.string(), blobID: try reader.string(), outline: try reader.optionalString(),
                hasText: try reader.bool())
        }
        let answers = try array { reader in (try reader.string(), try reader.bool()) }
        return CheckBaseline(
            files: files, existence: Dictionary(answers, uniquingKeysWith: { first, _ in first }),
            diagnostics: try array { try $0.diagnostic() })
    }
}
