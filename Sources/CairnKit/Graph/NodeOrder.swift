/// The order of a graph's nodes — items by id, then by path — found in time
/// linear in the items.
///
/// A comparison sort costs log n comparisons per item, each of which reads
/// two items' ids and prefixes from their storage; at 100,000 items that grew
/// the graph build 17-fold for 10 times the items. Here only the distinct id
/// prefixes are compared (one per kind in practice), the items are then
/// ordered by number and by prefix with two stable radix sorts over plain
/// integer keys, and only items that share an id are compared, by path.
enum NodeOrder {
    /// The positions in `ids` of the items in node order, where `ids[position]`
    /// is the id of the item at `position` and `path(position)` its path.
    static func positions(ofIDs ids: [ItemID], path: (Int) -> String) -> [Int] {
        var prefixSlots: [String: Int] = [:]
        var prefixes: [String] = []
        var slotOfItem: [Int] = []
        slotOfItem.reserveCapacity(ids.count)
        var numberKeys: [UInt64] = []
        numberKeys.reserveCapacity(ids.count)
        for id in ids {
            // Files come by path, and a folder's items mostly share a
            // prefix: the previous item's slot is tried before hashing.
            let slot: Int
            if let previous = slotOfItem.last, prefixes[previous] == id.prefix {
                slot = previous
            } else {
                slot = prefixSlots[id.prefix] ?? prefixes.count
            }
            if slot == prefixes.count {
                prefixSlots[id.prefix] = slot
                prefixes.append(id.prefix)
            }
            slotOfItem.append(slot)
            numberKeys.append(orderPreservingKey(id.number))
        }
        var rankOfSlot = [UInt64](repeating: 0, count: prefixes.count)
        for (rank, slot) in prefixes.indices.sorted(by: { prefixes[$0] < prefixes[$1] }).enumerated() {
            rankOfSlot[slot] = UInt64(rank)
        }
        let prefixKeys = slotOfItem.map { rankOfSlot[$0] }
        var order = RadixSort.stablySorted(Array(ids.indices), by: numberKeys)
        order = RadixSort.stablySorted(order, by: prefixKeys)
        sortRunsOfEqualIDByPath(&order, path: path, prefixKeys: prefixKeys, numberKeys: numberKeys)
        return order
    }

    /// `number` as an unsigned key in the same order: negative numbers (which
    /// no file can spell, but ``ItemID/init(prefix:number:)`` accepts) first.
    private static func orderPreservingKey(_ number: Int) -> UInt64 {
        UInt64(bitPattern: Int64(number)) ^ (1 << 63)
    }

    /// Items sharing an id (a `duplicate-id` problem) are adjacent after the
    /// radix sorts; orders each such run by path.
    private static func sortRunsOfEqualIDByPath(
        _ order: inout [Int], path: (Int) -> String, prefixKeys: [UInt64], numberKeys: [UInt64]
    ) {
        var start = 0
        while start < order.count {
            let first = order[start]
            var end = start + 1
            while end < order.count, prefixKeys[order[end]] == prefixKeys[first],
                numberKeys[order[end]] == numberKeys[first]
            {
                end += 1
            }
            if end - start > 1 { order[start..<end].sort { path($0) < path($1) } }
            start = end
        }
    }
}
