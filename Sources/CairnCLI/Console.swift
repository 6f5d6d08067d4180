import Foundation

/// Where a command's output goes.
public enum ConsoleStream: Sendable {
    case standardOutput
    case standardError
}

/// The output side of a command, so that tests can capture what a process
/// would print.
public protocol Console: Sendable {
    func write(_ text: String, to stream: ConsoleStream)
}

/// Writes to the process's standard output and standard error.
public struct StandardConsole: Console {
    public init() {}

    public func write(_ text: String, to stream: ConsoleStream) {
        let handle = stream == .standardOutput ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data(text.utf8))
    }
}

/// Keeps everything written, for in-process tests.
public final class CapturingConsole: Console, @unchecked Sendable {
    // @unchecked: both buffers are only touched while holding `lock`.
    private let lock = NSLock()
    private var output = ""
    private var errors = ""

    public init() {}

    public func write(_ text: String, to stream: ConsoleStream) {
        lock.lock()
        defer { lock.unlock() }
        switch stream {
        case .standardOutput: output += text
        case .standardError: errors += text
        }
    }

    /// Everything written to standard output so far.
    public var standardOutput: String {
        lock.lock()
        defer { lock.unlock() }
        return output
    }

    /// Everything written to standard error so far.
    public var standardError: String {
        lock.lock()
        defer { lock.unlock() }
        return errors
    }
}
