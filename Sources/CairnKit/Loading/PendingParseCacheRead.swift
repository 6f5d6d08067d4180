import Dispatch

/// The parse cache, read and checked on another thread while the backlog
/// is listed: reading, checksumming and indexing the cache of a large
/// backlog takes milliseconds that the walk of the working tree, which
/// leaves a core idle for much of its time, can hide.
final class PendingParseCacheRead: @unchecked Sendable {
    // @unchecked: `read` is written once, before `done` is signalled, and
    // read only after waiting for that signal.
    private let done = DispatchSemaphore(value: 0)
    private var read = ParseCache()

    /// Starts reading the entries `store` holds for `configurationHash`.
    init(_ store: ParseCacheStore, configurationHash: UInt64) {
        DispatchQueue.global().async { [self] in
            read = store.read(configurationHash: configurationHash)
            done.signal()
        }
    }

    /// The entries read (none when there is no usable cache), once the
    /// read has ended. Call it once.
    func result() -> ParseCache {
        done.wait()
        return read
    }
}
