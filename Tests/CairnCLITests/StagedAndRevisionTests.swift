import Foundation
import Testing

/// `--staged` and `--rev` in-process, in real repositories made with the git
/// command line: what is read is what git would commit, or what a commit
/// holds, whatever the working tree says.
@Suite("--staged and --rev")
struct StagedAndRevisionTests {
    static let brokenPlace = "backlog/stories/US-5-broken.md:5:14 error dangling-reference"

    /// The clean backlog, committed; returns the repository.
    static func committed(_ extra: [String: String] = [:]) throws -> TemporaryDirectory {
        let directory = try BacklogFixture.write(extra)
        try directory.git("init", "--quiet")
        try directory.git("add", "-A")
        try directory.git("commit", "--quiet", "-m", "clean backlog")
        return directory
    }

    static func places(_ result: RunResult) throws -> [String] {
        try CheckReport(json: result.stdout).places
    }

    @Test("a file broken in the working tree but clean in the index passes --staged")
    func brokenOnlyInWorkingTree() throws {
        let directory = try Self.committed()
        try directory.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        #expect(cairn("check", in: directory).status == 1)
        #expect(
            cairn("check", "--staged", in: directory)
                == RunResult(status: 0, stdout: "no problems in 4 files (4 items)\n", stderr: ""))
    }

    @Test("a file broken in the index fails --staged even after the working tree was fixed")
    func brokenInIndex() throws {
        let directory = try Self.committed()
        try directory.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try directory.git("add", BacklogFixture.danglingPath)
        try directory.write(BacklogFixture.danglingPath, "---\nid: US-5\ntitle: Fixed\nstatus: draft\n---\n")
        #expect(cairn("check", in: directory).status == 0)
        let staged = cairn("check", "--staged", "--format", "json", in: directory)
        #expect(staged.status == 1)
        #expect(try Self.places(staged) == [Self.brokenPlace])
        let text = cairn("check", "--staged", in: directory)
        #expect(text.stdout == CheckCommandTests.danglingText + "1 error in 5 files (5 items)\n")
    }

    @Test("a file deleted from the working tree but still staged is read, and can be named")
    func deletedButStaged() throws {
        let directory = try Self.committed([BacklogFixture.danglingPath: BacklogFixture.dangling])
        try directory.remove(BacklogFixture.danglingPath)
        #expect(cairn("check", in: directory).status == 0)
        let staged = cairn("check", "--staged", "--format", "json", BacklogFixture.danglingPath, in: directory)
        #expect(staged.status == 1)
        #expect(try Self.places(staged) == [Self.brokenPlace])
        let workingTree = cairn("check", BacklogFixture.danglingPath, in: directory)
        #expect(workingTree.status == 2)
        #expect(workingTree.stderr == "Error: no such file or directory: \(BacklogFixture.danglingPath)\n")
    }

    @Test("a staged deletion is gone from --staged: the links to it dangle")
    func stagedDeletion() throws {
        let directory = try Self.committed()
        try directory.git("rm", "--quiet", "backlog/stories/US-2-save-cards.md")
        let staged = cairn("check", "--staged", "--format", "json", in: directory)
        #expect(staged.status == 1)
        #expect(try Self.places(staged) == ["backlog/stories/US-1-apple-pay.md:9:14 error dangling-reference"])
        #expect(cairn("check", "--rev", "HEAD", in: directory).status == 0)
    }

    @Test("a file renamed with git mv is read at its new path")
    func renamed() throws {
        let directory = try Self.committed([BacklogFixture.danglingPath: BacklogFixture.dangling])
        try directory.git("mv", BacklogFixture.danglingPath, "backlog/stories/US-5-moved.md")
        let staged = cairn("check", "--staged", "--format", "json", in: directory)
        #expect(try Self.places(staged) == ["backlog/stories/US-5-moved.md:5:14 error dangling-reference"])
    }

    @Test("an untracked file is not part of --staged until it is added")
    func newlyAdded() throws {
        let directory = try Self.committed()
        try directory.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        let untracked = cairn("check", "--staged", BacklogFixture.danglingPath, in: directory)
        #expect(untracked.status == 2)
        #expect(untracked.stderr == "Error: no such file or directory in the index: \(BacklogFixture.danglingPath)\n")
        try directory.git("add", BacklogFixture.danglingPath)
        #expect(try Self.places(cairn("check", "--staged", "--format", "json", in: directory)) == [Self.brokenPlace])
    }

    @Test("--rev reads a commit by ancestry, tag, short id and branch")
    func revisions() throws {
        let directory = try Self.committed()
        try directory.git("tag", "clean")
        try directory.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try directory.git("add", "-A")
        try directory.git("commit", "--quiet", "-m", "broken")
        try directory.remove(BacklogFixture.danglingPath)
        let first = try directory.git("rev-parse", "--short", "HEAD~1").trimmingCharacters(in: .whitespacesAndNewlines)
        let branch = try directory.git("branch", "--show-current").trimmingCharacters(in: .whitespacesAndNewlines)
        for revision in ["HEAD~1", "clean", first] {
            #expect(cairn("check", "--rev", revision, in: directory).status == 0, "\(revision)")
            #expect(cairn("show", "US-5", "--rev", revision, in: directory).status == 2, "\(revision)")
        }
        for revision in ["HEAD", branch] {
            #expect(
                try Self.places(cairn("check", "--rev", revision, "--format", "json", in: directory)) == [
                    Self.brokenPlace
                ])
            #expect(cairn("show", "US-5", "--rev", revision, in: directory).stdout.contains("Broken"))
        }
        #expect(cairn("list", "--rev", "HEAD", "--format", "csv", in: directory).stdout.contains("US-5"))
        #expect(!cairn("list", "--rev", "clean", "--format", "csv", in: directory).stdout.contains("US-5"))
        #expect(cairn("graph", "--rev", "HEAD", in: directory).stdout.contains("US-5"))
    }

    @Test("an unborn repository: --staged reads the index, --rev says there are no commits")
    func unborn() throws {
        let directory = try BacklogFixture.write()
        try directory.git("init", "--quiet")
        try directory.git("add", "-A")
        #expect(cairn("check", "--staged", in: directory).stdout == "no problems in 4 files (4 items)\n")
        #expect(
            cairn("check", "--rev", "HEAD", in: directory)
                == RunResult(
                    status: 2, stdout: "",
                    stderr: "Error: unknown revision 'HEAD': the repository has no commits yet\n"))
    }

    @Test("usage errors: unknown revision, both options, no repository")
    func usage() throws {
        let directory = try Self.committed()
        #expect(
            cairn("check", "--rev", "mian", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: unknown revision 'mian'\n"))
        let both = cairn("list", "--staged", "--rev", "HEAD", in: directory)
        #expect(both.status == 2)
        #expect(both.stderr.contains("--staged and --rev read different snapshots; give one of them."))
        let outside = try BacklogFixture.write()
        let environment = ["GIT_CEILING_DIRECTORIES": outside.url.deletingLastPathComponent().path]
        let noRepository = cairn("check", "--staged", in: outside, environment: environment)
        #expect(noRepository.status == 2)
        #expect(
            noRepository.stderr
                == "Error: --staged reads from git, but \(outside.url.resolvingSymlinksInPath().path) is not inside a git repository\n"
        )
    }

    @Test("GIT_INDEX_FILE, as git commit sets it for hooks, chooses the index --staged reads")
    func indexFileFromEnvironment() throws {
        let directory = try Self.committed()
        let home = directory.url.appendingPathComponent(".home")
        let temporaryIndex = ["GIT_INDEX_FILE": ".git/next-index.lock"]
        try GitCommand.run(["read-tree", "HEAD"], in: directory.url, home: home, environment: temporaryIndex)
        try directory.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try GitCommand.run(
            ["add", BacklogFixture.danglingPath], in: directory.url, home: home, environment: temporaryIndex)
        #expect(cairn("check", "--staged", in: directory).status == 0)
        let hook = cairn("check", "--staged", "--format", "json", in: directory, environment: temporaryIndex)
        #expect(try Self.places(hook) == [Self.brokenPlace])
    }

    @Test("--root may name a folder that only the snapshot still has")
    func rootOnlyInSnapshot() throws {
        let directory = try Self.committed()
        try directory.git("mv", "backlog", "plan")
        try directory.git("commit", "--quiet", "-m", "move")
        let result = cairn("check", "--rev", "HEAD~1", "--root", "backlog", in: directory)
        #expect(result == RunResult(status: 0, stdout: "no problems in 4 files (4 items)\n", stderr: ""))
        #expect(cairn("check", "--root", "backlog", in: directory).status == 2)
    }
}
