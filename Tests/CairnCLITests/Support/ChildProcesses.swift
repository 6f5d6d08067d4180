import Foundation

/// Runs one child process and measures its memory alone.
///
/// Neither `getrusage(RUSAGE_CHILDREN)` nor the usage `wait4` reports will
/// do: `posix_spawn` runs the child on this process's memory until it execs,
/// and Linux records that memory's high-water mark as the child's, so a
/// test process holding big buffers makes every child look big. The child's
/// own `VmHWM` in `/proc/PID/status` belongs to the memory it got at exec;
/// it is read every few milliseconds while the child runs. The largest value
/// read is a lower bound of the true peak, close to it for any peak that
/// lasts: a bound checked with it can miss a brief spike, never fail falsely.
enum ChildProcesses {
    struct Result {
        var status: Int32
        var stdout: String
        /// The largest resident set size the child reached, in bytes.
        var peakResidentBytes: Int
    }

    /// Runs `executable arguments…` in `directory` with `environment`, its
    /// output captured in a temporary file, watching its memory until it exits.
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
        var peakKilobytes = 0
        while true {
            peakKilobytes = max(peakKilobytes, highWaterKilobytes(of: pid))
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            guard waited == 0 || errno == EINTR else { throw Subprocess.Failure(message: "waitpid failed: \(errno)") }
            usleep(2_000)
        }
        let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let output = (try? Data(contentsOf: outputFile)) ?? Data()
        return Result(
            status: exitStatus, stdout: String(decoding: output, as: UTF8.self),
            peakResidentBytes: peakKilobytes * 1024)
    }

    /// The `VmHWM` line of `/proc/PID/status`, in kilobytes; 0 once the
    /// process has exited.
    private static func highWaterKilobytes(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }
}
