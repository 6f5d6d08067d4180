import CairnGit
import CairnKit

/// The two sides `cairn diff` compares, resolved in the repository: each
/// side's source of bytes and name, the base branch's tip and the merge
/// base used to find id conflicts.
struct DiffSides {
    struct Side {
        var source: any BacklogSource
        var endpoint: DiffEndpoints.Side
    }

    var base: Side
    var head: Side
    /// The tip of the base revision as given; the same as ``base`` unless
    /// the range compares against the merge base (`A...B`).
    var baseTip: Side
    /// The commit the base tip and the head grew from, when they share history.
    var mergeBase: String?

    /// The endpoints as reports name them.
    var endpoints: DiffEndpoints {
        DiffEndpoints(base: base.endpoint, head: head.endpoint, mergeBase: mergeBase)
    }

    /// Revisions tried in turn when no base is given, after the current
    /// branch's upstream.
    static let defaultBases = ["main", "origin/main"]

    init(_ range: DiffRange, in repository: GitRepository, workingTree: any BacklogSource) throws {
        do {
            let baseName = try range.base ?? Self.defaultBase(in: repository)
            let baseCommit = try repository.commitID(of: baseName)
            let headRevision: String?
            switch range.head {
            case .workingTree:
                head = Side(
                    source: OptionalBacklogSource(workingTree), endpoint: .init(name: "the working tree", commit: nil))
                headRevision = repository.resolvesToCommit("HEAD") ? "HEAD" : nil
            case .revision(let revision):
                head = try Self.snapshotSide(revision, in: repository)
                headRevision = revision
            }
            baseTip = try Self.snapshotSide(baseCommit, named: baseName, in: repository)
            let headName = headRevision ?? "HEAD"
            do {
                mergeBase = try headRevision.flatMap { try repository.mergeBase(of: baseCommit, and: $0) }
            } catch is GitError where !range.usesMergeBase {
                // A shallow clone may lack the history; BASE..HEAD needs it
                // only to find id conflicts, which are then not looked for.
                mergeBase = nil
            } catch let error as GitError {
                throw CommandFailure.usage(
                    "cannot find the merge base of \(baseName) and \(headName): \(error.message); "
                        + "a shallow clone needs its history first (git fetch --unshallow)")
            }
            if range.usesMergeBase {
                guard let mergeBase else {
                    throw CommandFailure.usage(
                        "\(baseName) and \(headName) share no history, so they have no merge base")
                }
                base = try Self.snapshotSide(
                    mergeBase, named: "the merge base of \(baseName) and \(headRevision ?? "HEAD")", in: repository)
            } else {
                base = baseTip
            }
        } catch let error as GitError {
            throw CommandFailure.usage(error.message)
        }
    }

    /// The current branch's upstream, else the first of ``defaultBases`` that exists.
    private static func defaultBase(in repository: GitRepository) throws -> String {
        if let upstream = repository.upstreamOfCurrentBranch() { return upstream }
        guard let found = defaultBases.first(where: repository.resolvesToCommit) else {
            throw CommandFailure.usage(
                "no base to compare with: the current branch has no upstream and there is no branch "
                    + defaultBases.joined(separator: " or ") + "; name one, as in `cairn diff BASE`")
        }
        return found
    }

    /// The commit `revision` names, as a side named `name` (the revision itself by default).
    static func snapshotSide(_ revision: String, named name: String? = nil, in repository: GitRepository) throws -> Side
    {
        let snapshot: GitSnapshot
        do {
            snapshot = try repository.snapshot(of: revision)
        } catch let error as GitError {
            throw CommandFailure.usage(error.message)
        }
        let source = GitSnapshotSource(snapshot: snapshot, workingTree: repository.workingDirectory)
        return Side(
            source: OptionalBacklogSource(source),
            endpoint: .init(name: name ?? revision, commit: snapshot.commitID))
    }
}
