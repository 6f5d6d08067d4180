import Foundation
import Synchronization
import Testing

@testable import CairnKit

/// ``ParallelMap`` keeps `map`'s order, transforms every element exactly
/// once, runs on more than one thread when there is work for them, and
/// ends every thread before it returns.
@Suite("Parallel map")
struct ParallelMapTests {
    @Test(
        "every element is transformed once, in order, around the run boundaries",
        arguments: [(0, 16), (1, 16), (16, 16), (17, 16), (1000, 16), (23, 1), (100_000, 256)])
    func keepsOrder(count: Int, chunkSize: Int) {
        let calls = Atomic<Int>(0)
        let mapped = ParallelMap.map(Array(0..<count), chunkSize: chunkSize) { element -> Int in
            calls.wrappingAdd(1, ordering: .relaxed)
            return element * 3
        }
        #expect(mapped == (0..<count).map { $0 * 3 })
        #expect(calls.load(ordering: .relaxed) == count)
    }

    @Test("the work is shared between threads when there are cores for it")
    func usesThreads() {
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let threads = Mutex<Set<pthread_t>>([])
        _ = ParallelMap.map(Array(0..<64), chunkSize: 1) { element -> Int in
            threads.withLock { _ = $0.insert(pthread_self()) }
            // The first element waits for every other thread to take one, for
            // at most two seconds, so that one thread cannot take them all.
            let deadline = Date().addingTimeInterval(2)
            while element == 0, threads.withLock({ $0.count }) < min(cores, 64), Date() < deadline {
                usleep(1_000)
            }
            return element
        }
        #expect(threads.withLock { $0.count } == min(cores, 64))
    }

    /// The transform is not escaping: a thread still holding it when the
    /// map returns would trap (`withoutActuallyEscaping`), as threads that
    /// signalled the end of their work but had not yet ended did in about
    /// one map in ten.
    @Test("no thread holds the transform after the map returns")
    func transformIsReleased() {
        final class Token: Sendable {}
        for _ in 0..<50 {
            weak var released: Token?
            do {
                let token = Token()
                released = token
                let mapped = ParallelMap.map(Array(0..<200)) { element -> Int in
                    withExtendedLifetime(token) { element }
                }
                #expect(mapped.count == 200)
            }
            #expect(released == nil)
        }
    }
}
