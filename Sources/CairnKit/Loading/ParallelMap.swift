import Foundation
import Synchronization

/// Runs a transform over every element on all cores and keeps the order.
///
/// The work runs on the calling thread and one new thread per other core,
/// which take runs of elements from a shared counter until none is left
/// and are joined before it returns. `DispatchQueue.concurrentPerform` did
/// this until a parse of 10,000 files showed a cost on Linux: when a worker
/// blocks (on cmark-gfm's lock, or a malloc arena's), Dispatch may start a
/// third worker on two cores, and in 7–8 of 30 parses that third thread was
/// given an arena another running thread used (`perf probe` on glibc's
/// `arena_get2` and `alloc_new_heap`: two requests, one new arena); the
/// threads then blocked on its lock ~12,000 times and the parse took twice
/// as long (see docs/performance.md). Here no more threads run than there
/// are cores, and each ends before the next map starts threads.
enum ParallelMap {
    /// `elements.map(transform)`, the elements handed out to the cores in
    /// runs of `chunkSize` so that a slow file does not hold up the rest.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], chunkSize: Int = 16, _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let count = elements.count
        let chunks = (count + chunkSize - 1) / chunkSize
        let threads = min(ProcessInfo.processInfo.activeProcessorCount, chunks)
        guard threads > 1 else { return elements.map(transform) }
        // Every thread ends before this returns, so the transform does not escape.
        return withoutActuallyEscaping(transform) { transform in
            map(elements, chunkSize: chunkSize, chunks: chunks, threads: threads, transform)
        }
    }

    private static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], chunkSize: Int, chunks: Int, threads: Int,
        _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        let count = elements.count
        return [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            let slots = Slots(buffer: buffer)
            let nextChunk = ChunkCounter()
            let work: @Sendable () -> Void = {
                while case let chunk = nextChunk.take(), chunk < chunks {
                    for index in chunk * chunkSize..<min(count, (chunk + 1) * chunkSize) {
                        slots.buffer.initializeElement(at: index, to: transform(elements[index]))
                    }
                }
            }
            // A thread that cannot start leaves its share to the others.
            let others = (1..<threads).compactMap { _ in WorkerThread(running: work) }
            work()
            for thread in others { thread.join() }
            initialized = count
        }
    }

    /// A thread running `work`, with as much stack as the main thread and
    /// Dispatch's workers have; ``join()`` waits for it to end, after which
    /// nothing holds `work` any more. `nil` when no thread can start.
    private struct WorkerThread {
        private var thread = pthread_t()

        init?(running work: @escaping @Sendable () -> Void) {
            var attributes = pthread_attr_t()
            pthread_attr_init(&attributes)
            defer { pthread_attr_destroy(&attributes) }
            pthread_attr_setstacksize(&attributes, 8 << 20)
            let box = Unmanaged.passRetained(WorkBox(work))
            let created = pthread_create(
                &thread, &attributes,
                { box in
                    if let box { Unmanaged<WorkBox>.fromOpaque(box).takeRetainedValue().work() }
                    return nil
                }, box.toOpaque())
            guard created == 0 else {
                box.release()
                return nil
            }
        }

        func join() { pthread_join(thread, nil) }
    }

    private final class WorkBox: Sendable {
        let work: @Sendable () -> Void

        init(_ work: @escaping @Sendable () -> Void) { self.work = work }
    }

    /// The next run of elements to transform, shared by the threads.
    private final class ChunkCounter: Sendable {
        private let next = Atomic<Int>(0)

        func take() -> Int { next.wrappingAdd(1, ordering: .relaxed).oldValue }
    }

    /// The result buffer, shared by the threads. @unchecked: each index is
    /// written by exactly one thread and read only after all have ended.
    private struct Slots<Result>: @unchecked Sendable {
        let buffer: UnsafeMutableBufferPointer<Result>
    }
}
