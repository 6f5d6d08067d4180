/// Item ids held as runs of consecutive numbers per prefix: a backlog's
/// 10,000 sequential story ids are one run, not 10,000 entries, which is what
/// lets the branch id cache keep a summary of every branch's trees.
struct IDRunSet: Sendable, Equatable {
    /// The largest number an id read from a file name can have: 18 digits.
    static let maximumNumber = 999_999_999_999_999_999

    /// Per prefix, the runs in ascending order, neither overlapping nor
    /// adjacent (`1...3` and `4...5` are one run), within
    /// `0...maximumNumber`.
    private(set) var runs: [String: [ClosedRange<Int>]]

    /// The set without ids.
    init() {
        runs = [:]
    }

    /// The set of every number in `runs`, which may overlap, touch and come
    /// in any order, but must lie within `0...maximumNumber`.
    init(coalescing runs: [String: [ClosedRange<Int>]]) {
        self.runs = runs.compactMapValues { unordered in
            var merged: [ClosedRange<Int>] = []
            for run in unordered.sorted(by: { $0.lowerBound < $1.lowerBound }) {
                if let last = merged.last, run.lowerBound <= last.upperBound + 1 {
                    merged[merged.count - 1] = last.lowerBound...max(last.upperBound, run.upperBound)
                } else {
                    merged.append(run)
                }
            }
            return merged.isEmpty ? nil : merged
        }
    }

    /// The set of `runs` when they are already as ``runs`` keeps them
    /// (ascending, apart, in range, no prefix without runs); `nil` otherwise.
    init?(validating runs: [String: [ClosedRange<Int>]]) {
        for prefixRuns in runs.values {
            guard let first = prefixRuns.first, first.lowerBound >= 0,
                let last = prefixRuns.last, last.upperBound <= Self.maximumNumber,
                zip(prefixRuns, prefixRuns.dropFirst()).allSatisfy({ $0.upperBound + 1 < $1.lowerBound })
            else { return nil }
        }
        self.runs = runs
    }

    /// The highest number taken for `prefix`, if any.
    func highestNumber(forPrefix prefix: String) -> Int? {
        runs[prefix]?.last?.upperBound
    }

    /// Whether `id` is in the set.
    func contains(_ id: ItemID) -> Bool {
        guard let prefixRuns = runs[id.prefix] else { return false }
        var low = 0
        var high = prefixRuns.count
        while low < high {
            let middle = (low + high) / 2
            if prefixRuns[middle].upperBound < id.number { low = middle + 1 } else { high = middle }
        }
        return low < prefixRuns.count && prefixRuns[low].contains(id.number)
    }

    /// Collects ids one at a time, and whole sets, into one set.
    struct Builder {
        private var runs: [String: [ClosedRange<Int>]] = [:]
        /// The prefix of the last id added and the runs collected for it,
        /// outside `runs`: names come sorted, so one prefix follows another
        /// and most ids are added without hashing their prefix.
        private var currentPrefix = ""
        private var current: [ClosedRange<Int>] = []

        /// Adds `id` and returns `true` when its number lies within
        /// `0...maximumNumber`; returns `false` and adds nothing otherwise.
        @discardableResult
        mutating func add(_ id: ItemID) -> Bool {
            guard (0...IDRunSet.maximumNumber).contains(id.number) else { return false }
            if id.prefix != currentPrefix { switchPrefix(to: id.prefix) }
            current.append(id.number...id.number)
            return true
        }

        /// Adds every id of `set`.
        mutating func add(_ set: IDRunSet) {
            for (prefix, prefixRuns) in set.runs {
                if prefix != currentPrefix { switchPrefix(to: prefix) }
                current.append(contentsOf: prefixRuns)
            }
        }

        private mutating func switchPrefix(to prefix: String) {
            if !current.isEmpty { runs[currentPrefix] = current }
            currentPrefix = prefix
            current = runs.removeValue(forKey: prefix) ?? []
        }

        /// The set of everything added.
        func build() -> IDRunSet {
            var all = runs
            if !current.isEmpty { all[currentPrefix] = current }
            return IDRunSet(coalescing: all)
        }
    }
}
