import Foundation

/// The temporary files of ``AtomicFileWriter``: named after the target and
/// the writing process, so that one a killed writer left behind (before its
/// rename) is recognised and removed by the next write of the same file,
/// while a live writer's is never touched.
///
/// They start with a dot, so Cairn never reads them as items meanwhile.
enum StaleTemporaryFiles {
    /// The start of the name of a temporary file for `name`, written by this process.
    static func prefix(for name: String) -> String {
        ".\(name).cairn-\(getpid())-"
    }

    /// Removes the temporary files for `name` in `directory` whose process
    /// no longer exists. Failures are ignored: a leftover loses nothing.
    static func removeLeftovers(for name: String, in directory: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        let start = ".\(name).cairn-"
        for entry in entries where entry.hasPrefix(start) {
            let rest = entry.dropFirst(start.count)
            guard let dash = rest.firstIndex(of: "-"), let process = pid_t(rest[..<dash]), process > 0,
                kill(process, 0) != 0, errno == ESRCH
            else { continue }
            unlink(directory + "/" + entry)
        }
    }
}
