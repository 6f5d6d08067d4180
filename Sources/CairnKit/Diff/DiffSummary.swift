/// How many of each kind of change a diff holds, for the summary lines and
/// tables of every format.
public struct DiffSummary: Hashable, Sendable, Encodable {
    public var added: Int
    public var removed: Int
    public var broken: Int
    public var renamed: Int
    public var changed: Int
    public var linksAdded: Int
    public var linksRemoved: Int
    public var errorsIntroduced: Int
    public var introduced: Int
    public var resolved: Int
    public var conflicts: Int

    public init(_ diff: BacklogDiff) {
        added = diff.added.count
        removed = diff.removed.count
        broken = diff.broken.count
        renamed = diff.renamed.count
        changed = diff.changed.count
        linksAdded = diff.links.count { $0.change == .added }
        linksRemoved = diff.links.count { $0.change == .removed }
        errorsIntroduced = diff.introduced.count { $0.severity == .error }
        introduced = diff.introduced.count
        resolved = diff.resolved.count
        conflicts = diff.conflicts.count
    }
}
