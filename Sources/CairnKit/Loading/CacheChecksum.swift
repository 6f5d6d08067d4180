/// A fast 64-bit checksum for the parse cache: eight bytes at a time,
/// multiplied and rotated, so that reading a 50 MB cache costs milliseconds.
/// It detects damage (truncation, flipped or garbage bytes); it is no
/// defence against someone forging a cache, which needs write access to
/// `.git` anyway.
enum CacheChecksum {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
        let prime: UInt64 = 0x0000_0100_0000_01B3
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset + 8 <= buffer.count {
                let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                hash = ((hash ^ word) &* prime).rotatedLeft(by: 29)
                offset += 8
            }
            while offset < buffer.count {
                hash = (hash ^ UInt64(buffer[offset])) &* prime
                offset += 1
            }
        }
        return hash ^ (hash >> 32)
    }

    static func of(_ text: String) -> UInt64 {
        of(Array(text.utf8)[...])
    }
}

extension UInt64 {
    fileprivate func rotatedLeft(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
