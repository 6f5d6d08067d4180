import Testing

@testable import CairnKit

/// How the loader finds each listed file's entry in the parse cache: in
/// place while the listing follows the cache's order, by path otherwise.
@Suite("Parse cache lookup")
struct ParseCacheLookupTests {
    /// A cache whose entries hold `paths`, in that order, as UTF-8 bytes
    /// laid end to end (blob ids and encodings empty: the lookup reads paths only).
    private func cache(_ paths: [String]) -> ParseCache {
        var bytes: [UInt8] = []
        var entries: [ParseCache.Entry] = []
        for path in paths {
            let start = bytes.count
            bytes += Array(path.utf8)
            entries.append(ParseCache.Entry(path: start..<bytes.count, blobID: 0..<0, encoded: 0..<0))
        }
        return ParseCache(bytes: bytes, entries: entries)
    }

    private func listing(_ paths: [String]) -> [SourceEntry] {
        paths.map { SourceEntry(path: $0) }
    }

    @Test("a listing in the cache's order finds every entry in place")
    func sameOrder() {
        let paths = ["b/a.md", "b/b.md", "b/c.md"]
        #expect(cache(paths).entryIndices(for: listing(paths)) == [0, 1, 2])
    }

    @Test("files added and removed since the cache was written: the others are still found")
    func addedAndRemoved() {
        let cached = cache(["b/a.md", "b/b.md", "b/c.md", "b/d.md"])
        #expect(
            cached.entryIndices(for: listing(["b/a.md", "b/aa.md", "b/c.md", "b/d.md", "b/e.md"])) == [
                0, nil, 2, 3, nil,
            ])
    }

    @Test("a listing in another order finds every entry by path")
    func otherOrder() {
        let cached = cache(["b/a.md", "b/b.md", "b/c.md"])
        #expect(cached.entryIndices(for: listing(["b/c.md", "b/a.md", "b/b.md", "b/x.md"])) == [2, 0, 1, nil])
    }

    @Test("a path that differs in bytes but not as a string is found, as a dictionary by path finds it")
    func canonicallyEquivalentPath() {
        let decomposed = "b/cafe\u{301}.md"
        let composed = "b/caf\u{E9}.md"
        #expect(cache(["b/a.md", decomposed]).entryIndices(for: listing(["b/a.md", composed])) == [0, 1])
    }

    @Test("an empty cache finds nothing, an empty listing asks nothing")
    func empty() {
        #expect(cache([]).entryIndices(for: listing(["b/a.md"])) == [nil])
        #expect(cache(["b/a.md"]).entryIndices(for: []).isEmpty)
    }

    @Test("an entry index the cache does not have finds no file")
    func indexOutOfRange() {
        let cached = cache(["b/a.md"])
        #expect(cached.file(at: "b/a.md", entry: 5, blobID: "") == nil)
        #expect(cached.file(at: "b/a.md", entry: nil, blobID: "") == nil)
    }
}
