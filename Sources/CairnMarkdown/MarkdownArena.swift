import Foundation

/// The memory of the Markdown parse running on the current thread: blocks
/// handed out front to back, never freed one allocation at a time, and all
/// taken back at once when the parse ends (see ``MarkdownAllocator``).
///
/// A body of a few kilobytes makes cmark-gfm allocate hundreds of nodes,
/// buffers and list cells, and free them all a moment later; with the
/// system allocator those calls cost more than the parse. Here each is a
/// bump of an offset. The blocks stay with the thread for its next parse.
///
/// Every allocation starts with a 16-byte header — its size and a tag —
/// so that `realloc` knows how much to copy, and refuses (ends the process)
/// a pointer that is not from an arena rather than copy garbage.
struct MarkdownArena {
    private static let blockSize = 64 * 1024
    /// Blocks kept after a parse; a huge body's extra blocks are freed.
    private static let keptBlocks = 8
    private static let headerSize = 16
    private static let tag: UInt64 = 0x4361_6972_6E4D_4441

    private var blocks: [UnsafeMutableRawPointer] = []
    /// The block being filled, or -1 before the first allocation.
    private var current = -1
    /// Bytes handed out from the current block.
    private var used = 0
    /// Allocations too large for a block, each from `malloc`.
    private var large: [UnsafeMutableRawPointer] = []

    /// The calling thread's arena, made on first use and freed when the
    /// thread ends.
    static var current: UnsafeMutablePointer<MarkdownArena> {
        if let existing = pthread_getspecific(arenaKey) {
            return existing.assumingMemoryBound(to: MarkdownArena.self)
        }
        let arena = UnsafeMutablePointer<MarkdownArena>.allocate(capacity: 1)
        arena.initialize(to: MarkdownArena())
        pthread_setspecific(arenaKey, arena)
        return arena
    }

    /// `count * size` zeroed bytes, as `calloc` gives.
    mutating func allocateCleared(count: Int, size: Int) -> UnsafeMutableRawPointer {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
        guard !overflow else { outOfMemory() }
        let pointer = allocate(bytes)
        memset(pointer, 0, bytes)
        return pointer
    }

    /// `pointer`'s bytes in an allocation of `size`, as `realloc` gives:
    /// grown in place when it is the latest allocation and its block has
    /// room, moved otherwise.
    mutating func resize(_ pointer: UnsafeMutableRawPointer?, to size: Int) -> UnsafeMutableRawPointer {
        guard let pointer else { return allocate(size) }
        let header = pointer - Self.headerSize
        guard header.load(fromByteOffset: 8, as: UInt64.self) == Self.tag else {
            fatalError("cmark-gfm resized memory that is not from the Markdown arena")
        }
        let oldSize = header.load(as: Int.self)
        if size <= oldSize {
            header.storeBytes(of: size, as: Int.self)
            return pointer
        }
        if current >= 0, pointer + Self.rounded(oldSize) == blocks[current] + used,
            used - Self.rounded(oldSize) + Self.rounded(size) <= Self.blockSize
        {
            used += Self.rounded(size) - Self.rounded(oldSize)
            header.storeBytes(of: size, as: Int.self)
            return pointer
        }
        let moved = allocate(size)
        memcpy(moved, pointer, oldSize)
        return moved
    }

    /// Takes back everything handed out since the last reset.
    mutating func reset() {
        for allocation in large { free(allocation) }
        large.removeAll(keepingCapacity: true)
        while blocks.count > Self.keptBlocks { free(blocks.removeLast()) }
        current = -1
        used = 0
    }

    private mutating func allocate(_ size: Int) -> UnsafeMutableRawPointer {
        let needed = Self.headerSize + Self.rounded(size)
        let header: UnsafeMutableRawPointer
        if needed > Self.blockSize / 2 {
            guard let allocation = malloc(needed) else { outOfMemory() }
            large.append(allocation)
            header = allocation
        } else {
            if current < 0 || used + needed > Self.blockSize { nextBlock() }
            header = blocks[current] + used
            used += needed
        }
        header.storeBytes(of: size, as: Int.self)
        header.storeBytes(of: Self.tag, toByteOffset: 8, as: UInt64.self)
        return header + Self.headerSize
    }

    private mutating func nextBlock() {
        current += 1
        used = 0
        if current == blocks.count {
            guard let block = malloc(Self.blockSize) else { outOfMemory() }
            blocks.append(block)
        }
    }

    /// Frees every block; the arena is empty after.
    fileprivate mutating func releaseAll() {
        reset()
        for block in blocks { free(block) }
        blocks.removeAll()
    }

    /// `size` rounded up to keep every allocation 16-byte aligned.
    private static func rounded(_ size: Int) -> Int {
        (size + 15) & ~15
    }

    private func outOfMemory() -> Never {
        fatalError("cmark-gfm: out of memory")
    }
}

/// The thread-local slot of each thread's arena; a thread's arena is freed
/// with the thread.
private let arenaKey: pthread_key_t = {
    var key = pthread_key_t()
    let created = pthread_key_create(&key) { slot in
        guard let arena = slot?.assumingMemoryBound(to: MarkdownArena.self) else { return }
        arena.pointee.releaseAll()
        arena.deinitialize(count: 1)
        arena.deallocate()
    }
    guard created == 0 else { fatalError("no thread-local slot for the Markdown arena") }
    return key
}()
