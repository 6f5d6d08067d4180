/// Decides whether a planned change would leave the backlog with errors it
/// did not have before, by loading and checking it both ways.
///
/// Errors are compared per rule and file, not by line, since an edit moves
/// the lines below it; a file the change moves (`cairn rename`) is compared
/// under its new path. A backlog that already had errors can still be
/// edited, as long as the edit adds none.
///
/// The backlog with the change is checked first, and the backlog before it
/// only by the rules that found errors after it: only their errors can be
/// counted against the change, so a change that leaves no error at all
/// costs one check, not two.
public struct ChangeValidator: Sendable {
    public let loader: BacklogLoader
    public let checker: BacklogChecker

    public init(loader: BacklogLoader = BacklogLoader(), checker: BacklogChecker = BacklogChecker()) {
        self.loader = loader
        self.checker = checker
    }

    /// Checks `before` and the same backlog with `changes` applied on top of
    /// its source. `moves` maps old paths to new ones for renamed files.
    public func validate(
        _ changes: ChangeSet, on before: Backlog, moves: [String: String] = [:]
    ) throws -> ChangeValidation {
        let overlay = ChangeOverlaySource(base: before.source, changes: changes)
        let after =
            ChangedBacklog.touchesConfiguration(changes, of: before)
            ? try loader.load(from: overlay, root: before.root)
            : ChangedBacklog(loader: loader).applying(changes, to: before, source: overlay)
        let errorsAfter = checker.check(after).filter { $0.severity == .error }
        guard !errorsAfter.isEmpty else { return ChangeValidation(after: after, introducedErrors: []) }
        let rulesWithErrors = Set(errorsAfter.map(\.rule))
        let errorsBefore = BacklogChecker(
            rules: checker.rules.filter { rulesWithErrors.contains($0.description.id) }, today: checker.today
        ).check(before).filter { $0.severity == .error }
        let introduced = Self.introduced(
            after: errorsAfter, before: errorsBefore.map { moved($0, by: moves) })
        return ChangeValidation(after: after, introducedErrors: introduced)
    }

    private func moved(_ diagnostic: Diagnostic, by moves: [String: String]) -> Diagnostic {
        var moved = diagnostic
        moved.file = moves[diagnostic.file] ?? diagnostic.file
        return moved
    }

    /// For each rule and file with more errors after than before, the
    /// surplus: preferably those whose message is new.
    private static func introduced(after: [Diagnostic], before: [Diagnostic]) -> [Diagnostic] {
        struct Key: Hashable {
            var rule: String
            var file: String
        }
        let beforeByKey = Dictionary(grouping: before) { Key(rule: $0.rule, file: $0.file) }
        let afterByKey = Dictionary(grouping: after) { Key(rule: $0.rule, file: $0.file) }
        var introduced: [Diagnostic] = []
        for (key, found) in afterByKey {
            let previous = beforeByKey[key] ?? []
            let surplus = found.count - previous.count
            guard surplus > 0 else { continue }
            let knownMessages = Set(previous.map(\.message))
            let ordered =
                found.filter { !knownMessages.contains($0.message) }
                + found.filter { knownMessages.contains($0.message) }
            introduced += ordered.prefix(surplus)
        }
        return introduced.sorted { ($0.file, $0.location.line) < ($1.file, $1.location.line) }
    }
}

/// The outcome of ``ChangeValidator/validate(_:on:moves:)``.
public struct ChangeValidation: Sendable {
    /// The backlog as it will be once the change is written.
    public var after: Backlog
    /// Errors the change would introduce, in file order; empty when it is safe.
    public var introducedErrors: [Diagnostic]
}
