@testable import CairnKit

/// Items built directly, for graph tests.
enum GraphFixtures {
    /// An item with `id` whose references are `(type, target)` pairs; each
    /// reference is written on its own line, in order, from line 2.
    static func item(_ id: String, path: String? = nil, _ references: [(LinkType, String)] = []) -> Item {
        let itemID = ItemID(id) ?? ItemID(prefix: "X", number: 0)
        return Item(
            id: itemID, kind: "story", path: path ?? "backlog/\(id).md", keys: [], fields: [:],
            references: references.enumerated().map { index, reference in
                Reference(
                    type: reference.0, target: ItemID(reference.1) ?? ItemID(prefix: "X", number: 0),
                    location: SourcePosition(line: index + 2, column: 1))
            },
            body: .init())
    }

    /// Items `N-0` … `N-(count-1)` with `depends_on` edges.
    static func dependencyGraph(count: Int, edges: [(Int, Int)]) -> BacklogGraph {
        var targets = [[Int]](repeating: [], count: count)
        for (from, to) in edges { targets[from].append(to) }
        let items = (0..<count).map { node in
            item("N-\(node)", targets[node].map { (.dependsOn, "N-\($0)") })
        }
        return BacklogGraph(items: items)
    }
}

/// A small deterministic random number generator (SplitMix64), so that
/// property tests see the same graphs on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
