import Foundation
import Testing

/// Real `git commit`s through the pre-commit hook that the real `cairn hooks
/// install` wrote: the hook judges exactly what each commit records.
@Suite("cairn hooks install: real commits through the hook")
struct GitHookTests {
    static let diagnostic = "backlog/stories/US-5-broken.md:5:14: error: US-5 depends_on names US-21"
    static let fixed = "---\nid: US-5\ntitle: Fixed\nstatus: draft\n---\n"

    /// A committed clean backlog with Cairn's hook installed.
    static func hooked() throws -> HookedRepository {
        let repository = try HookedRepository()
        let install = try repository.cairn("hooks", "install")
        #expect(install.status == 0, "\(install.stderr)")
        return repository
    }

    /// Expects `result` to be a commit the hook refused with the dangling-reference diagnostic.
    static func expectRefused(_ result: Subprocess.Result, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status != 0, sourceLocation: sourceLocation)
        let output = result.stdout + result.stderr
        #expect(output.contains(diagnostic), "\(output)", sourceLocation: sourceLocation)
        #expect(output.contains("[dangling-reference]"), sourceLocation: sourceLocation)
    }

    @Test("the hook is executable, runs this cairn, and a clean commit goes through")
    func installAndCleanCommit() throws {
        let repository = try Self.hooked()
        let hook = repository.url.appendingPathComponent(".git/hooks/pre-commit")
        let attributes = try FileManager.default.attributesOfItem(atPath: hook.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o755)
        let script = try String(contentsOf: hook, encoding: .utf8)
        let executable = try #require(BuiltProducts.executable("cairn")).resolvingSymlinksInPath().path
        #expect(script.contains("installed='\(executable)'"))
        #expect(script.contains("exec \"$cairn\" check --staged"))

        try repository.write("backlog/stories/US-5-fine.md", Self.fixed)
        try repository.git("add", "-A")
        let result = try repository.commit()
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repository.commitCount() == 2)
    }

    @Test("a commit adding a dangling reference is refused, with file:line and rule id in git's output")
    func danglingRefused() throws {
        let repository = try Self.hooked()
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try repository.git("add", "-A")
        Self.expectRefused(try repository.commit())
        #expect(try repository.commitCount() == 1)
    }

    @Test("the index is judged, not the working tree: broken only on disk passes, broken only in the index fails")
    func indexNotWorkingTree() throws {
        let repository = try Self.hooked()
        try repository.write(BacklogFixture.danglingPath, Self.fixed)
        try repository.git("add", "-A")
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        let clean = try repository.commit()
        #expect(clean.status == 0, "\(clean.stderr)")

        try repository.git("add", "-A")
        try repository.write(BacklogFixture.danglingPath, Self.fixed)
        Self.expectRefused(try repository.commit())
        #expect(try repository.commitCount() == 2)
    }

    @Test("git commit -a judges the working tree's content, through git's temporary index")
    func commitAll() throws {
        let repository = try Self.hooked()
        try repository.write(BacklogFixture.danglingPath, Self.fixed)
        try repository.git("add", "-A")
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        Self.expectRefused(try repository.commit("-a"))

        try repository.git("add", "-A")
        try repository.write(BacklogFixture.danglingPath, Self.fixed)
        let result = try repository.commit("-a")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repository.commitCount() == 2)
    }

    @Test("git commit <path> judges HEAD plus those paths, not the rest of the index")
    func commitPaths() throws {
        let repository = try Self.hooked()
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try repository.git("add", BacklogFixture.danglingPath)
        let story = "backlog/stories/US-2-save-cards.md"
        try repository.write(story, "---\nid: US-2\ntitle: Save cards\nstatus: draft\nparent: EP-3\n---\n")
        let partial = try repository.commit(story)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(try repository.commitCount() == 2)
        Self.expectRefused(try repository.commit(BacklogFixture.danglingPath))
        #expect(try repository.commitCount() == 2)
    }

    @Test("deleted but still staged, staged deletions, renames and new files are judged as git commits them")
    func deletionsAndRenames() throws {
        let repository = try Self.hooked()
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try repository.git("add", "-A")
        try FileManager.default.removeItem(at: repository.url.appendingPathComponent(BacklogFixture.danglingPath))
        Self.expectRefused(try repository.commit())

        try repository.git("rm", "--quiet", "--cached", BacklogFixture.danglingPath)
        try repository.git("rm", "--quiet", "backlog/stories/US-2-save-cards.md")
        let dangling = try repository.commit()
        #expect(dangling.status != 0)
        #expect((dangling.stdout + dangling.stderr).contains("backlog/stories/US-1-apple-pay.md:9:14: error:"))

        try repository.git("reset", "--quiet", "--hard")
        try repository.git("mv", "backlog/stories/US-2-save-cards.md", "backlog/stories/US-2-keep-cards.md")
        let renamed = try repository.commit()
        #expect(renamed.status == 0, "\(renamed.stderr)")
        #expect(try repository.commitCount() == 2)
    }

    @Test("core.hooksPath, relative to the working tree, is where the hook goes and runs from")
    func hooksPath() throws {
        let repository = try HookedRepository()
        try repository.git("config", "core.hooksPath", "tools/hooks")
        let install = try repository.cairn("hooks", "install")
        #expect(install.status == 0, "\(install.stderr)")
        let hook = repository.url.appendingPathComponent("tools/hooks/pre-commit")
        #expect(install.stdout == "Installed \(hook.path): every git commit now runs cairn check --staged.\n")
        #expect(FileManager.default.isExecutableFile(atPath: hook.path))
        #expect(
            !FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(".git/hooks/pre-commit").path)
        )
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try repository.git("add", BacklogFixture.danglingPath)
        Self.expectRefused(try repository.commit())
    }

    @Test("an existing hook is left alone without --force, with the line to chain Cairn into it")
    func existingHook() throws {
        let repository = try HookedRepository()
        let hook = repository.url.appendingPathComponent(".git/hooks/pre-commit")
        let own = "#!/bin/sh\necho my own checks\n"
        try Data(own.utf8).write(to: hook)
        let refused = try repository.cairn("hooks", "install")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("a pre-commit hook already exists at \(hook.path)"))
        #expect(refused.stderr.contains("cairn check --staged || exit 1"))
        #expect(try String(contentsOf: hook, encoding: .utf8) == own)

        let forced = try repository.cairn("hooks", "install", "--force")
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOf: hook, encoding: .utf8).contains("check --staged"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: hook.deletingLastPathComponent().path)
        #expect(!leftovers.contains { $0.hasPrefix(".pre-commit.cairn-") })
    }

    @Test("a linked worktree's commits are judged by its own index (git sets GIT_DIR for its hooks)")
    func linkedWorktree() throws {
        let repository = try Self.hooked()
        let linked = repository.home.url.appendingPathComponent("linked")
        try repository.git("worktree", "add", "--quiet", linked.path)
        try Data(BacklogFixture.dangling.utf8).write(to: linked.appendingPathComponent(BacklogFixture.danglingPath))
        try repository.git("add", BacklogFixture.danglingPath, in: linked)
        Self.expectRefused(try repository.commit(in: linked))
        try Data(Self.fixed.utf8).write(to: linked.appendingPathComponent(BacklogFixture.danglingPath))
        try repository.git("add", BacklogFixture.danglingPath, in: linked)
        let result = try repository.commit(in: linked)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try repository.commitCount(in: linked) == 2)
    }

    @Test("once the installing cairn is gone the hook runs the cairn on PATH, or says what to do")
    func installedBinaryGone() throws {
        let repository = try HookedRepository()
        let built = try #require(BuiltProducts.executable("cairn"))
        let moved = try TemporaryDirectory()
        let copy = moved.url.appendingPathComponent("cairn")
        try FileManager.default.copyItem(at: built, to: copy)
        let install = try Subprocess.run(
            copy, ["hooks", "install"], in: repository.url,
            environment: GitCommand.environment(home: repository.home.url))
        #expect(install.status == 0, "\(install.stderr)")
        try FileManager.default.removeItem(at: copy)
        try repository.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try repository.git("add", "-A")

        let nowhere = try repository.commit(environment: ["PATH": "/usr/bin:/bin"])
        #expect(nowhere.status != 0)
        #expect(nowhere.stderr.contains("pre-commit: cairn is neither at \(copy.path) nor on PATH"))

        let path = built.deletingLastPathComponent().path + ":/usr/bin:/bin"
        Self.expectRefused(try repository.commit(environment: ["PATH": path]))
    }
}
