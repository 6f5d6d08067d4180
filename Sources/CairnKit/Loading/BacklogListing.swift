/// What a backlog is made of before any of its files is read: the
/// configuration in force and the Markdown files under the backlog root.
///
/// ``BacklogLoader/listing(from:root:)`` makes one;
/// ``BacklogLoader/load(_:from:reusing:cache:)`` reads and parses its files.
/// Between the two, a check can tell from the listing alone whether a
/// result it stored still holds (see ``CheckResultStore``).
public struct BacklogListing: Sendable {
    /// The configuration read from `cairn.yml`, or the defaults.
    public let configuration: Configuration
    /// The `cairn.yml` read, if any.
    public let configurationFile: ConfigurationFile?
    /// What was wrong with `cairn.yml`.
    public let configurationProblems: [ConfigurationProblem]
    /// The backlog root relative to the repository root (`""` for the root itself).
    public let root: String
    /// The Markdown files under the root, sorted by path, each with its blob
    /// id when the source knows it without reading the file.
    public let entries: [SourceEntry]
    /// A hash of what decides how files parse besides their bytes:
    /// `cairn.yml` (its path and text), the backlog root and the rules Cairn knows.
    public let configurationHash: UInt64
}
