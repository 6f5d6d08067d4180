import ArgumentParser
import CairnGit
import Foundation

/// `cairn hooks`: git hooks that run Cairn.
struct HooksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hooks",
        abstract: "Install git hooks that check the backlog.",
        subcommands: [HooksInstallCommand.self])
}

/// `cairn hooks install`: a pre-commit hook running `cairn check --staged`.
struct HooksInstallCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "install",
        abstract: "Install a git pre-commit hook that runs cairn check --staged.",
        discussion: """
            Writes an executable pre-commit hook into the repository's hooks folder, or \
            the folder core.hooksPath names (created if needed). The hook checks the \
            backlog exactly as the commit will record it — also for git commit -a and \
            git commit <paths> — and stops a commit whose backlog has errors. It runs this \
            cairn executable, or the cairn on PATH once that is gone.

            An existing hook is never replaced without --force; to keep it, add this line \
            to it instead:
              \(PreCommitHook.chainLine)

            With the pre-commit framework (pre-commit.com), use the cairn-check hook of \
            Cairn's .pre-commit-hooks.yaml instead.

            Examples:
              cairn hooks install
              cairn hooks install --force
            """)

    @Flag(name: .long, help: "Replace a pre-commit hook that is already there.")
    var force = false

    func execute(in context: CommandContext) throws -> Int32 {
        let directory = context.workingDirectory.resolvingSymlinksInPath()
        let environment = GitEnvironment(context.environment, currentDirectory: directory)
        let found: GitRepository?
        do {
            found = try GitRepository.discover(containing: directory, environment: environment)
        } catch {
            throw CommandFailure.io("cannot open the git repository containing \(directory.path): \(error)")
        }
        guard let repository = found else {
            throw CommandFailure.usage("\(directory.path) is not inside a git repository; run git init first")
        }
        let hook: URL
        do {
            hook = try PreCommitHook.location(in: repository, environment: context.environment)
        } catch {
            throw CommandFailure.io("cannot find the hooks folder: \(error)")
        }
        do {
            try PreCommitHook.install(
                PreCommitHook.script(executable: context.executable), at: hook, replacing: force)
        } catch .exists {
            throw CommandFailure.usage(
                """
                a pre-commit hook already exists at \(hook.path); it was left alone.
                To run Cairn from it, add this line to it:
                  \(PreCommitHook.chainLine)
                or replace it with: cairn hooks install --force
                """)
        } catch .io(let message) {
            throw CommandFailure.io(message)
        }
        context.write("Installed \(hook.path): every git commit now runs cairn check --staged.\n")
        return 0
    }
}
