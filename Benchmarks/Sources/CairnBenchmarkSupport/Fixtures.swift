import CairnKit
import Foundation

/// Generated repositories and loaded backlogs, made once per process and
/// shared by the benchmarks of a suite: generating and loading 100,000
/// items takes longer than measuring most steps on them.
public final class Fixtures: @unchecked Sendable {
    /// The suite's store; call ``removeAll()`` from `Benchmark.teardown`.
    public static let shared = Fixtures()

    private let lock = NSLock()
    private var repositories: [Int: SyntheticRepository] = [:]
    private var backlogs: [Int: Backlog] = [:]

    private init() {}

    /// An uncommitted repository with `itemCount` generated items.
    public func repository(itemCount: Int) throws -> SyntheticRepository {
        try lock.withLock {
            if let made = repositories[itemCount] { return made }
            let made = try SyntheticRepository(itemCount: itemCount)
            repositories[itemCount] = made
            return made
        }
    }

    /// The backlog of ``repository(itemCount:)``, loaded from its working tree.
    public func backlog(itemCount: Int) throws -> Backlog {
        let repository = try repository(itemCount: itemCount)
        return try lock.withLock {
            if let loaded = backlogs[itemCount] { return loaded }
            let loaded = try BacklogLoader().load(from: WorkingTreeSource(root: repository.url))
            backlogs[itemCount] = loaded
            return loaded
        }
    }

    /// Forgets every backlog and deletes every repository.
    public func removeAll() {
        lock.withLock {
            for repository in repositories.values { repository.remove() }
            repositories = [:]
            backlogs = [:]
        }
    }
}
