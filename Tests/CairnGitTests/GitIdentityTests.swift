import CairnGit
import Foundation
import Testing

/// `GitRepository.commitIdentity(environment:)`: where git finds the author
/// and committer, and in which order. Configuration files are written with
/// `git config --file`; where git can answer too, `git var` is asked under the
/// same environment.
@Suite("GitRepository.commitIdentity")
struct GitIdentityTests {
    private func setConfig(_ sandbox: CommitSandbox, file: URL, _ values: [String: String]) throws {
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            try sandbox.git("config", "--file", file.path, key, value)
        }
    }

    private func globalConfig(_ sandbox: CommitSandbox) -> URL {
        sandbox.home.appendingPathComponent(".gitconfig")
    }

    /// What `git var GIT_AUTHOR_IDENT` / `GIT_COMMITTER_IDENT` says, without the time.
    private func gitIdent(_ sandbox: CommitSandbox, _ variable: String, _ environment: [String: String]) throws
        -> String
    {
        let ident = try sandbox.git(["var", variable], extraEnvironment: environment, setUpIdentity: false)
        return ident.split(separator: " ").dropLast(2).joined(separator: " ")
    }

    @Test("the global ~/.gitconfig is read from HOME, as git reads it")
    func globalConfiguration() throws {
        let sandbox = try CommitSandbox()
        try setConfig(
            sandbox, file: globalConfig(sandbox), ["user.name": "Global Name", "user.email": "global@example.com"])

        let identity = try sandbox.open().commitIdentity(environment: sandbox.environment())

        #expect(identity.author == GitSignature(name: "Global Name", email: "global@example.com"))
        #expect(identity.committer == identity.author)
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", [:]) == "Global Name <global@example.com>")
    }

    @Test("the repository's config beats the global one, key by key")
    func repositoryBeatsGlobal() throws {
        let sandbox = try CommitSandbox()
        try setConfig(
            sandbox, file: globalConfig(sandbox), ["user.name": "Global Name", "user.email": "global@example.com"])
        try sandbox.git("config", "user.name", "Local Name")

        let identity = try sandbox.open().commitIdentity(environment: sandbox.environment())

        #expect(identity.author == GitSignature(name: "Local Name", email: "global@example.com"))
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", [:]) == "Local Name <global@example.com>")
    }

    @Test("GIT_AUTHOR_* and GIT_COMMITTER_* beat every config file, each for its own role")
    func environmentBeatsConfiguration() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity(name: "Local Name", email: "local@example.com")
        let environment = ["GIT_AUTHOR_NAME": "Env Author", "GIT_COMMITTER_EMAIL": "env-committer@example.com"]

        let identity = try sandbox.open().commitIdentity(environment: sandbox.environment(environment))

        #expect(identity.author == GitSignature(name: "Env Author", email: "local@example.com"))
        #expect(identity.committer == GitSignature(name: "Local Name", email: "env-committer@example.com"))
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", environment) == "Env Author <local@example.com>")
        #expect(
            try gitIdent(sandbox, "GIT_COMMITTER_IDENT", environment) == "Local Name <env-committer@example.com>")
    }

    @Test("author.* and committer.* beat user.* for their role")
    func roleSpecificKeys() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity(name: "User Name", email: "user@example.com")
        try sandbox.git("config", "author.name", "Author Name")
        try sandbox.git("config", "committer.email", "committer@example.com")

        let identity = try sandbox.open().commitIdentity(environment: sandbox.environment())

        #expect(identity.author == GitSignature(name: "Author Name", email: "user@example.com"))
        #expect(identity.committer == GitSignature(name: "User Name", email: "committer@example.com"))
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", [:]) == "Author Name <user@example.com>")
        #expect(try gitIdent(sandbox, "GIT_COMMITTER_IDENT", [:]) == "User Name <committer@example.com>")
    }

    @Test("EMAIL is used only when no user.email is configured")
    func emailFallback() throws {
        let sandbox = try CommitSandbox()
        try sandbox.git("config", "user.name", "Name")
        let environment = ["EMAIL": "fallback@example.com"]

        let repository = try sandbox.open()
        #expect(
            try repository.commitIdentity(environment: sandbox.environment(environment)).author.email
                == "fallback@example.com")
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", environment) == "Name <fallback@example.com>")

        try sandbox.git("config", "user.email", "configured@example.com")
        #expect(
            try repository.commitIdentity(environment: sandbox.environment(environment)).author.email
                == "configured@example.com")
    }

    @Test("GIT_CONFIG_GLOBAL replaces ~/.gitconfig; the XDG file ranks below ~/.gitconfig")
    func globalFileLocations() throws {
        let sandbox = try CommitSandbox()
        try setConfig(sandbox, file: globalConfig(sandbox), ["user.name": "Home Name"])
        let xdg = sandbox.root.appendingPathComponent("xdg")
        try setConfig(
            sandbox, file: xdg.appendingPathComponent("git/config"),
            ["user.name": "XDG Name", "user.email": "xdg@example.com"])
        let other = sandbox.root.appendingPathComponent("other.gitconfig")
        try setConfig(sandbox, file: other, ["user.name": "Other Name", "user.email": "other@example.com"])
        let repository = try sandbox.open()

        let withXDG = ["XDG_CONFIG_HOME": xdg.path]
        #expect(
            try repository.commitIdentity(environment: sandbox.environment(withXDG)).author
                == GitSignature(name: "Home Name", email: "xdg@example.com"))
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", withXDG) == "Home Name <xdg@example.com>")

        let withGlobal = ["XDG_CONFIG_HOME": xdg.path, "GIT_CONFIG_GLOBAL": other.path]
        #expect(
            try repository.commitIdentity(environment: sandbox.environment(withGlobal)).author
                == GitSignature(name: "Other Name", email: "other@example.com"))
        #expect(try gitIdent(sandbox, "GIT_AUTHOR_IDENT", withGlobal) == "Other Name <other@example.com>")
    }

    @Test("GIT_CONFIG_SYSTEM names the system file, and GIT_CONFIG_NOSYSTEM skips it")
    func systemFile() throws {
        let sandbox = try CommitSandbox()
        let system = sandbox.root.appendingPathComponent("system.gitconfig")
        try setConfig(sandbox, file: system, ["user.name": "System Name", "user.email": "system@example.com"])
        let repository = try sandbox.open()

        let identity = try repository.commitIdentity(environment: [
            "HOME": sandbox.home.path, "GIT_CONFIG_SYSTEM": system.path,
        ])
        #expect(identity.author.name == "System Name")
        #expect(throws: GitCommitError.self) {
            try repository.commitIdentity(environment: sandbox.environment(["GIT_CONFIG_SYSTEM": system.path]))
        }
    }

    @Test("include.path in the global file is followed")
    func includes() throws {
        let sandbox = try CommitSandbox()
        let included = sandbox.home.appendingPathComponent("identity.inc")
        try setConfig(sandbox, file: included, ["user.name": "Included Name", "user.email": "included@example.com"])
        try setConfig(sandbox, file: globalConfig(sandbox), ["include.path": included.path])

        let identity = try sandbox.open().commitIdentity(environment: sandbox.environment())
        #expect(identity.author == GitSignature(name: "Included Name", email: "included@example.com"))
    }

    @Test("only a missing email is named when the name is set")
    func missingEmailOnly() throws {
        let sandbox = try CommitSandbox()
        try sandbox.git("config", "user.name", "Name")
        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().commitIdentity(environment: sandbox.environment())
        }
        #expect(error == .identityUnknown(role: .author, missingName: false, missingEmail: true))
        #expect(error.description.hasPrefix("Author identity unknown: no email address is configured."))
    }

    @Test("a committer with no identity is named as such")
    func missingCommitter() throws {
        let sandbox = try CommitSandbox()
        let environment = sandbox.environment(["GIT_AUTHOR_NAME": "A", "GIT_AUTHOR_EMAIL": "a@example.com"])
        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().commitIdentity(environment: environment)
        }
        #expect(error == .identityUnknown(role: .committer, missingName: true, missingEmail: true))
        #expect(error.description.hasPrefix("Committer identity unknown"))
        #expect(error.description.contains("GIT_COMMITTER_EMAIL"))
    }

    @Test("GIT_AUTHOR_DATE and GIT_COMMITTER_DATE fix the commit's times")
    func fixedDates() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity()
        try sandbox.write("a.md", "a\n")
        let environment = sandbox.environment([
            "GIT_AUTHOR_DATE": "@1700000000 +0200", "GIT_COMMITTER_DATE": "2024-05-01T12:30:00Z",
        ])

        let identity = try sandbox.open().commitIdentity(environment: environment)
        #expect(identity.author.timestamp == GitTimestamp(secondsSince1970: 1_700_000_000, offsetMinutes: 120))
        try sandbox.open().commit(paths: ["a.md"], message: "Dated", environment: environment)

        #expect(
            try sandbox.lines("log", "-1", "--format=%ad|%cd", "--date=raw") == ["1700000000 +0200|1714566600 +0000"])
    }

    @Test("a date git's common formats do not cover is refused, naming the variable")
    func invalidDate() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity()
        #expect(throws: GitCommitError.invalidDate(variable: "GIT_COMMITTER_DATE", value: "next tuesday")) {
            try sandbox.open().commitIdentity(environment: sandbox.environment(["GIT_COMMITTER_DATE": "next tuesday"]))
        }
    }

    @Test("a name with angle brackets is refused by checkCanCommit")
    func invalidIdentity() throws {
        let sandbox = try CommitSandbox()
        try sandbox.configureIdentity(name: "Bad <Name>", email: "bad@example.com")
        let error = try #require(throws: GitCommitError.self) {
            try sandbox.open().checkCanCommit(environment: sandbox.environment())
        }
        guard case .invalidIdentity(let role, _) = error else {
            Issue.record("expected invalidIdentity, got \(error)")
            return
        }
        #expect(role == .author)
    }
}
