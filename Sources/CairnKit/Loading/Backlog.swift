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
    /// The index in ``files`` of each path (the first, when several files
    /// share one), for ``file(at:)``; built on first use, as the planners
    /// and `cairn ready` never look a file up.
    private let fileIndices: LazyValue<[String: Int]>
    /// The files this load read and parsed, sorted; the others came from
    /// the parse cache or were reused (see ``BacklogLoader``).
    public internal(set) var parsedPaths: [String] = []
    /// The git blob id of each file whose id the source knew or the cache
    /// computed, by path: two files with the same blob id hold the same bytes.
    /// Built on first use (see ``setBlobIDs(paths:blobIDs:)``), as `cairn
    /// ready` and the planners never ask.
    public internal(set) var blobIDs: [String: String] {
        get { lazyBlobIDs.value }
        set { lazyBlobIDs = LazyValue(newValue) }
    }
    private var lazyBlobIDs = LazyValue<[String: String]>([:])
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
        fileIndices = LazyValue {
            var indices: [String: Int] = [:]
            indices.reserveCapacity(files.count)
            for (index, file) in files.enumerated() where indices[file.path] == nil { indices[file.path] = index }
            return indices
        }
    }

    /// Sets ``blobIDs``, to be built on first use: `blobIDs[i]` is the blob
    /// id of the file at `paths[i]`, `nil` when unknown; of a path listed
    /// twice, the last one's counts.
    mutating func setBlobIDs(paths: [String], blobIDs: [String?]) {
        lazyBlobIDs = LazyValue {
            var byPath: [String: String] = [:]
            byPath.reserveCapacity(paths.count)
            for (path, blobID) in zip(paths, blobIDs) {
                if let blobID { byPath[path] = blobID }
            }
            return byPath
        }
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
        fileIndices.value[path]
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

/// A value built on first use, once, whichever thread asks first.
final class LazyValue<Value: Sendable>: @unchecked Sendable {
    // @unchecked: `built` is only touched while holding `lock`; `build`
    // never changes.
    private let lock = NSLock()
    private var built: Value?
    private let build: @Sendable () -> Value

    /// A value `build` makes when first asked for.
    init(_ build: @escaping @Sendable () -> Value) {
        self.build = build
    }

    /// A value known already.
    init(_ value: Value) {
        built = value
        build = { value }
    }

    var value: Value {
        lock.withLock {
            if let built { return built }
            let value = build()
            built = value
            return value
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
