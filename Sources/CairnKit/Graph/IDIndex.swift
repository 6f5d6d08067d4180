/// The node of each id, looked up without hashing whole ids.
///
/// A `[ItemID: Int]` of 100,000 entries hashes the prefix and number of
/// every id with SipHash and probes a table of several megabytes at random.
/// Ids are few prefixes with mostly consecutive numbers, so each prefix gets
/// an array indexed by number (or, for a prefix whose numbers are sparse, a
/// dictionary by number), and only the prefix, among a handful, is
/// compared with each (or hashed, when there are many).
struct IDIndex: Sendable {
    /// The numbers of one prefix and their nodes.
    private enum Numbers: Sendable {
        /// `nodes[number - lowest]`, -1 where no item has the number.
        case dense(lowest: Int, nodes: [Int])
        case sparse([Int: Int])

        func node(_ number: Int) -> Int? {
            switch self {
            case .dense(let lowest, let nodes):
                let (offset, overflow) = number.subtractingReportingOverflow(lowest)
                guard !overflow, offset >= 0, offset < nodes.count, nodes[offset] >= 0 else { return nil }
                return nodes[offset]
            case .sparse(let nodes):
                return nodes[number]
            }
        }
    }

    /// Each prefix, in slot order.
    private let prefixes: [String]
    private let slotOfPrefix: [String: Int]
    private let numbersOfSlot: [Numbers]

    /// Up to this many prefixes, a prefix's slot is found by comparing it
    /// with each: a few comparisons of short strings cost less than hashing.
    private static let comparedPrefixes = 8

    /// The index of `ids`, where node `n` carries `ids[n]`; an id carried by
    /// several nodes answers with the first.
    init(_ ids: [ItemID]) {
        var slotOfPrefix: [String: Int] = [:]
        var prefixes: [String] = []
        var nodesOfSlot: [[Int]] = []
        for (node, id) in ids.enumerated() {
            // Ids come sorted, so most share the previous id's prefix.
            let slot =
                prefixes.last == id.prefix ? prefixes.count - 1 : slotOfPrefix[id.prefix] ?? nodesOfSlot.count
            if slot == nodesOfSlot.count {
                slotOfPrefix[id.prefix] = slot
                prefixes.append(id.prefix)
                nodesOfSlot.append([])
            }
            nodesOfSlot[slot].append(node)
        }
        self.prefixes = prefixes
        self.slotOfPrefix = slotOfPrefix
        numbersOfSlot = nodesOfSlot.map { nodes in Self.numbers(of: nodes, in: ids) }
    }

    /// The first node carrying `id`, if any.
    func node(_ id: ItemID) -> Int? {
        let slot =
            prefixes.count <= Self.comparedPrefixes ? prefixes.firstIndex(of: id.prefix) : slotOfPrefix[id.prefix]
        return slot.flatMap { numbersOfSlot[$0].node(id.number) }
    }

    /// An array by number when the numbers of `nodes` span at most four
    /// times their count (plus a little), a dictionary otherwise.
    private static func numbers(of nodes: [Int], in ids: [ItemID]) -> Numbers {
        let numbers = nodes.map { ids[$0].number }
        let lowest = numbers.min() ?? 0
        let (span, overflow) = (numbers.max() ?? 0).subtractingReportingOverflow(lowest)
        guard !overflow, span < 4 * nodes.count + 16 else {
            return .sparse(Dictionary(zip(numbers, nodes), uniquingKeysWith: { first, _ in first }))
        }
        var table = [Int](repeating: -1, count: span + 1)
        for (number, node) in zip(numbers, nodes) where table[number - lowest] < 0 { table[number - lowest] = node }
        return .dense(lowest: lowest, nodes: table)
    }
}
