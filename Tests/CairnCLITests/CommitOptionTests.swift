import Foundation
import Testing

/// `--commit` end to end: the built binary in real repositories, checked with git itself.
@Suite("--commit through libgit2")
struct CommitOptionTests {
    private static let story = "backlog/stories/US-1-pay.md"
    private static let files = [
        story: "---\nid: US-1\ntitle: Pay\nstatus: draft\n---\n## Acceptance criteria\n- [ ] Paid.\n",
        "backlog/epics/EP-1-checkout.md": "---\nid: EP-1\ntitle: Checkout\nstatus: draft\n---\n",
        "README.md": "readme\n",
    ]
    /// An identity for the commits, as git reads it from the environment.
    private static let identity = [
        "GIT_AUTHOR_NAME": "Ann Author", "GIT_AUTHOR_EMAIL": "ann@example.com",
        "GIT_COMMITTER_NAME": "Ann Author", "GIT_COMMITTER_EMAIL": "ann@example.com",
    ]

    /// A repository with one commit of the backlog.
    private func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository(Self.files)
        try git(repository, "add", "-A")
        try git(repository, "commit", "-q", "-m", "Backlog")
        return repository
    }

    @discardableResult
    private func git(_ repository: TemporaryRepository, _ arguments: String...) throws -> String {
        let result = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/git"), arguments, in: repository.url,
            environment: ProcessInfo.processInfo.environment.merging(Self.identity) { $1 })
        guard result.status == 0 else { throw Subprocess.Failure(message: "git \(arguments): \(result.stderr)") }
        return result.stdout
    }

    @Test("commits only the item it wrote; what the user had staged stays staged and out of the commit")
    func onlyTouchedPaths() throws {
        let repository = try repository()
        try repository.write("README.md", "staged by the user\n")
        try git(repository, "add", "README.md")
        let result = try repository.cairn("set", "US-1", "status=ready", "--commit", environment: Self.identity)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Wrote \(Self.story)\nCommitted "))
        let branch = try git(repository, "symbolic-ref", "--short", "HEAD").dropLast()
        let commit = try git(repository, "rev-parse", "--short=7", "HEAD").dropLast()
        #expect(
            result.stdout
                == "Wrote \(Self.story)\nCommitted \(commit) on \(branch): US-1: status draft → ready\n")
        #expect(
            try git(repository, "log", "-1", "--format=%s%n%an <%ae>")
                == "US-1: status draft → ready\nAnn Author <ann@example.com>\n")
        #expect(try git(repository, "show", "--name-only", "--format=", "HEAD") == "\(Self.story)\n")
        #expect(try git(repository, "diff", "--cached", "--name-only") == "README.md\n")
        #expect(try git(repository, "status", "--porcelain") == "M  README.md\n")
        try git(repository, "fsck", "--strict", "--no-progress")
    }

    @Test("-m sets the message; rename commits the new path, the removal and the rewritten referrers")
    func renameWithMessage() throws {
        let repository = try repository()
        #expect(
            try repository.cairn("link", "US-1", "--parent", "EP-1", "--commit", environment: Self.identity).status == 0
        )
        let result = try repository.cairn(
            "rename", "EP-1", "EP-7", "--commit", "-m", "Renumber the checkout epic", environment: Self.identity)
        #expect(result.status == 0)
        #expect(try git(repository, "log", "-1", "--format=%s") == "Renumber the checkout epic\n")
        #expect(
            try git(repository, "show", "--no-renames", "--name-status", "--format=", "HEAD")
                == "D\tbacklog/epics/EP-1-checkout.md\nA\tbacklog/epics/EP-7-checkout.md\nM\t\(Self.story)\n")
        #expect(try git(repository, "status", "--porcelain").isEmpty)
    }

    @Test("without an identity nothing is written and the error says how to set one")
    func noIdentity() throws {
        let repository = try repository()
        let home = try TemporaryDirectory()
        let result = try repository.cairn(
            "set", "US-1", "status=ready", "--commit",
            environment: ["HOME": home.url.path, "XDG_CONFIG_HOME": home.url.path, "GIT_CONFIG_NOSYSTEM": "1"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("nothing was written"))
        #expect(result.stderr.contains("git config --global user.email"))
        #expect(try git(repository, "status", "--porcelain").isEmpty)
    }

    @Test("a held index.lock stops the command before it writes; the index is untouched")
    func indexLocked() throws {
        let repository = try repository()
        try repository.write(".git/index.lock", "")
        let result = try repository.cairn("set", "US-1", "status=ready", "--commit", environment: Self.identity)
        #expect(result.status == 2)
        #expect(result.stderr.contains("index.lock"))
        try repository.remove(".git/index.lock")
        #expect(try git(repository, "status", "--porcelain").isEmpty)
        #expect(try git(repository, "rev-list", "--count", "HEAD") == "1\n")
    }

    @Test("the first commit of a fresh repository creates its branch")
    func unborn() throws {
        let repository = try TemporaryRepository(Self.files)
        let result = try repository.cairn("set", "US-1", "status=ready", "--commit", environment: Self.identity)
        #expect(result.status == 0)
        #expect(
            try git(repository, "show", "--name-only", "--format=%s", "HEAD")
                == "US-1: status draft → ready\n\n\(Self.story)\n")
        #expect(try git(repository, "status", "--porcelain", "--untracked-files=all").contains("?? README.md"))
    }

    @Test("new --edit --commit commits the edited item when it is clean, and not when the edit broke it")
    func newEditCommit() throws {
        let repository = try repository()
        let clean = try repository.cairn(
            "new", "story", "Edited", "--edit", "--commit",
            environment: Self.identity.merging(["EDITOR": "true", "VISUAL": ""]) { $1 })
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(
            try git(repository, "show", "--name-only", "--format=%s", "HEAD").hasSuffix(
                "\nbacklog/stories/US-2-edited.md\n"))
        #expect(try git(repository, "status", "--porcelain").isEmpty)
        let broken = try repository.cairn(
            "new", "story", "Broken", "--edit", "--commit",
            environment: Self.identity.merging(["EDITOR": "sed -i s/^status:.*/status:\\ bogus/", "VISUAL": ""]) { $1 })
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Not committed: backlog/stories/US-3-broken.md has errors"))
        #expect(try git(repository, "rev-list", "--count", "HEAD") == "2\n")
        #expect(try git(repository, "status", "--porcelain") == "?? backlog/stories/US-3-broken.md\n")
    }

    @Test("rename refuses an id another branch has taken")
    func renameTakenOnBranch() throws {
        let repository = try repository()
        try git(repository, "checkout", "-q", "-b", "feature")
        try repository.write(
            "backlog/stories/US-5-elsewhere.md", "---\nid: US-5\ntitle: Elsewhere\nstatus: draft\n---\n")
        try git(repository, "add", "-A")
        try git(repository, "commit", "-q", "-m", "Feature")
        try git(repository, "checkout", "-q", "-")
        let result = try repository.cairn("rename", "US-1", "US-5", environment: Self.identity)
        #expect(result.status == 2)
        #expect(result.stderr.contains("US-5 is taken on another branch or in the index; pick a free id such as US-6"))
    }
}
