import Foundation

/// The index file's size and trailing checksum as they are on disk: two
/// stamps differ when another process has rewritten the file in between.
struct GitIndexFileStamp: Equatable {
    var size: UInt64
    var trailer: Data

    /// The stamp of the file at `path`, or `nil` when there is no file.
    static func read(_ path: String) throws -> GitIndexFileStamp? {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            if FileManager.default.fileExists(atPath: path) {
                throw GitError(code: -1, message: "cannot read the index '\(path)'")
            }
            return nil
        }
        defer { try? handle.close() }
        let size = try handle.seekToEnd()
        let trailerLength: UInt64 = 20
        try handle.seek(toOffset: size > trailerLength ? size - trailerLength : 0)
        return GitIndexFileStamp(size: size, trailer: try handle.readToEnd() ?? Data())
    }
}
