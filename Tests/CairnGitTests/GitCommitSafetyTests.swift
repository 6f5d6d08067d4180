import Foundation
import Testing

@testable import CairnGit

/// States in which a commit must not be made, and other processes acting
/// while one is being made: each leaves the index and HEAD as they were.
/// Concurrent processes are played by the git command line from the commit's
/// internal seam, after its objects are written and before it locks HEAD.
@Suite("GitRepository.commit safety")
struct GitCommitSafetyTests {
    private func sandboxWithHistory() throws -> CommitSandbox {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity()
        try sandbox.commitWithGit(["a.md": "a1\n", "b.md": "b1\n"])
        try sandbox.write("a.md", "a2\n")
        return sandbox
    }

    /// The index file and HEAD's commit, to compare before and after.
    private func snapshot(_ sandbox: CommitSandbox) throws -> (index: Data?, head: String) {
        (sandbox.gitFile("index"), try sandbox.git("rev-parse", "HEAD"))
    }

    @Test("a held index.lock is reported by checkCanCommit and by commit, and changes nothing")
    func indexLockedBeforehand() throws {
        let sandbox = try sandboxWithHistory()
        let before = try snapshot(sandbox)
        let lockFile = sandbox.repository.appendingPathComponent(".git/index.lock")
        try Data().write(to: lockFile)
        let repository = try sandbox.open()
        let expected = GitCommitError.indexLocked(lockFile: lockFile.path)

        #expect(throws: expected) { try repository.checkCanCommit(environment: sandbox.environment()) }
        #expect(throws: expected) {
            try repository.commit(paths: ["a.md"], message: "Edit", environment: sandbox.environment())
        }
        #expect(try snapshot(sandbox) == before)
        #expect(FileManager.default.fileExists(atPath: lockFile.path))
        #expect(expected.description.contains("index.lock"))
        try FileManager.default.removeItem(at: lockFile)
        try sandbox.fsck()
    }

    @Test("an index.lock taken while committing fails the index write and changes nothing")
    func indexLockedMeanwhile() throws {
        let sandbox = try sandboxWithHistory()
        let before = try snapshot(sandbox)
        let lockFile = sandbox.repository.appendingPathComponent(".git/index.lock")

        #expect(throws: GitCommitError.indexLocked(lockFile: lockFile.path)) {
            try sandbox.open().commit(
                paths: ["a.md"], message: "Edit", environment: sandbox.environment(),
                beforeLockingReferences: { try Data().write(to: lockFile) })
        }
        #expect(try snapshot(sandbox) == before)
        #expect(try sandbox.lines("reflog", "--format=%gs", "HEAD").count == 1)
        try FileManager.default.removeItem(at: lockFile)
        #expect(try sandbox.status() == [" M a.md"])
        try sandbox.fsck()
    }

    @Test("another process committing meanwhile is detected; its commit stays and nothing is staged")
    func headMovedMeanwhile() throws {
        let sandbox = try sandboxWithHistory()
        let index = sandbox.gitFile("index")
        let start = try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .newlines)
        var theirs = ""

        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().commit(
                paths: ["a.md"], message: "Edit", environment: sandbox.environment(),
                beforeLockingReferences: {
                    try sandbox.git("commit", "--quiet", "--allow-empty", "-m", "theirs")
                    theirs = try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .newlines)
                })
        }
        #expect(error == .headMoved(reference: "refs/heads/main", expected: start, found: theirs))
        #expect(try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .newlines) == theirs)
        #expect(sandbox.gitFile("index") == index)
        #expect(try sandbox.status() == [" M a.md"])
        try sandbox.fsck()
    }

    @Test("another process making the first commit meanwhile is detected")
    func unbornBranchCreatedMeanwhile() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity()
        try sandbox.write("a.md", "a\n")

        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().commit(
                paths: ["a.md"], message: "Edit", environment: sandbox.environment(),
                beforeLockingReferences: { try sandbox.git("commit", "--quiet", "--allow-empty", "-m", "theirs") })
        }
        guard case .headMoved(let reference, let expected, let found) = error else {
            Issue.record("expected headMoved, got \(error)")
            return
        }
        #expect(reference == "refs/heads/main")
        #expect(expected == nil)
        #expect(found != nil)
        #expect(try sandbox.lines("log", "--format=%s") == ["theirs"])
        #expect(try sandbox.status() == ["?? a.md"])
    }

    @Test("switching branches meanwhile is detected")
    func branchSwitchedMeanwhile() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.git("branch", "other")

        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().commit(
                paths: ["a.md"], message: "Edit", environment: sandbox.environment(),
                beforeLockingReferences: { try sandbox.git("symbolic-ref", "HEAD", "refs/heads/other") })
        }
        guard case .headMoved(let reference, _, _) = error else {
            Issue.record("expected headMoved, got \(error)")
            return
        }
        #expect(reference == "HEAD")
        #expect(try sandbox.git("rev-parse", "main") == (try sandbox.git("rev-parse", "other")))
    }

    @Test("another process staging meanwhile is detected, and what it staged is kept")
    func indexChangedMeanwhile() throws {
        let sandbox = try sandboxWithHistory()
        let head = try sandbox.git("rev-parse", "HEAD")
        try sandbox.write("b.md", "b2\n")

        #expect(throws: GitCommitError.indexChanged) {
            try sandbox.open().commit(
                paths: ["a.md"], message: "Edit", environment: sandbox.environment(),
                beforeLockingReferences: { try sandbox.git("add", "b.md") })
        }
        #expect(try sandbox.git("rev-parse", "HEAD") == head)
        #expect(try sandbox.lines("diff", "--cached", "--name-only") == ["b.md"])
        try sandbox.fsck()
    }

    @Test("a branch locked by another process is reported, and its lock is left alone")
    func branchLocked() throws {
        let sandbox = try sandboxWithHistory()
        let before = try snapshot(sandbox)
        let lockFile = sandbox.repository.appendingPathComponent(".git/refs/heads/main.lock")

        #expect(throws: GitCommitError.referenceLocked(reference: "refs/heads/main")) {
            try sandbox.open().commit(
                paths: ["a.md"], message: "Edit", environment: sandbox.environment(),
                beforeLockingReferences: { try Data().write(to: lockFile) })
        }
        #expect(FileManager.default.fileExists(atPath: lockFile.path))
        #expect(
            !FileManager.default.fileExists(atPath: sandbox.repository.appendingPathComponent(".git/HEAD.lock").path))
        try FileManager.default.removeItem(at: lockFile)
        #expect(try snapshot(sandbox) == before)
    }

    @Test("no identity anywhere: checkCanCommit and commit give git's advice and change nothing")
    func noIdentity() throws {
        let sandbox = try CommitSandbox()
        try sandbox.commitWithGit(["a.md": "a1\n"])
        try sandbox.write("a.md", "a2\n")
        let before = try snapshot(sandbox)
        let repository = try sandbox.open()
        let expected = GitCommitError.identityUnknown(role: .author, missingName: true, missingEmail: true)

        #expect(throws: expected) { try repository.checkCanCommit(environment: sandbox.environment()) }
        #expect(throws: expected) {
            try repository.commit(paths: ["a.md"], message: "Edit", environment: sandbox.environment())
        }
        #expect(try snapshot(sandbox) == before)
        #expect(expected.description.hasPrefix("Author identity unknown"))
        #expect(expected.description.contains(#"git config --global user.email "you@example.com""#))
        #expect(expected.description.contains(#"git config --global user.name "Your Name""#))
        #expect(expected.description.contains("GIT_AUTHOR_NAME"))
    }

    @Test("a merge in progress is refused")
    func mergeInProgress() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.git("checkout", "--quiet", "-b", "side")
        try sandbox.commitWithGit(["b.md": "side\n"])
        try sandbox.git("checkout", "--quiet", "main")
        try sandbox.commitWithGit(["b.md": "main\n"])
        #expect(try sandbox.gitStatus("merge", "--quiet", "side") != 0)

        let repository = try sandbox.open()
        #expect(throws: GitCommitError.operationInProgress(operation: "a merge")) {
            try repository.checkCanCommit(environment: sandbox.environment())
        }
        #expect(throws: GitCommitError.operationInProgress(operation: "a merge")) {
            try repository.commit(paths: ["a.md"], message: "Edit", environment: sandbox.environment())
        }
    }

    @Test("unmerged paths without a merge state are refused")
    func unmergedPaths() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.git("checkout", "--quiet", "-b", "side")
        try sandbox.commitWithGit(["b.md": "side\n"])
        try sandbox.git("checkout", "--quiet", "main")
        try sandbox.commitWithGit(["b.md": "main\n"])
        #expect(try sandbox.gitStatus("merge", "--quiet", "side") != 0)
        try FileManager.default.removeItem(at: sandbox.repository.appendingPathComponent(".git/MERGE_HEAD"))

        #expect(throws: GitCommitError.unmergedPaths) {
            try sandbox.open().checkCanCommit(environment: sandbox.environment())
        }
        #expect(throws: GitCommitError.unmergedPaths) {
            try sandbox.open().commit(paths: ["a.md"], message: "Edit", environment: sandbox.environment())
        }
    }

    @Test("a bare repository is refused")
    func bareRepository() throws {
        let sandbox = try CommitSandbox(bare: true)
        #expect(throws: GitCommitError.bareRepository) {
            try GitRepository(path: sandbox.repository.path).checkCanCommit(environment: sandbox.environment())
        }
    }

    @Test("checkCanCommit passes in a ready repository, fresh or not, and writes nothing")
    func ready() throws {
        let fresh = try CommitSandbox()
        try fresh.configureIdentity()
        try fresh.open().checkCanCommit(environment: fresh.environment())
        #expect(fresh.gitFile("index") == nil)

        let sandbox = try sandboxWithHistory()
        let before = try snapshot(sandbox)
        try sandbox.open().checkCanCommit(environment: sandbox.environment())
        #expect(try snapshot(sandbox) == before)
    }
}
