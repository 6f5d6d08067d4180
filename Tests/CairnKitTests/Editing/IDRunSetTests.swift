import CairnGit
import Foundation
import Testing

@testable import CairnKit

/// Ids as runs of numbers: merging, lookup, and the cache's encoding of them.
@Suite("ID run sets")
struct IDRunSetTests {
    private func id(_ text: String) throws -> ItemID {
        try #require(ItemID(text))
    }

    @Test("overlapping, touching and unordered runs merge; apart ones stay apart")
    func coalescing() {
        let set = IDRunSet(coalescing: ["US": [7...9, 1...2, 3...3, 8...12, 20...20], "EP": [], "KR": [5...5]])
        #expect(set.runs == ["US": [1...3, 7...12, 20...20], "KR": [5...5]])
        #expect(set.highestNumber(forPrefix: "US") == 20)
        #expect(set.highestNumber(forPrefix: "EP") == nil)
    }

    @Test("contains finds exactly the numbers of the runs, per prefix")
    func contains() throws {
        let set = IDRunSet(coalescing: ["US": [0...0, 4...6, 10...10, 15...17]])
        let inside = [0, 4, 5, 6, 10, 15, 16, 17]
        for number in -1...19 {
            #expect(set.contains(ItemID(prefix: "US", number: number)) == inside.contains(number), "\(number)")
        }
        #expect(!set.contains(try id("us-5")))
        #expect(!IDRunSet().contains(try id("US-1")))
    }

    @Test("validating accepts only runs as the set keeps them")
    func validating() {
        #expect(IDRunSet(validating: ["US": [1...3, 5...5]]) != nil)
        #expect(IDRunSet(validating: [:]) != nil)
        #expect(IDRunSet(validating: ["US": [1...3, 4...5]]) == nil)
        #expect(IDRunSet(validating: ["US": [5...6, 1...2]]) == nil)
        #expect(IDRunSet(validating: ["US": [-1...2]]) == nil)
        #expect(IDRunSet(validating: ["US": [1...(IDRunSet.maximumNumber + 1)]]) == nil)
        #expect(IDRunSet(validating: ["US": []]) == nil)
    }

    @Test("the builder takes ids of interleaved prefixes and whole sets, and refuses numbers out of range")
    func builder() throws {
        var builder = IDRunSet.Builder()
        for text in ["US-3", "US-1", "EP-2", "US-2", "EP-1", "US-10"] {
            let added = builder.add(try id(text))
            #expect(added)
        }
        builder.add(IDRunSet(coalescing: ["US": [11...12], "BUG": [4...4]]))
        let negative = builder.add(ItemID(prefix: "US", number: -1))
        let tooLarge = builder.add(ItemID(prefix: "US", number: IDRunSet.maximumNumber + 1))
        let largest = builder.add(ItemID(prefix: "US", number: IDRunSet.maximumNumber))
        #expect(!negative && !tooLarge && largest)
        #expect(
            builder.build().runs == [
                "US": [1...3, 10...12, IDRunSet.maximumNumber...IDRunSet.maximumNumber], "EP": [1...2],
                "BUG": [4...4],
            ])
    }

    @Test("the cache file keeps sparse, large and zero numbers, subtrees and tips exactly")
    func storeRoundTrip() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("cairn-run-sets-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = BranchIDCacheStore(gitDirectory: directory, cairnVersion: "test")
        let first = try #require(GitObjectHash(bytes: [UInt8](repeating: 1, count: 20)))
        let second = try #require(GitObjectHash(bytes: [UInt8](repeating: 2, count: 20)))
        let commit = try #require(GitObjectHash(bytes: [UInt8](repeating: 3, count: 20)))
        let sparse = IDRunSet(
            coalescing: [
                "US": [0...0, 2...2, 4...1_000, 5_000...5_000, (IDRunSet.maximumNumber - 1)...IDRunSet.maximumNumber],
                "Ü_x": [7...7],
            ])
        var cache = BranchIDCache()
        cache.trees[first] = BranchIDCache.Tree(subtrees: [second], ids: sparse)
        cache.trees[second] = BranchIDCache.Tree(subtrees: [], ids: IDRunSet())
        cache.path = "docs/backlog"
        cache.rootTrees[commit] = first
        store.write(cache)
        let read = store.read()
        #expect(read.trees == cache.trees)
        #expect(read.path == "docs/backlog")
        #expect(read.rootTrees == [commit: first])
    }
}
