import CairnGit
import Foundation
import Testing

/// `GitRepository.commit(paths:message:)` in real repositories, checked with
/// the git command line.
@Suite("GitRepository.commit")
struct GitCommitTests {
    /// A repository on `main` with one commit of `a.md`, `b.md` and `c.md`, and an identity in its config.
    private func sandboxWithHistory() throws -> CommitSandbox {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity()
        try sandbox.commitWithGit(["a.md": "a1\n", "b.md": "b1\n", "c.md": "c1\n"])
        return sandbox
    }

    @Test("commits only the touched path; everything else staged stays staged and out of the commit")
    func otherStagedChangesStayStaged() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("b.md", "b2\n")
        try sandbox.write("d.md", "d1\n")
        try sandbox.git("add", "b.md", "d.md")
        try sandbox.write("c.md", "c2 unstaged\n")
        try sandbox.write("a.md", "a2\n")
        let parent = try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)

        let summary = try sandbox.open().commit(
            paths: ["a.md"], message: "Edit a", environment: sandbox.environment())

        #expect(try sandbox.lines("show", "--name-only", "--format=", "HEAD") == ["a.md"])
        #expect(try sandbox.git("show", "HEAD:a.md") == "a2\n")
        #expect(try sandbox.lines("diff", "--cached", "--name-only") == ["b.md", "d.md"])
        #expect(try sandbox.git("show", ":b.md") == "b2\n")
        #expect(try sandbox.status() == ["M  b.md", " M c.md", "A  d.md"])
        #expect(summary.id == (try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .newlines)))
        #expect(summary.branch == "main")
        #expect(summary.parentID == parent)
        #expect(summary.subject == "Edit a")
        #expect(
            try sandbox.lines("log", "-1", "--format=%an%n%ae%n%cn%n%ce%n%s") == [
                "Cairn Tester", "tester@example.com", "Cairn Tester", "tester@example.com", "Edit a",
            ])
        #expect(try sandbox.lines("rev-list", "--parents", "-1", "HEAD") == ["\(summary.id) \(parent)"])
        try sandbox.fsck()
    }

    @Test("a touched path staged differently by the user is committed as it is in the working tree")
    func touchedPathStagedDifferently() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("a.md", "a2 staged\n")
        try sandbox.git("add", "a.md")
        try sandbox.write("a.md", "a3 working tree\n")

        try sandbox.open().commit(paths: ["a.md"], message: "Edit a", environment: sandbox.environment())

        #expect(try sandbox.git("show", "HEAD:a.md") == "a3 working tree\n")
        #expect(try sandbox.git("show", ":a.md") == "a3 working tree\n")
        #expect(try sandbox.status().isEmpty)
        try sandbox.fsck()
    }

    @Test("a new file in new directories is added, and several paths go into one commit")
    func newFileInNewDirectory() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("backlog/stories/new.md", "new\n")
        try sandbox.write("a.md", "a2\n")

        try sandbox.open().commit(
            paths: ["backlog/stories/new.md", "a.md", "a.md"], message: "Add a story",
            environment: sandbox.environment())

        #expect(
            try sandbox.lines("show", "--name-status", "--format=", "HEAD") == [
                "M\ta.md", "A\tbacklog/stories/new.md",
            ])
        #expect(
            try sandbox.lines("ls-tree", "-r", "--name-only", "HEAD") == [
                "a.md", "b.md", "backlog/stories/new.md", "c.md",
            ])
        #expect(try sandbox.status().isEmpty)
        try sandbox.fsck()
    }

    @Test("a path deleted from the working tree is removed from the commit and the index")
    func deletedPath() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.commitWithGit(["docs/only.md": "only\n"])
        try sandbox.remove("b.md")
        try sandbox.remove("docs/only.md")

        try sandbox.open().commit(
            paths: ["b.md", "docs/only.md"], message: "Remove two", environment: sandbox.environment())

        #expect(try sandbox.lines("show", "--name-status", "--format=", "HEAD") == ["D\tb.md", "D\tdocs/only.md"])
        #expect(try sandbox.lines("ls-tree", "-r", "--name-only", "HEAD") == ["a.md", "c.md"])
        #expect(try sandbox.status().isEmpty)
        try sandbox.fsck()
    }

    @Test("a path that exists nowhere is ignored, beside one that changed")
    func pathThatExistsNowhere() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("a.md", "a2\n")

        try sandbox.open().commit(
            paths: ["a.md", "never/was.md"], message: "Edit a", environment: sandbox.environment())

        #expect(try sandbox.lines("show", "--name-only", "--format=", "HEAD") == ["a.md"])
        try sandbox.fsck()
    }

    @Test("the first commit of a fresh repository has no parent and creates the branch")
    func unbornRepository() throws {
        let sandbox = try CommitSandbox(initialBranch: "trunk")
        try sandbox.configureIdentity()
        try sandbox.write("backlog/first.md", "first\n")
        try sandbox.write("staged.md", "staged\n")
        try sandbox.git("add", "staged.md")
        try sandbox.write("untracked.md", "untracked\n")

        let summary = try sandbox.open().commit(
            paths: ["backlog/first.md"], message: "First story", environment: sandbox.environment())

        #expect(summary.branch == "trunk")
        #expect(summary.parentID == nil)
        #expect(try sandbox.git("rev-parse", "refs/heads/trunk").trimmingCharacters(in: .newlines) == summary.id)
        #expect(try sandbox.lines("rev-list", "--parents", "HEAD") == [summary.id])
        #expect(try sandbox.lines("ls-tree", "-r", "--name-only", "HEAD") == ["backlog/first.md"])
        #expect(try sandbox.status() == ["A  staged.md", "?? untracked.md"])
        #expect(try sandbox.lines("reflog", "-1", "--format=%gs", "HEAD") == ["commit (initial): First story"])
        #expect(try sandbox.lines("reflog", "-1", "--format=%gs", "trunk") == ["commit (initial): First story"])
        try sandbox.fsck()
    }

    @Test("with a detached HEAD, HEAD itself moves and the branch stays")
    func detachedHead() throws {
        let sandbox = try sandboxWithHistory()
        let mainBefore = try sandbox.git("rev-parse", "main")
        try sandbox.git("checkout", "--quiet", "--detach")
        try sandbox.write("a.md", "a2\n")

        let summary = try sandbox.open().commit(
            paths: ["a.md"], message: "Detached edit", environment: sandbox.environment())

        #expect(summary.branch == nil)
        #expect(try sandbox.git("rev-parse", "HEAD").trimmingCharacters(in: .newlines) == summary.id)
        #expect(try sandbox.gitStatus("symbolic-ref", "-q", "HEAD") != 0)
        #expect(try sandbox.git("rev-parse", "main") == mainBefore)
        #expect(try sandbox.lines("reflog", "-1", "--format=%gs", "HEAD") == ["commit: Detached edit"])
        #expect(try sandbox.status().isEmpty)
        try sandbox.fsck()
    }

    @Test("the reflog records the committer and git's message")
    func reflog() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("a.md", "a2\n")
        let environment = sandbox.environment([
            "GIT_COMMITTER_NAME": "Robot", "GIT_COMMITTER_EMAIL": "robot@example.com",
        ])

        try sandbox.open().commit(
            paths: ["a.md"], message: "Subject line\nsecond line\n\nBody", environment: environment)

        #expect(
            try sandbox.lines("reflog", "-1", "--format=%gn <%ge> %gs", "HEAD") == [
                "Robot <robot@example.com> commit: Subject line"
            ])
        #expect(try sandbox.lines("reflog", "-1", "--format=%gs", "main") == ["commit: Subject line"])
        #expect(try sandbox.lines("log", "-1", "--format=%s") == ["Subject line second line"])
    }

    @Test("the message gets git's whitespace clean-up and ends with a newline")
    func messageCleanUp() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("a.md", "a2\n")

        let summary = try sandbox.open().commit(
            paths: ["a.md"], message: "\n\nSubject  \n\n\n\nBody line\t\n# kept\n\n", environment: sandbox.environment()
        )

        let raw = try sandbox.git("cat-file", "commit", "HEAD")
        let message = raw.components(separatedBy: "\n\n").dropFirst().joined(separator: "\n\n")
        #expect(message == "Subject\n\nBody line\n# kept\n")
        #expect(summary.subject == "Subject")
    }

    @Test("an empty message is refused before anything is written")
    func emptyMessage() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("a.md", "a2\n")
        let index = sandbox.gitFile("index")

        #expect(throws: GitCommitError.emptyMessage) {
            try sandbox.open().commit(paths: ["a.md"], message: " \n\n \n", environment: sandbox.environment())
        }
        #expect(sandbox.gitFile("index") == index)
    }

    @Test("paths equal to HEAD's make nothingToCommit, and the user's staged version stays")
    func nothingToCommit() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.write("a.md", "a2\n")
        try sandbox.git("add", "a.md")
        try sandbox.write("a.md", "a1\n")
        let head = try sandbox.git("rev-parse", "HEAD")
        let index = sandbox.gitFile("index")

        #expect(throws: GitCommitError.nothingToCommit) {
            try sandbox.open().commit(
                paths: ["a.md", "missing.md"], message: "Edit", environment: sandbox.environment())
        }
        #expect(try sandbox.git("rev-parse", "HEAD") == head)
        #expect(sandbox.gitFile("index") == index)
        #expect(try sandbox.git("show", ":a.md") == "a2\n")
    }

    @Test("nothing to commit in a fresh repository either")
    func nothingToCommitUnborn() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity()
        #expect(throws: GitCommitError.nothingToCommit) {
            try sandbox.open().commit(paths: ["missing.md"], message: "Edit", environment: sandbox.environment())
        }
        #expect(try sandbox.gitStatus("rev-parse", "--verify", "-q", "HEAD") != 0)
    }

    @Test(
        "paths outside the working tree or malformed are refused",
        arguments: [
            "", "/etc/passwd", "../outside.md", "a/../b.md", "./a.md", "a//b.md", "dir/", ".git/config", "x/.GIT/y",
        ]
    )
    func invalidPaths(path: String) throws {
        let sandbox = try sandboxWithHistory()
        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().commit(paths: [path], message: "Edit", environment: sandbox.environment())
        }
        guard case .invalidPath(let reported, _) = error else {
            Issue.record("expected invalidPath, got \(error)")
            return
        }
        #expect(reported == path)
    }

    @Test("a directory is refused, in the working tree and in HEAD")
    func directoryPath() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.commitWithGit(["docs/one.md": "one\n"])
        let repository = try sandbox.open()
        #expect(throws: GitCommitError.directoryPath(path: "docs")) {
            try repository.commit(paths: ["docs"], message: "Edit", environment: sandbox.environment())
        }
        try sandbox.remove("docs")
        #expect(throws: GitCommitError.directoryPath(path: "docs")) {
            try repository.commit(paths: ["docs"], message: "Edit", environment: sandbox.environment())
        }
    }

    @Test("a file in HEAD where the path needs a folder is refused, leaving the index alone")
    func fileInTheWay() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.remove("a.md")
        try sandbox.write("a.md/inner.md", "inner\n")
        let index = sandbox.gitFile("index")

        #expect(throws: GitCommitError.fileInTheWay(path: "a.md/inner.md", conflictingFile: "a.md")) {
            try sandbox.open().commit(paths: ["a.md/inner.md"], message: "Edit", environment: sandbox.environment())
        }
        #expect(sandbox.gitFile("index") == index)
    }

    @Test("with core.autocrlf and a sub-folder's .gitattributes, content is staged as git add stages it")
    func lineEndingFilters() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.git("config", "core.autocrlf", "true")
        try sandbox.write("docs/.gitattributes", "*.bin -text\n")
        try sandbox.git("add", "docs/.gitattributes")
        try sandbox.git("commit", "--quiet", "-m", "attributes")
        try sandbox.write("docs/stories/crlf.md", "line one\r\nline two\r\n")
        try sandbox.write("docs/raw.bin", "kept\r\nas is\r\n")

        try sandbox.open().commit(
            paths: ["docs/stories/crlf.md", "docs/raw.bin"], message: "Line endings", environment: sandbox.environment()
        )

        #expect(try sandbox.git("cat-file", "blob", "HEAD:docs/stories/crlf.md") == "line one\nline two\n")
        #expect(try sandbox.git("cat-file", "blob", "HEAD:docs/raw.bin") == "kept\r\nas is\r\n")
        for path in ["docs/stories/crlf.md", "docs/raw.bin"] {
            #expect(
                try sandbox.git("rev-parse", "HEAD:\(path)") == (try sandbox.git("hash-object", "--path=\(path)", path))
            )
        }
        #expect(try sandbox.status().isEmpty)
        try sandbox.fsck()
    }

    @Test("in a linked worktree, that worktree's branch moves and its own index is written")
    func linkedWorktree() throws {
        let sandbox = try sandboxWithHistory()
        let linked = sandbox.root.appendingPathComponent("linked")
        try sandbox.git("worktree", "add", "--quiet", "-b", "feature", linked.path)
        let mainBefore = try sandbox.git("rev-parse", "main")
        try Data("from the linked worktree\n".utf8).write(to: linked.appendingPathComponent("a.md"))

        let summary = try GitRepository(path: linked.path).commit(
            paths: ["a.md"], message: "Linked edit", environment: sandbox.environment())

        #expect(summary.branch == "feature")
        #expect(try sandbox.git("rev-parse", "feature").trimmingCharacters(in: .newlines) == summary.id)
        #expect(try sandbox.git("rev-parse", "main") == mainBefore)
        #expect(try sandbox.git("-C", linked.path, "status", "--porcelain").isEmpty)
        #expect(try sandbox.status().isEmpty)
        #expect(try sandbox.lines("-C", linked.path, "reflog", "-1", "--format=%gs", "HEAD") == ["commit: Linked edit"])
        try sandbox.fsck()
    }

    @Test("a symbolic link is committed as a link")
    func symbolicLink() throws {
        let sandbox = try sandboxWithHistory()
        try FileManager.default.createSymbolicLink(
            atPath: sandbox.repository.appendingPathComponent("link.md").path, withDestinationPath: "a.md")

        try sandbox.open().commit(paths: ["link.md"], message: "Link", environment: sandbox.environment())

        #expect(try sandbox.git("ls-tree", "HEAD", "link.md").hasPrefix("120000 blob"))
        #expect(try sandbox.git("cat-file", "blob", "HEAD:link.md") == "a.md")
        #expect(try sandbox.status().isEmpty)
    }

    @Test("a branch kept only in packed-refs moves like a loose one")
    func packedBranch() throws {
        let sandbox = try sandboxWithHistory()
        try sandbox.git("pack-refs", "--all")
        try sandbox.write("a.md", "a2\n")

        let summary = try sandbox.open().commit(paths: ["a.md"], message: "Edit", environment: sandbox.environment())

        #expect(try sandbox.git("rev-parse", "main").trimmingCharacters(in: .newlines) == summary.id)
        try sandbox.fsck()
    }

    @Test("two commits in a row through one handle build on each other")
    func twoCommitsInARow() throws {
        let sandbox = try sandboxWithHistory()
        let repository = try sandbox.open()
        try sandbox.write("a.md", "a2\n")
        let first = try repository.commit(paths: ["a.md"], message: "One", environment: sandbox.environment())
        try sandbox.write("b.md", "b2\n")
        let second = try repository.commit(paths: ["b.md"], message: "Two", environment: sandbox.environment())

        #expect(second.parentID == first.id)
        #expect(try sandbox.lines("log", "--format=%s", "-2") == ["Two", "One"])
        #expect(try sandbox.status().isEmpty)
        try sandbox.fsck()
    }
}
