import Foundation

/// Resource use of this process's finished children.
enum ChildProcesses {
    /// The largest resident set size any waited-for child (of any test
    /// running in this process) has reached, in bytes.
    static var peakResidentBytes: Int {
        var usage = rusage()
        #if os(Linux)
            guard getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage) == 0 else { return 0 }
            return usage.ru_maxrss * 1024  // kilobytes on Linux
        #else
            guard getrusage(RUSAGE_CHILDREN, &usage) == 0 else { return 0 }
            return usage.ru_maxrss  // bytes on macOS
        #endif
    }
}
