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

    /// The closest existing id, or `nil` when nothing is one typo away.
    public func suggestion(for missing: ItemID) -> ItemID? {
        var prefixCandidates = [missing.prefix]
        if missing.prefix.uppercased() != missing.prefix { prefixCandidates.append(missing.prefix.uppercased()) }
        if let close = Suggestion.closest(to: missing.prefix, in: prefixes.filter { $0 != missing.prefix }) {
            prefixCandidates.append(close)
        }
        for prefix in prefixCandidates where prefix != missing.prefix {
            let id = ItemID(prefix: prefix, number: missing.number)
            if graph.node(id) != nil { return id }
        }
        let digits = Array(String(missing.number))
        let existing = numberVariants(of: digits)
            .map { ItemID(prefix: missing.prefix, number: $0) }
            .filter { graph.node($0) != nil }
        return existing.min()
    }

    /// Numbers one edit away from `digits`.
    private func numberVariants(of digits: [Character]) -> Set<Int> {
        var variants: Set<[Character]> = []
        let alphabet = Array("0123456789")
        for index in digits.indices {
            var deleted = digits
            deleted.remove(at: index)
            variants.insert(deleted)
            for digit in alphabet {
                var changed = digits
                changed[index] = digit
                variants.insert(changed)
            }
            if index + 1 < digits.count {
                var swapped = digits
                swapped.swapAt(index, index + 1)
                variants.insert(swapped)
            }
        }
        for index in 0...digits.count {
            for digit in alphabet {
                var inserted = digits
                inserted.insert(digit, at: index)
                variants.insert(inserted)
            }
        }
        variants.remove(digits)
        return Set(variants.compactMap { $0.isEmpty ? nil : Int(String($0)) })
    }
}
