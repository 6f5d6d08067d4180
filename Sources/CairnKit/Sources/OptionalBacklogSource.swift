/// A source whose backlog directory may not exist: then it offers no files
/// instead of failing. For comparisons, where one side may predate the
/// backlog — the commit before a team adopted Cairn — and is rightly an
/// empty backlog; everything else is the wrapped source's.
public struct OptionalBacklogSource: BacklogSource {
    public let wrapped: any BacklogSource

    public init(_ wrapped: any BacklogSource) {
        self.wrapped = wrapped
    }

    public func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
        do {
            return try wrapped.markdownFiles(under: directory, ignoring: ignore)
        } catch SourceError.missingDirectory {
            return []
        }
    }

    public func contents(of path: String) throws -> [UInt8]? {
        try wrapped.contents(of: path)
    }

    public func exists(_ path: String) -> Bool {
        wrapped.exists(path)
    }
}
