import CairnKit
import Foundation

/// What a command needs from its process: the directory it runs in, the
/// environment, the console and what kind of terminal it writes to. Passed
/// in rather than read from globals, so tests run commands in-process.
public struct CommandContext: Sendable {
    /// The current directory; relative paths in arguments start here.
    public var workingDirectory: URL
    /// The environment variables: `NO_COLOR`, and git's own that choose the
    /// repository, working tree and index (`GIT_DIR`, `GIT_INDEX_FILE`, …).
    public var environment: [String: String]
    /// Where output and errors go.
    public var console: any Console
    /// Whether standard output is a terminal.
    public var isTerminal: Bool
    /// The terminal's width in characters, when known.
    public var columns: Int?
    /// The `cairn` executable running, absolute, when this is one; `nil`
    /// in-process. Hooks that `cairn hooks install` writes run it.
    public var executable: URL?
    /// The day commands take as today; `nil` reads the local clock when a
    /// command needs the date (tests fix it, so output does not change with
    /// the day they run).
    public var today: CalendarDate?
    /// Keeps loaded backlogs until the process exits instead of freeing
    /// them; `nil` in-process, where they are freed as usual.
    var exitRetainer: ExitRetainer?

    public init(
        workingDirectory: URL, environment: [String: String] = [:], console: any Console, isTerminal: Bool = false,
        columns: Int? = nil, executable: URL? = nil, today: CalendarDate? = nil
    ) {
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.console = console
        self.isTerminal = isTerminal
        self.columns = columns
        self.executable = executable
        self.today = today
    }

    /// The context of this process: its current directory, environment,
    /// standard streams and terminal.
    public static func process() -> CommandContext {
        let isTerminal = isatty(STDOUT_FILENO) != 0
        var context = CommandContext(
            workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true),
            environment: ProcessInfo.processInfo.environment,
            console: StandardConsole(),
            isTerminal: isTerminal,
            columns: isTerminal ? terminalColumns() : nil,
            executable: runningExecutable())
        context.exitRetainer = .process
        return context
    }

    /// Whether output may be coloured: on a terminal, unless `NO_COLOR` is
    /// set to anything but the empty string (https://no-color.org).
    public var usesColour: Bool {
        isTerminal && (environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The width tables are cut to: the terminal's, or none when the output
    /// goes to a file or a pipe.
    var tableWidth: Int? {
        isTerminal ? columns : nil
    }

    func write(_ text: String) {
        console.write(text, to: .standardOutput)
    }

    func writeError(_ text: String) {
        console.write(text, to: .standardError)
    }

    /// This process's executable, symlinks resolved.
    private static func runningExecutable() -> URL? {
        #if os(Linux)
            return URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        #else
            return Bundle.main.executableURL?.resolvingSymlinksInPath()
        #endif
    }

    private static func terminalColumns() -> Int? {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }
}
