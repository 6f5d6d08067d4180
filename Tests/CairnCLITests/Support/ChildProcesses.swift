import Foundation

/// Runs one child process and measures it alone.
///
/// `getrusage(RUSAGE_CHILDREN)` reports the largest child any test of this
/// process has waited for, so a memory bound checked with it fails whenever
/// a parallel test runs a bigger child. `wait4` reports the one child (and
/// the descendants it waited for, such as `cairn` under `timeout`).
enum ChildProcesses {
    struct Result {
        var status: Int32
        var stdout: String
        /// The largest resident set size the child reached, in bytes.
        var peakResidentBytes: Int
    }

    /// Runs `executable arguments…` in `directory` with `environment`, its
    /// output captured in a temporary file, and waits for it with `wait4`.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String])
        throws -> Result
    {
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("cairn-child-\(UUID()).out")
        defer { try? FileManager.default.removeItem(at: outputFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, outputFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // The shell changes directory and replaces itself with the command,
        // so the process waited for is the command itself.
        let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, executable.path]
        let argv = (shell + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid = pid_t()
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw Subprocess.Failure(message: "cannot run \(executable.path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 {
            guard errno == EINTR else { throw Subprocess.Failure(message: "wait4 failed: \(errno)") }
        }
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? Data(contentsOf: outputFile)) ?? Data()
        return Result(
            status: exitStatus, stdout: String(decoding: output, as: UTF8.self),
            peakResidentBytes: usage.ru_maxrss * 1024)  // kilobytes on Linux
    }
}
