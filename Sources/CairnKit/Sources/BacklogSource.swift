/// One file a source offers as part of the backlog.
public struct SourceEntry: Hashable, Sendable {
    /// The path relative to the repository root, with `/` separators.
    public var path: String
    /// The size in bytes, when known before reading.
    public var size: Int?
    /// A problem found while listing, such as a symlink leaving the repository;
    /// such an entry is reported, never read.
    public var problem: FileProblem?
    /// The git blob id of the file's bytes, when the source knows it without
    /// reading them: a snapshot's tree entry, or the index entry of a
    /// working-tree file whose stat data shows it unchanged.
    public var blobID: String?

    public init(path: String, size: Int? = nil, problem: FileProblem? = nil, blobID: String? = nil) {
        self.path = path
        self.size = size
        self.problem = problem
        self.blobID = blobID
    }
}

extension [SourceEntry] {
    /// Whether the entries are in path order, as a listing returns them.
    var isSortedByPath: Bool {
        // By position, so that no entry is copied (with its strings retained) to compare two paths.
        indices.dropFirst().allSatisfy { self[$0 - 1].path <= self[$0].path }
    }
}

/// Where the bytes of a backlog come from: the working tree, the git index or
/// a commit. One parser reads them all.
public protocol BacklogSource: Sendable {
    /// The Markdown files under `directory` (relative to the repository root),
    /// sorted by path, minus those matching `ignore` (relative to `directory`).
    func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry]

    /// The bytes of the file at `path`, or `nil` when it does not exist.
    func contents(of path: String) throws -> [UInt8]?

    /// Whether a file or directory exists at `path` (relative to the repository root).
    func exists(_ path: String) -> Bool
}
