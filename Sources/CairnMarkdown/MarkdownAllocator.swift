internal import CCmarkGFM
import Foundation

/// The memory functions every cmark-gfm parser is given: the system's
/// `malloc`, `realloc` and `free`, with `calloc` as `malloc` and a clear.
///
/// cmark-gfm allocates every node and buffer with `calloc`, which glibc
/// (before 2.42) serves without its per-thread cache, so that each of the
/// hundreds of allocations a body takes went the slow way; `malloc` takes
/// the cache. Memory from either is freed by the same `free`, so nodes
/// allocated here and by cmark-gfm's default allocator may mix. Out of
/// memory ends the process, as cmark-gfm's own allocator does.
enum MarkdownAllocator {
    /// Lives as long as the process; only read after it is set up.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: clearedAllocation, realloc: reallocation, free: { free($0) }))
        return memory
    }()
}

private func clearedAllocation(count: Int, size: Int) -> UnsafeMutableRawPointer? {
    let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
    guard !overflow, let pointer = malloc(max(bytes, 1)) else { outOfMemory() }
    return memset(pointer, 0, bytes)
}

private func reallocation(_ pointer: UnsafeMutableRawPointer?, size: Int) -> UnsafeMutableRawPointer? {
    guard let resized = realloc(pointer, max(size, 1)) else { outOfMemory() }
    return resized
}

private func outOfMemory() -> Never {
    fatalError("cmark-gfm: out of memory")
}
