internal import CCmarkGFM

/// The memory functions every cmark-gfm parser is given: allocation from
/// the calling thread's ``MarkdownArena``, and a `free` that does nothing,
/// because the arena takes everything back at once when the parse ends.
///
/// A parser and every node and buffer it makes must therefore be done with
/// before ``MarkdownArena/reset()``: ``MarkdownParser/parse(_:)`` converts
/// the tree to Swift values and frees the tree and the parser (as no-ops
/// here, kept so that cmark-gfm's own bookkeeping runs as it always does)
/// before it resets the arena.
enum MarkdownAllocator {
    /// Lives as long as the process; only read after it is set up.
    nonisolated(unsafe) static let memory: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(
            to: cmark_mem(
                calloc: { MarkdownArena.current.pointee.allocateCleared(count: $0, size: $1) },
                realloc: { MarkdownArena.current.pointee.resize($0, to: $1) },
                free: { _ in }))
        return memory
    }()
}
