import Foundation
import Testing

/// Cairn's `.pre-commit-hooks.yaml` through the real pre-commit framework
/// (https://pre-commit.com), which CI installs: the manifest validates, and
/// a consumer repository whose config points `repo:` at this source
/// repository, at its committed `HEAD`, gets Cairn built by pre-commit with
/// `swift build -c release` (about 2½ minutes here) and real commits judged
/// by it. pre-commit missing is a failure, not a skip.
@Suite("pre-commit framework: the cairn-check hook")
struct PreCommitFrameworkTests {
    /// The root of the Cairn package these tests belong to.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `pre-commit arguments…` in `directory` from `PATH`.
    static func preCommit(_ arguments: [String], in directory: URL, environment: [String: String]) throws
        -> Subprocess.Result
    {
        try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/env"), ["pre-commit"] + arguments, in: directory, environment: environment)
    }

    @Test("the manifest is valid for pre-commit")
    func manifest() throws {
        let manifest = Self.packageRoot.appendingPathComponent(".pre-commit-hooks.yaml")
        let result = try Self.preCommit(
            ["validate-manifest", manifest.path], in: Self.packageRoot,
            environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "pre-commit must be installed (pip install pre-commit): \(result.stderr)")
    }

    @Test(
        "a consumer repository gets Cairn built from this repository and its commits checked",
        .timeLimit(.minutes(20)))
    func consumer() throws {
        let home = try TemporaryDirectory()
        let source = try GitCommand.run(["rev-parse", "HEAD"], in: Self.packageRoot, home: home.url)
        let revision = source.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let consumer = try HookedRepository()
        try consumer.write(
            ".pre-commit-config.yaml",
            """
            repos:
              - repo: \(Self.packageRoot.path)
                rev: \(revision)
                hooks:
                  - id: cairn-check

            """)
        let environment = GitCommand.environment(
            home: consumer.home.url, ["PRE_COMMIT_HOME": home.url.appendingPathComponent("pre-commit").path])
        let install = try Self.preCommit(["install"], in: consumer.url, environment: environment)
        #expect(install.status == 0, "pre-commit must be installed (pip install pre-commit): \(install.stderr)")
        let build = try Self.preCommit(["install-hooks"], in: consumer.url, environment: environment)
        try #require(build.status == 0, "pre-commit could not build Cairn: \(build.stdout)\(build.stderr)")

        try consumer.git("add", ".pre-commit-config.yaml")
        let clean = try consumer.commit(environment: environment)
        #expect(clean.status == 0, "\(clean.stdout)\(clean.stderr)")

        try consumer.write(BacklogFixture.danglingPath, BacklogFixture.dangling)
        try consumer.git("add", BacklogFixture.danglingPath)
        let dangling = try consumer.commit(environment: environment)
        #expect(dangling.status != 0)
        #expect((dangling.stdout + dangling.stderr).contains(GitHookTests.diagnostic))
        #expect((dangling.stdout + dangling.stderr).contains("[dangling-reference]"))
        try consumer.git("reset", "--quiet", "--hard")

        // A commit that only deletes an item still runs the hook (always_run).
        try consumer.git("rm", "--quiet", "backlog/stories/US-2-save-cards.md")
        let deletion = try consumer.commit(environment: environment)
        #expect(deletion.status != 0)
        #expect((deletion.stdout + deletion.stderr).contains("backlog/stories/US-1-apple-pay.md:9:14: error:"))
        #expect(try consumer.commitCount() == 2)
    }
}
