import CairnCLI
import Foundation

/// Runs `cairn` in-process, as the binary would, and fails loudly on a
/// usage or I/O failure (exit status 2) so that no benchmark measures an
/// error message.
public enum CairnRun {
    /// Runs `arguments` in `directory`; returns the exit status (0 or 1).
    @discardableResult
    public static func run(_ arguments: [String], in directory: URL) throws -> Int32 {
        let result = CairnCommand.run(arguments, in: directory)
        guard result.status != 2 else {
            throw SetupFailure("cairn \(arguments.joined(separator: " ")) failed: \(result.stderr)")
        }
        return result.status
    }

    /// Whether `cairn check` has a `--no-cache` flag: once it does, the
    /// suites measure checks both without and with the parse cache.
    public static var checkHasCacheFlag: Bool {
        CairnCommand.run(["check", "--help"], in: FileManager.default.temporaryDirectory).stdout.contains("--no-cache")
    }
}
