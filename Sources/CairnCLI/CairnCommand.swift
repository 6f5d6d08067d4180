import ArgumentParser
import CairnKit
import Foundation

/// The `cairn` command line: parses arguments, runs the subcommand against a
/// ``CommandContext`` and turns every outcome into Cairn's exit statuses —
/// 0 clean (and help, version, completion scripts), 1 errors found, 2 usage
/// or I/O failure.
public enum CairnCommand {
    /// Cairn's version, as `cairn --version` and SARIF logs report it.
    public static let version = "0.1.0"

    /// Runs with this process's arguments and context, then exits.
    public static func main() -> Never {
        exit(run(Array(CommandLine.arguments.dropFirst()), context: .process()))
    }

    /// Runs `arguments` (without the program name) in-process in `directory`
    /// and returns the exit status and everything printed; `today`, when
    /// given, replaces the clock's date.
    public static func run(
        _ arguments: [String], in directory: URL, environment: [String: String] = [:], isTerminal: Bool = false,
        columns: Int? = nil, today: CalendarDate? = nil
    ) -> (status: Int32, stdout: String, stderr: String) {
        let console = CapturingConsole()
        let context = CommandContext(
            workingDirectory: directory, environment: environment, console: console, isTerminal: isTerminal,
            columns: columns, today: today)
        let status = run(arguments, context: context)
        return (status, console.standardOutput, console.standardError)
    }

    /// Runs `arguments` (without the program name) in `context`; returns the exit status.
    public static func run(_ arguments: [String], context: CommandContext) -> Int32 {
        var command: any ParsableCommand
        do {
            command = try RootCommand.parseAsRoot(arguments)
        } catch {
            return reportParserOutcome(error, context: context)
        }
        guard let contextual = command as? any ContextualCommand else {
            // The root command without a subcommand, or `cairn help …`: both
            // end in a help request that ArgumentParser renders.
            do {
                try command.run()
                return 0
            } catch {
                return reportParserOutcome(error, context: context)
            }
        }
        do {
            return try contextual.execute(in: context)
        } catch CommandFailure.usage(let message), CommandFailure.io(let message) {
            context.writeError("Error: \(message)\n")
            return 2
        } catch {
            context.writeError("Error: \(error)\n")
            return 2
        }
    }

    /// Help, version and completion scripts go to standard output with
    /// status 0; parse and validation errors to standard error with status 2.
    private static func reportParserOutcome(_ error: any Error, context: CommandContext) -> Int32 {
        let message = RootCommand.fullMessage(for: error, columns: context.columns)
        guard RootCommand.exitCode(for: error) == .success else {
            context.writeError(message.hasSuffix("\n") ? message : message + "\n")
            return 2
        }
        if !message.isEmpty { context.write(message.hasSuffix("\n") ? message : message + "\n") }
        return 0
    }
}

/// The root of the command tree: `cairn` and its subcommands.
struct RootCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cairn",
        abstract: "A plain-text, git-backed product backlog.",
        discussion: """
            Stories, epics, PRDs, objectives, key results, releases and feedback are \
            Markdown files with YAML front matter in a git repository. Cairn reads them \
            into a graph, validates it and answers questions about it.

            Examples:
              cairn check
              cairn list --status ready --kind story
              cairn show US-12
              cairn graph EP-3 > epic.mmd
              cairn check --staged
              cairn diff main...
              cairn init
              cairn new story "Pay with Apple Pay" --parent EP-3
              cairn set US-12 status=done --commit
              cairn hooks install
              cairn ready --owner alice
              cairn roadmap --format markdown
              cairn --generate-completion-script bash > /etc/bash_completion.d/cairn
            """,
        version: CairnCommand.version,
        subcommands: [
            CheckCommand.self, DiffCommand.self, ListCommand.self, ShowCommand.self, GraphCommand.self,
            RulesCommand.self,
            InitCommand.self, NewCommand.self, SetCommand.self, LinkCommand.self, UnlinkCommand.self,
            RenameCommand.self, HooksCommand.self,
            RankCommand.self, ReadyCommand.self, BlockedCommand.self, PlanCommand.self, RoadmapCommand.self,
            OKRCommand.self, BoardCommand.self, StatsCommand.self,
        ])
}
