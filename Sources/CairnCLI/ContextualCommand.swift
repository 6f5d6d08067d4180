import ArgumentParser

/// A Cairn subcommand: runs against an explicit ``CommandContext`` and
/// returns its exit status instead of printing and exiting itself.
protocol ContextualCommand: ParsableCommand {
    /// Does the work; returns 0 or 1, throws ``CommandFailure`` for status 2.
    func execute(in context: CommandContext) throws -> Int32
}

extension ContextualCommand {
    /// Runs in this process's context; used only when ArgumentParser itself
    /// drives the command, since ``CairnCommand`` calls ``execute(in:)``.
    mutating func run() throws {
        let status = try execute(in: .process())
        if status != 0 { throw ExitCode(status) }
    }
}
