import Dispatch
import Foundation

/// The parse cache, read and checked on another thread while the backlog
/// is listed: reading, checksumming and indexing the cache of a large
/// backlog takes milliseconds that the walk of the working tree, which
/// leaves a core idle for much of its time, can hide.
///
/// The read never depends on a free thread: when ``result()`` is asked
/// before the read has started (every worker busy), it reads on the
/// asking thread instead, and the queued read then does nothing.
final class PendingParseCacheRead: @unchecked Sendable {
    // @unchecked: `started` and `read` are only touched while holding
    // `lock`; `finished` is signalled once the thread that started the
    // read has stored it.
    private let lock = NSLock()
    private let finished = DispatchSemaphore(value: 0)
    private var started = false
    private var read = ParseCache()
    private let store: ParseCacheStore
    private let configurationHash: UInt64

    /// Starts reading the entries `store` holds for `configurationHash`.
    init(_ store: ParseCacheStore, configurationHash: UInt64) {
        self.store = store
        self.configurationHash = configurationHash
        DispatchQueue.global().async { [self] in
            guard start() else { return }
            let entries = store.read(configurationHash: configurationHash)
            lock.withLock { read = entries }
            finished.signal()
        }
    }

    /// The entries read (none when there is no usable cache): read here
    /// when the read has not started yet, otherwise once it has ended.
    /// Call it once.
    func result() -> ParseCache {
        if start() { return store.read(configurationHash: configurationHash) }
        finished.wait()
        return lock.withLock { read }
    }

    /// Whether the caller is the one to read: the first to ask.
    private func start() -> Bool {
        lock.withLock {
            defer { started = true }
            return !started
        }
    }
}
