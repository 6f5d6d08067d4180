import Foundation

/// One of Cairn's cache files under the repository's git directory, with
/// the envelope they share: the file's magic, its format version, Cairn's
/// version, a key (the hash of what the contents depend on), then the
/// payload's length and checksum, then the payload.
///
/// A file whose magic, format version, Cairn version or key differs, or
/// whose payload is short, long or fails the checksum, is ignored: never
/// trusted, and rewritten by the next write. Writes go to a uniquely named
/// temporary file renamed over the cache, so readers see the old or the new
/// file whole; a failure to write is ignored, as a cache only saves time.
struct CacheFile: Sendable {
    let url: URL
    let magic: [UInt8]
    let formatVersion: UInt64
    let cairnVersion: String

    /// A reader at the start of the payload written for `key`, or `nil`
    /// when there is no usable file.
    func payload(key: UInt64) -> CacheBinaryReader? {
        guard let bytes = wholeFile(at: url.path) else { return nil }
        var reader = CacheBinaryReader(bytes)
        guard (try? reader.raw(magic.count).elementsEqual(magic)) == true,
            (try? reader.unsigned()) == formatVersion, (try? reader.string()) == cairnVersion,
            (try? reader.fixed()) == key, let length = try? reader.fixed(), let checksum = try? reader.fixed(),
            length == UInt64(bytes.count - reader.offset), CacheChecksum.of(bytes[reader.offset...]) == checksum
        else { return nil }
        return reader
    }

    /// Replaces the file with `payload` written for `key`; errors are
    /// swallowed. `payloadSize`, when known, is the payload's size in bytes.
    func write(key: UInt64, payloadSize: Int = 0, payload: (inout CacheBinaryWriter) -> Void) {
        var writer = CacheBinaryWriter(capacity: 64 + magic.count + cairnVersion.utf8.count + payloadSize)
        writer.raw(magic)
        writer.unsigned(formatVersion)
        writer.string(cairnVersion)
        writer.fixed(key)
        let lengthOffset = writer.bytes.count
        writer.fixed(0)
        writer.fixed(0)
        let payloadStart = writer.bytes.count
        payload(&writer)
        writer.patchFixed(UInt64(writer.bytes.count - payloadStart), at: lengthOffset)
        writer.patchFixed(CacheChecksum.of(writer.bytes[payloadStart...]), at: lengthOffset + 8)
        try? replace(with: writer.bytes)
    }

    /// Writes a uniquely named file beside the cache and renames it over the
    /// cache: two processes writing at once each rename a whole file.
    private func replace(with bytes: [UInt8]) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString)")
        guard writeNewFile(temporary.path, bytes), rename(temporary.path, url.path) == 0 else {
            unlink(temporary.path)
            throw CocoaError(.fileWriteUnknown)
        }
    }
}

/// The whole file at `path`, read straight into an array of its size
/// (reading into `Data` and copying into an array moves the bytes
/// twice); `nil` when it cannot be read, is empty or shrank while read.
private func wholeFile(at path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_size > 0 else { return nil }
    let size = Int(info.st_size)
    let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
        count = 0
        guard let base = buffer.baseAddress else { return }
        while count < size {
            let result = read(descriptor, base + count, size - count)
            if result < 0, errno == EINTR { continue }
            guard result > 0 else { return }
            count += result
        }
    }
    return bytes.count == size ? bytes : nil
}

/// Creates the file at `path` with `bytes`, written straight from the
/// array (`Data(bytes)` would copy a cache of a hundred megabytes first).
private func writeNewFile(_ path: String, _ bytes: [UInt8]) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    var written = 0
    let complete = bytes.withUnsafeBytes { buffer -> Bool in
        guard let base = buffer.baseAddress else { return true }
        while written < buffer.count {
            let count = write(descriptor, base + written, buffer.count - written)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }
    return close(descriptor) == 0 && complete
}
