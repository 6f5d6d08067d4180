/// A hash that is the same on every run and machine (unlike `Hasher`, which
/// is seeded per process): 64-bit FNV-1a over the UTF-8 bytes of each part,
/// parts separated by a NUL byte.
enum StableHash {
    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// The hash of `parts` as 16 lowercase hexadecimal digits.
    static func hex(_ parts: String...) -> String {
        var hash = offsetBasis
        for (index, part) in parts.enumerated() {
            if index > 0 { hash = hash &* prime }  // the NUL separator: xor with 0 is a no-op
            for byte in part.utf8 { hash = (hash ^ UInt64(byte)) &* prime }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
