import Foundation

/// Reads an open file to its end with plain `read` calls.
struct FileDescriptorReader {
    /// The open file, read from its current offset.
    let descriptor: Int32
    /// The file's path relative to the repository, for error messages.
    let path: String

    /// The bytes up to the end of the file, read into one buffer one byte
    /// larger than `expectedSize` (the size `fstat` gave) so that the
    /// read that finds the end needs no larger buffer. A file that grew
    /// since is read on in further chunks; one that shrank simply ends
    /// sooner.
    func readAll(expectedSize: Int) throws -> [UInt8] {
        let capacity = max(expectedSize, 0) + 1
        var bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            count = try fill(buffer)
        }
        guard bytes.count == capacity else { return bytes }
        var chunk = [UInt8](repeating: 0, count: Self.growthChunk)
        while true {
            let count = try chunk.withUnsafeMutableBufferPointer { try fill($0) }
            bytes.append(contentsOf: chunk[..<count])
            if count < chunk.count { return bytes }
        }
    }

    /// The size of each further read when a file grew after `fstat`.
    static let growthChunk = 64 * 1024

    /// Reads until `buffer` is full or the file ends, retrying interrupted
    /// reads; returns how many bytes it holds.
    private func fill(_ buffer: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        var filled = 0
        while filled < buffer.count {
            let count = read(descriptor, base + filled, buffer.count - filled)
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw SourceError.unreadable(path, reason: String(cString: strerror(errno)))
            }
            filled += count
        }
        return filled
    }
}
