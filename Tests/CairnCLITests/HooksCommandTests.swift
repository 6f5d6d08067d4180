import Foundation
import Testing

/// `cairn hooks install` in-process: where the hook goes and what it runs
/// when no executable path is known.
@Suite("cairn hooks install")
struct HooksCommandTests {
    @Test("in-process there is no executable to name, so the hook runs the cairn on PATH")
    func scriptWithoutExecutable() throws {
        let directory = try TemporaryDirectory()
        try directory.git("init", "--quiet")
        let result = cairn("hooks", "install", in: directory)
        #expect(result.status == 0)
        let script = try String(
            contentsOf: directory.url.appendingPathComponent(".git/hooks/pre-commit"), encoding: .utf8)
        #expect(script.hasPrefix("#!/bin/sh\n"))
        #expect(script.hasSuffix("\nexec cairn check --staged\n"))
    }

    @Test("core.hooksPath starting with ~/ is under HOME; the folder is created")
    func hooksPathInHome() throws {
        let directory = try TemporaryDirectory()
        let home = try TemporaryDirectory()
        try directory.git("init", "--quiet")
        try directory.git("config", "core.hooksPath", "~/git-hooks")
        let result = cairn("hooks", "install", in: directory, environment: ["HOME": home.url.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            FileManager.default.isExecutableFile(atPath: home.url.appendingPathComponent("git-hooks/pre-commit").path))
    }

    @Test("a linked worktree installs into the hooks folder all worktrees share")
    func linkedWorktree() throws {
        let directory = try TemporaryDirectory()
        try directory.git("init", "--quiet")
        try directory.git("commit", "--quiet", "--allow-empty", "-m", "x")
        try directory.git("worktree", "add", "--quiet", "linked")
        let result = cairn("hooks", "install", in: directory, subdirectory: "linked")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            FileManager.default.isExecutableFile(
                atPath: directory.url.appendingPathComponent(".git/hooks/pre-commit").path))
    }

    @Test("outside a git repository it is a usage error")
    func outsideRepository() throws {
        let directory = try TemporaryDirectory()
        let environment = ["GIT_CEILING_DIRECTORIES": directory.url.deletingLastPathComponent().path]
        let result = cairn("hooks", "install", in: directory, environment: environment)
        #expect(result.status == 2)
        #expect(result.stderr == "Error: \(directory.url.path) is not inside a git repository; run git init first\n")
    }
}
