import CairnGit
import Foundation
import Testing

/// `GitRepository.discover` with git's environment variables, as git sets
/// them for hooks, checked against what the git command line says for the
/// same environment.
@Suite("GitRepository.discover with git's environment")
struct GitRepositoryEnvironmentTests {
    @Test("GIT_DIR opens that repository, and the current directory is the working tree as for git")
    func gitDirectory() throws {
        let scratch = try Scratch()
        let repository = try scratch.makeDirectory("repo")
        try scratch.gitOutput(["init", "--quiet"], in: repository)
        let other = try scratch.makeDirectory("elsewhere/deep")
        let subdirectory = try scratch.makeDirectory("repo/sub")
        let variables = ["GIT_DIR": repository.appendingPathComponent(".git").path]

        let opened = try #require(
            try GitRepository.discover(
                containing: other, environment: GitEnvironment(variables, currentDirectory: subdirectory)))
        let gitTopLevel = try scratch.gitOutput(
            ["rev-parse", "--show-toplevel"], in: subdirectory, environment: variables)
        #expect(opened.workingDirectory?.resolvingSymlinksInPath().path == gitTopLevel)
        #expect(gitTopLevel == subdirectory.resolvingSymlinksInPath().path)
    }

    @Test("a relative GIT_DIR is resolved against the environment's current directory")
    func relativeGitDirectory() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let environment = GitEnvironment(["GIT_DIR": ".git"], currentDirectory: scratch.url)
        let opened = try #require(try GitRepository.discover(containing: scratch.url, environment: environment))
        #expect(opened.workingDirectory?.resolvingSymlinksInPath().path == scratch.realPath)
    }

    @Test("a GIT_DIR that is no repository is an error naming it, not a search")
    func invalidGitDirectory() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let missing = scratch.url.appendingPathComponent("nothing-here")
        let environment = GitEnvironment(["GIT_DIR": missing.path], currentDirectory: scratch.url)
        let error = try #require(throws: GitError.self) {
            try GitRepository.discover(containing: scratch.url, environment: environment)
        }
        #expect(error.message.contains("GIT_DIR=\(missing.path) is not a git repository"))
    }

    @Test("GIT_WORK_TREE sets the working tree, with GIT_DIR or a discovered repository")
    func workTree() throws {
        let scratch = try Scratch()
        let repository = try scratch.makeDirectory("repo")
        try scratch.gitOutput(["init", "--quiet"], in: repository)
        let tree = try scratch.makeDirectory("tree")
        let variables = ["GIT_WORK_TREE": "../tree"]

        let discovered = try #require(
            try GitRepository.discover(
                containing: repository, environment: GitEnvironment(variables, currentDirectory: repository)))
        let gitTopLevel = try scratch.gitOutput(
            ["rev-parse", "--show-toplevel"], in: repository, environment: variables)
        #expect(discovered.workingDirectory?.resolvingSymlinksInPath().path == gitTopLevel)
        #expect(gitTopLevel == tree.resolvingSymlinksInPath().path)

        let explicit = ["GIT_DIR": "repo/.git", "GIT_WORK_TREE": "tree"]
        let opened = try #require(
            try GitRepository.discover(
                containing: scratch.url, environment: GitEnvironment(explicit, currentDirectory: scratch.url)))
        #expect(opened.workingDirectory?.resolvingSymlinksInPath().path == tree.resolvingSymlinksInPath().path)
    }

    @Test("a linked worktree opened as its hooks see it: GIT_DIR is the worktree's git directory")
    func linkedWorktreeHook() throws {
        let scratch = try Scratch()
        let main = try scratch.makeDirectory("main")
        try scratch.gitOutput(["init", "--quiet"], in: main)
        try scratch.gitOutput(["commit", "--quiet", "--allow-empty", "-m", "x"], in: main)
        try scratch.gitOutput(["worktree", "add", "--quiet", "../linked"], in: main)
        let linked = scratch.url.appendingPathComponent("linked")
        let gitDirectory = try scratch.gitOutput(["rev-parse", "--absolute-git-dir"], in: linked)
        let environment = GitEnvironment(["GIT_DIR": gitDirectory], currentDirectory: linked)
        let opened = try #require(try GitRepository.discover(containing: linked, environment: environment))
        #expect(opened.workingDirectory?.resolvingSymlinksInPath().path == linked.resolvingSymlinksInPath().path)
    }

    @Test("GIT_INDEX_FILE replaces the index, relative to the current directory")
    func indexFile() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        try scratch.write("staged.md", "in the real index\n")
        try scratch.git("add", "staged.md")
        try scratch.write("other.md", "only in the temporary index\n")
        try scratch.gitOutput(["add", "other.md"], environment: ["GIT_INDEX_FILE": ".git/other-index"])

        let plain = try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
        #expect(try plain.indexSnapshot().entries(under: "").map(\.path) == ["staged.md"])

        let environment = GitEnvironment(["GIT_INDEX_FILE": ".git/other-index"], currentDirectory: scratch.url)
        let redirected = try #require(try GitRepository.discover(containing: scratch.url, environment: environment))
        #expect(try redirected.indexSnapshot().entries(under: "").map(\.path) == ["other.md"])
    }

    @Test("GIT_CEILING_DIRECTORIES is read from the environment given, not only this process's")
    func ceilingFromEnvironment() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let nested = try scratch.makeDirectory("a/b")
        let environment = GitEnvironment(
            ["GIT_CEILING_DIRECTORIES": "relative/ignored:" + scratch.url.path], currentDirectory: nested)
        #expect(try GitRepository.discover(containing: nested, environment: environment) == nil)
        #expect(try GitRepository.discover(containing: nested, environment: .empty(currentDirectory: nested)) != nil)
    }
}
