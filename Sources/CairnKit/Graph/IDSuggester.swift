/// Suggests an existing id for one that does not exist ("did you mean US-21?").
///
/// Instead of comparing against every id (slow at 100,000 items), it builds
/// the few ids one typo away — a digit dropped, added, changed or swapped, a
/// prefix in the wrong case or misspelt — and looks each up.
public struct IDSuggester: Sendable {
    private let graph: BacklogGraph
    private let prefixes: [String]

    public init(graph: BacklogGraph, prefixes: [String]) {
        self.graph = graph
        self.prefixes = prefixes
    }

    /// The closest existing id other than `referrer`, or `nil` when nothing
    /// is one typo away. Swapped digits are the likeliest typo, then a changed,
    /// an added and a dropped digit; within one kind the smaller id wins.
    public func suggestion(for missing: ItemID, excluding referrer: ItemID? = nil) -> ItemID? {
        let exists: (ItemID) -> Bool = { $0 != referrer && graph.node($0) != nil }
        var prefixCandidates: [String] = []
        if missing.prefix.uppercased() != missing.prefix { prefixCandidates.append(missing.prefix.uppercased()) }
        if let close = Suggestion.closest(to: missing.prefix, in: prefixes.filter { $0 != missing.prefix }) {
            prefixCandidates.append(close)
        }
        for prefix in prefixCandidates {
            let id = ItemID(prefix: prefix, number: missing.number)
            if exists(id) { return id }
        }
        let digits = Array(String(missing.number))
        for tier in numberVariants(of: digits) {
            let found = tier.map { ItemID(prefix: missing.prefix, number: $0) }.filter(exists)
            if let best = found.min() { return best }
        }
        return nil
    }

    /// Numbers one edit away from `digits`, in tiers: swapped, changed, added, dropped.
    private func numberVariants(of digits: [Character]) -> [Set<Int>] {
        let alphabet = Array("0123456789")
        var swapped: Set<[Character]> = []
        var changed: Set<[Character]> = []
        var added: Set<[Character]> = []
        var dropped: Set<[Character]> = []
        for index in digits.indices {
            var without = digits
            without.remove(at: index)
            dropped.insert(without)
            for digit in alphabet {
                var replaced = digits
                replaced[index] = digit
                changed.insert(replaced)
            }
            if index + 1 < digits.count {
                var exchanged = digits
                exchanged.swapAt(index, index + 1)
                swapped.insert(exchanged)
            }
        }
        for index in 0...digits.count {
            for digit in alphabet {
                var inserted = digits
                inserted.insert(digit, at: index)
                added.insert(inserted)
            }
        }
        return [swapped, changed, added, dropped].map { tier in
            Set(
                tier.compactMap { variant in
                    let leadingZero = variant.count > 1 && variant.first == "0"
                    return variant == digits || variant.isEmpty || leadingZero ? nil : Int(String(variant))
                })
        }
    }
}
