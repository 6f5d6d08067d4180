import Testing

@testable import CairnKit

@Suite("NodeOrder")
struct NodeOrderTests {
    typealias F = GraphFixtures

    private func item(_ id: ItemID, path: String) -> Item {
        Item(id: id, kind: "story", path: path, keys: [], fields: [:], references: [], body: .init())
    }

    private func comparisonOrder(_ items: [Item]) -> [String] {
        items.sorted { ($0.id, $0.path) < ($1.id, $1.path) }.map { "\($0.id) \($0.path)" }
    }

    private func nodeOrder(_ items: [Item]) -> [String] {
        NodeOrder.positions(ofIDs: items.map(\.id)) { items[$0].path }.map { "\(items[$0].id) \(items[$0].path)" }
    }

    @Test("the same order as sorting by id, then path, on random items")
    func randomItems() {
        var generator = SeededGenerator(seed: 6)
        let prefixes = ["US", "EP", "BUG", "B", "us", "OBJ", "KR", "X_1", "Ä"]
        let numbers = [0, 1, 2, 9, 10, 2047, 2048, 2049, 1 << 22, 999_999_999_999_999_999, -1, Int.min, Int.max]
        for _ in 0..<200 {
            let count = Int.random(in: 0...60, using: &generator)
            let items = (0..<count).map { _ in
                let prefix = prefixes.randomElement(using: &generator) ?? "US"
                let number =
                    Bool.random(using: &generator)
                    ? Int.random(in: 0...30, using: &generator) : (numbers.randomElement(using: &generator) ?? 0)
                let path = "backlog/\(Int.random(in: 0...5, using: &generator)).md"
                return item(ItemID(prefix: prefix, number: number), path: path)
            }
            #expect(nodeOrder(items) == comparisonOrder(items))
        }
    }

    @Test("numbers spread over every radix digit keep their order")
    func wideNumbers() {
        let numbers = (0..<64).map { 1 << $0 } + (1..<63).map { (1 << $0) - 1 } + [Int.max, Int.min, -5, -6]
        let items = numbers.reversed().map { item(ItemID(prefix: "US", number: $0), path: "backlog/\($0).md") }
        #expect(nodeOrder(items) == comparisonOrder(items))
    }

    @Test("a backlog of one id keeps every item, ordered by path")
    func oneID() {
        let items = ["c.md", "a.md", "b.md", "a/b.md"].map { F.item("US-1", path: $0) }
        #expect(nodeOrder(items) == ["US-1 a.md", "US-1 a/b.md", "US-1 b.md", "US-1 c.md"])
    }
}
