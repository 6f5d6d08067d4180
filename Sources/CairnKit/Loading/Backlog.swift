import Foundation

/// A backlog as read from one source: configuration, parsed files and the
/// graph of their items. A value; nothing here reads, validates or prints.
public struct Backlog: Sendable {
    /// Where the bytes came from; rules ask it whether linked files exist.
    public let source: any BacklogSource
    /// The backlog root relative to the repository root (`backlog`).
    public let root: String
    public let configuration: Configuration
    /// The `cairn.yml` in force, if there is one.
    public let configurationFile: ConfigurationFile?
    public let configurationProblems: [ConfigurationProblem]
    /// Every Markdown file under the root, sorted by path.
    public let files: [ParsedFile]
    public let graph: BacklogGraph
    /// The index in ``files`` of each path, for ``file(at:)``; built on
    /// first use, as most commands never ask.
    private let fileIndices = FileIndexMemo()
    /// The files this load read and parsed, sorted; the others came from
    /// the parse cache or were reused (see ``BacklogLoader``).
    public internal(set) var parsedPaths: [String] = []
    /// The git blob id of each file whose id the source knew or the cache
    /// computed, by path: two files with the same blob id hold the same bytes.
    /// Built on first use, as `cairn ready` and the planners never ask.
    public internal(set) var blobIDs: [String: String] {
        get { fileBlobIDs.byPath() }
        set { fileBlobIDs = BlobIDMemo(newValue) }
    }
    /// What ``blobIDs`` is built from.
    var fileBlobIDs = BlobIDMemo([:])
    /// Texts read after loading, for ``sourceText(of:)``.
    private let texts = SourceTextMemo()

    public init(
        source: any BacklogSource, root: String, configuration: Configuration, configurationFile: ConfigurationFile?,
        configurationProblems: [ConfigurationProblem], files: [ParsedFile]
    ) {
        self.source = source
        self.root = root
        self.configuration = configuration
        self.configurationFile = configurationFile
        self.configurationProblems = configurationProblems
        self.files = files
        self.graph = BacklogGraph(items: files.compactMap(\.item))
    }

    /// `cairn.yml`'s path relative to the repository root, if there is one.
    public var configurationPath: String? { configurationFile?.path }

    /// The parsed file at `path`, if it is part of the backlog. Constant time:
    /// renderers look up the file of every diagnostic.
    public func file(at path: String) -> ParsedFile? {
        fileIndex(at: path).map { files[$0] }
    }

    /// The index in ``files`` of the file at `path`, if it is part of the backlog.
    func fileIndex(at path: String) -> Int? {
        fileIndices.index(of: path, in: files)
    }

    /// The text of the backlog file or `cairn.yml` at `path`, for showing
    /// the lines diagnostics point at: the text kept when the file was
    /// parsed, or else read from ``source`` on first use (a loaded backlog
    /// keeps no texts, see ``BacklogLoader``); `nil` when it is not text, or
    /// was never read as text (too large, unreadable, outside the repository).
    public func sourceText(of path: String) -> SourceText? {
        if let configurationFile, configurationFile.path == path { return configurationFile.source }
        guard let file = file(at: path) else { return nil }
        if let kept = file.source { return kept }
        guard file.hasText else { return nil }
        return texts.text(of: path, in: source)
    }
}

/// The index of each file of a backlog by path, built on first use: the
/// planners and `cairn ready` never look a file up, and hashing 10,000
/// paths for nothing costs milliseconds.
private final class FileIndexMemo: @unchecked Sendable {
    // @unchecked: `indices` is only touched while holding `lock`.
    private let lock = NSLock()
    private var indices: [String: Int]?

    /// The index of `path` in `files` (always the same files), the first
    /// one when several files share the path.
    func index(of path: String, in files: [ParsedFile]) -> Int? {
        lock.withLock {
            if let indices { return indices[path] }
            var built: [String: Int] = [:]
            built.reserveCapacity(files.count)
            for (index, file) in files.enumerated() where built[file.path] == nil { built[file.path] = index }
            indices = built
            return built[path]
        }
    }
}

/// The blob id of each file of a backlog by path, built on first use from
/// the files' paths and blob ids in listing order: `cairn ready` and the
/// planners never ask, and hashing 10,000 paths for nothing costs
/// milliseconds.
final class BlobIDMemo: @unchecked Sendable {
    // @unchecked: `built` is only touched while holding `lock`; the rest never changes.
    private let lock = NSLock()
    private let paths: [String]
    private let blobIDs: [String?]
    private var built: [String: String]?

    /// `blobIDs[i]` is the blob id of the file at `paths[i]`, `nil` when unknown.
    init(paths: [String], blobIDs: [String?]) {
        self.paths = paths
        self.blobIDs = blobIDs
    }

    /// Blob ids already by path.
    init(_ byPath: [String: String]) {
        paths = []
        blobIDs = []
        built = byPath
    }

    /// Each known blob id by path; of a path listed twice, the last one's.
    func byPath() -> [String: String] {
        lock.withLock {
            if let built { return built }
            var byPath: [String: String] = [:]
            byPath.reserveCapacity(paths.count)
            for (path, blobID) in zip(paths, blobIDs) {
                if let blobID { byPath[path] = blobID }
            }
            built = byPath
            return byPath
        }
    }
}

/// The configuration file a backlog was loaded with.
public struct ConfigurationFile: Sendable {
    /// The path relative to the repository root.
    public var path: String
    /// Its text, when it could be read as UTF-8.
    public var source: SourceText?
}

extension ParsedFile {
    /// Whether the file was read and decoded as text, so that its lines
    /// can be shown: none of its problems stopped that.
    var hasText: Bool { problems.allSatisfy(\.leavesText) }
}

extension FileProblem {
    /// Whether a file with this problem was read and decoded as text, so
    /// that its lines can be shown.
    var leavesText: Bool {
        switch self {
        case .missingFrontMatter, .frontMatterSyntax, .mergeConflict: return true
        case .unreadable, .tooLarge, .undecodable, .symlinkOutsideRepository: return false
        }
    }
}
