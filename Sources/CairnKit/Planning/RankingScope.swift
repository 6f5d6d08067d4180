/// Which items planning considers: work items, not the documents and
/// containers around them.
///
/// By default every kind is work except the built-in kinds that describe
/// or group work rather than being done as one piece: epics, objectives,
/// key results, releases, feedback, PRDs and MRDs. So stories, bugs and any
/// kind a backlog adds (`task`, `spike`) are planned. Naming kinds replaces
/// the default: `--kind bug` plans bugs only, `--kind epic` ranks epics.
public struct RankingScope: Hashable, Sendable {
    /// The built-in kinds that are not planned unless named: those around
    /// the work and the containers of work.
    public static let nonWorkKinds = WorkKinds.surrounding.union(WorkKinds.containers)

    /// The kinds named, or `nil` for every work kind.
    public var kinds: Set<String>?

    /// Work items of every work kind, or only those of `kinds` when some are given.
    public init(kinds: [String] = []) {
        self.kinds = kinds.isEmpty ? nil : Set(kinds)
    }

    /// Whether items of `kind` are in scope.
    public func includes(kind: String) -> Bool {
        kinds.map { $0.contains(kind) } ?? !Self.nonWorkKinds.contains(kind)
    }

    /// The kinds named that `configuration` does not define, each as a
    /// sentence with a suggestion when one is close.
    public func unknownKinds(in configuration: Configuration) -> [String] {
        ItemFilter(kinds: (kinds ?? []).sorted()).unknownValues(in: configuration)
    }
}
