import Testing

@testable import CairnKit

@Suite("IDIndex")
struct IDIndexTests {
    private func id(_ prefix: String, _ number: Int) -> ItemID { ItemID(prefix: prefix, number: number) }

    @Test("answers like a dictionary of first nodes, for dense, sparse and extreme numbers")
    func randomIDs() {
        var generator = SeededGenerator(seed: 31)
        let extremes = [Int.min, Int.min + 1, -1, 0, Int.max - 1, Int.max, 1 << 40]
        for _ in 0..<200 {
            let count = Int.random(in: 0...80, using: &generator)
            let ids = (0..<count).map { _ in
                id(
                    ["US", "EP", "us", "Ä"].randomElement(using: &generator) ?? "US",
                    Int.random(in: 0..<8, using: &generator) == 0
                        ? (extremes.randomElement(using: &generator) ?? 0) : Int.random(in: 1...40, using: &generator))
            }
            var expected: [ItemID: Int] = [:]
            for (node, id) in ids.enumerated() where expected[id] == nil { expected[id] = node }
            let index = IDIndex(ids)
            let probes = ids + extremes.map { id("US", $0) } + [id("BUG", 1), id("EP", 41), id("US", 0)]
            for probe in probes {
                #expect(index.node(probe) == expected[probe], "\(probe) in \(ids)")
            }
        }
    }

    @Test("many prefixes, looked up by hash rather than one by one, answer like a dictionary too")
    func manyPrefixes() {
        var generator = SeededGenerator(seed: 32)
        let prefixes = (0..<20).map { "P\($0)" } + ["A\u{308}", "\u{C4}"]
        for _ in 0..<50 {
            let ids = (0..<Int.random(in: 0...120, using: &generator)).map { _ in
                id(prefixes.randomElement(using: &generator) ?? "P0", Int.random(in: 1...30, using: &generator))
            }
            var expected: [ItemID: Int] = [:]
            for (node, id) in ids.enumerated() where expected[id] == nil { expected[id] = node }
            let index = IDIndex(ids)
            for probe in ids + [id("P21", 1), id("P3", 31), id("Q", 1)] {
                #expect(index.node(probe) == expected[probe], "\(probe) in \(ids)")
            }
        }
    }

    @Test("a prefix with a few far-apart numbers and one with consecutive numbers")
    func sparseAndDense() {
        let ids = [id("US", 1), id("US", 2), id("US", 3), id("KR", 5), id("KR", 1_000_000_000), id("US", 2)]
        let index = IDIndex(ids)
        #expect(ids.map { index.node($0) } == [0, 1, 2, 3, 4, 1])
        #expect(index.node(id("US", 4)) == nil)
        #expect(index.node(id("KR", 6)) == nil)
        #expect(index.node(id("EP", 1)) == nil)
    }
}
