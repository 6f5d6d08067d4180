import Foundation
import Testing

@testable import CairnMarkdown

/// cmark-gfm allocates from a per-thread arena that every parse empties
/// (see `MarkdownArena`): memory must come back zeroed, keep its bytes when
/// resized, and one parse's memory must never show through in the next.
@Suite("Markdown arena")
struct MarkdownArenaTests {
    @Test("cleared memory is zero, and resizing keeps the bytes, in place or moved")
    func allocationsBehaveLikeTheSystemAllocator() {
        let arena = MarkdownArena.current
        defer { arena.pointee.reset() }
        // Dirty the arena so that zeroing is seen to happen.
        let dirty = arena.pointee.allocateCleared(count: 1, size: 4096)
        memset(dirty, 0xAB, 4096)
        arena.pointee.reset()

        let cleared = arena.pointee.allocateCleared(count: 64, size: 64).assumingMemoryBound(to: UInt8.self)
        #expect((0..<4096).allSatisfy { cleared[$0] == 0 })

        var text = arena.pointee.resize(nil, to: 10)
        memcpy(text, "0123456789", 10)
        let grownInPlace = arena.pointee.resize(text, to: 100)
        #expect(grownInPlace == text)
        text = grownInPlace
        _ = arena.pointee.allocateCleared(count: 1, size: 8)  // no longer the latest allocation
        let moved = arena.pointee.resize(text, to: 1_000)
        #expect(moved != text)
        let huge = arena.pointee.resize(moved, to: 200_000)  // larger than a block
        #expect(String(decoding: UnsafeRawBufferPointer(start: huge, count: 10), as: UTF8.self) == "0123456789")
        memset(huge, 0x41, 200_000)
        let shrunk = arena.pointee.resize(huge, to: 5)
        #expect(shrunk == huge)
    }

    @Test("a huge body between small ones: every parse gives the facts of a parse on a fresh thread")
    func parsesDoNotSeeEachOthersMemory() throws {
        let small = "# Title\n\nSee [[US-1]] and https://example.com.\n\n- [x] done\n"
        let paragraph = (1...2_000).map { "word [[US-\($0)]] ~~gone~~ www.example.org/\($0)" }.joined(separator: " ")
        let huge = "# Huge\n\n" + paragraph + "\n\n| a | b |\n|---|---|\n| [[EP-1]] | x |\n"
        let onThisThread = [small, huge, small, huge, small].map(MarkdownParser.parse)
        let onFreshThreads = try [small, huge].map(Self.parseOnNewThread)
        #expect(onThisThread[0] == onFreshThreads[0])
        #expect(onThisThread[2] == onFreshThreads[0])
        #expect(onThisThread[4] == onFreshThreads[0])
        #expect(onThisThread[1] == onFreshThreads[1])
        #expect(onThisThread[3] == onFreshThreads[1])
        #expect(onThisThread[1].mentions.count == 2_001)
        #expect(onThisThread[1].links.count == 2_000)
    }

    /// Parses `text` on a thread of its own, which starts with an empty arena.
    private static func parseOnNewThread(_ text: String) throws -> MarkdownDocument {
        let box = DocumentBox()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.document = MarkdownParser.parse(text)
            done.signal()
        }
        thread.start()
        done.wait()
        return try #require(box.document)
    }
}

/// The result of a parse on another thread, read after it signalled.
private final class DocumentBox: @unchecked Sendable {
    var document: MarkdownDocument?
}
