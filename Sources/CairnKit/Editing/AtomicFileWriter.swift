import Foundation

/// Writes whole files so that a reader, a crash or a kill at any moment sees
/// either the old file or the new one, never a mix or a truncated file: the
/// bytes go to a temporary file in the same directory, are flushed to disk,
/// and then renamed over the target, which POSIX makes atomic. A temporary
/// file that a killed writer left is removed by the next write of the same
/// file (see ``StaleTemporaryFiles``).
///
/// Foundation's `Data.write(options: .atomic)` does the rename too, but not
/// the `fsync` before it, and it resets the mode of an existing file; both
/// matter here.
public enum AtomicFileWriter {
    /// Writes `bytes` to `url`, creating missing parent directories. An
    /// existing file keeps its permission bits; a new one gets the usual
    /// `0666` less the process's umask. A symbolic link is refused rather
    /// than replaced by a regular file. `reached` is told each step as it is
    /// done; only fault-injection tests listen.
    public static func write(_ bytes: [UInt8], to url: URL, reached: (AtomicWriteStep) -> Void = { _ in }) throws {
        let path = url.path
        let directory = url.deletingLastPathComponent().path
        try createDirectories(directory, for: path)
        var existing = stat()
        let mode: mode_t
        if lstat(path, &existing) == 0 {
            guard existing.st_mode & S_IFMT == S_IFREG else {
                throw EditError.cannotWrite(path, reason: "it is not a regular file (a link or a folder)")
            }
            mode = existing.st_mode & 0o7777
        } else {
            mode = 0o666 & ~currentUmask()
        }
        StaleTemporaryFiles.removeLeftovers(for: url.lastPathComponent, in: directory)
        var template = Array(
            (directory + "/" + StaleTemporaryFiles.prefix(for: url.lastPathComponent) + "XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress.map { mkstemp($0) } ?? -1
        }
        guard descriptor >= 0 else { throw EditError.cannotWrite(path, reason: lastError()) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do {
            defer { close(descriptor) }
            try writeAll(bytes, to: descriptor, path: path)
            reached(.temporaryWritten)
            guard fchmod(descriptor, mode) == 0, fsync(descriptor) == 0 else {
                throw EditError.cannotWrite(path, reason: lastError())
            }
            reached(.temporarySynced)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let reason = lastError()
            unlink(temporary)
            throw EditError.cannotWrite(path, reason: reason)
        }
        syncDirectory(directory)
        reached(.renamed)
    }

    /// Removes the file at `url`; a file that is already gone is fine.
    public static func remove(_ url: URL) throws {
        guard unlink(url.path) == 0 || errno == ENOENT else {
            throw EditError.cannotWrite(url.path, reason: lastError())
        }
        syncDirectory(url.deletingLastPathComponent().path)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return 0 }
                return Foundation.write(descriptor, base + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw EditError.cannotWrite(path, reason: lastError())
            }
            written += count
        }
    }

    private static func createDirectories(_ directory: String, for path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw EditError.cannotWrite(path, reason: "cannot create the folder \(directory)")
        }
    }

    /// Makes the rename itself durable; a failure here loses nothing, so it
    /// is not reported.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private static func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    private static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
