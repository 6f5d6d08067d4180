import Testing

/// The command tree as a whole: help, version, completions and exit statuses
/// of ArgumentParser's own outcomes.
@Suite("cairn entry")
struct EntryTests {
    @Test(
        "--help of every command exits 0 with an abstract and an example",
        arguments: [
            [], ["check"], ["list"], ["show"], ["graph"], ["rules"], ["init"], ["new"],
        ])
    func help(command: [String]) throws {
        let directory = try TemporaryDirectory()
        let result = CairnInvocation.run(command + ["--help"], in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("OVERVIEW: "))
        #expect(result.stdout.contains("Examples:\n  cairn \(command.first ?? "check")"))
        #expect(result.stdout.contains("USAGE: cairn"))
    }

    @Test("help subcommand and no subcommand print help, exit 0")
    func helpSubcommand() throws {
        let directory = try TemporaryDirectory()
        let helpCheck = cairn("help", "check", in: directory)
        #expect(helpCheck.status == 0)
        #expect(helpCheck.stdout.contains("USAGE: cairn check"))
        let bare = cairn(in: directory)
        #expect(bare.status == 0)
        #expect(bare.stdout.contains("SUBCOMMANDS:"))
    }

    @Test("--version prints 0.1.0")
    func version() throws {
        let directory = try TemporaryDirectory()
        #expect(cairn("--version", in: directory) == RunResult(status: 0, stdout: "0.1.0\n", stderr: ""))
    }

    @Test("shell completion scripts", arguments: ["bash", "zsh", "fish"])
    func completions(shell: String) throws {
        let directory = try TemporaryDirectory()
        let result = cairn("--generate-completion-script", shell, in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.contains("cairn"))
        #expect(result.stdout.contains("check"))
        #expect(result.stdout.contains("format"))
    }

    @Test("usage errors exit 2 with ArgumentParser's message on standard error")
    func usageErrors() throws {
        let directory = try TemporaryDirectory()
        for arguments in [["frobnicate"], ["check", "--bogus"], ["list", "--format"], ["show"]] {
            let result = CairnInvocation.run(arguments, in: directory)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("Error: "), "\(arguments)")
        }
    }
}
