/// A stable least-significant-digit radix sort of positions by unsigned
/// integer keys: linear in the positions for keys of bounded width, with
/// one pass per 11 bits of the keys' spread (two passes for numbers up to
/// about four million).
enum RadixSort {
    private static let digitBits: UInt64 = 11
    private static let digitMask: UInt64 = (1 << digitBits) - 1

    /// `positions` ordered by `keys[position]`, positions with equal keys in
    /// their given order.
    static func stablySorted(_ positions: [Int], by keys: [UInt64]) -> [Int] {
        guard let minimum = positions.lazy.map({ keys[$0] }).min() else { return positions }
        let spread = positions.lazy.map { keys[$0] - minimum }.max() ?? 0
        var current = positions
        var next = [Int](repeating: 0, count: positions.count)
        var shift: UInt64 = 0
        while shift < 64, spread >> shift != 0 {
            var starts = [Int](repeating: 0, count: Int(digitMask) + 2)
            for position in current { starts[digit(keys[position] - minimum, shift) + 1] += 1 }
            for bucket in 1..<starts.count { starts[bucket] += starts[bucket - 1] }
            for position in current {
                let bucket = digit(keys[position] - minimum, shift)
                next[starts[bucket]] = position
                starts[bucket] += 1
            }
            swap(&current, &next)
            shift += digitBits
        }
        return current
    }

    private static func digit(_ key: UInt64, _ shift: UInt64) -> Int {
        Int((key >> shift) & digitMask)
    }
}
