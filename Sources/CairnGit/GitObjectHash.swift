internal import CGit2

/// The 20-byte SHA-1 that names a git object — a commit, a tree — as a
/// hashable value. Git objects never change, so a cache of what was read
/// from one can be keyed by its hash and trusted as long as the cache is.
public struct GitObjectHash: Hashable, Sendable, CustomStringConvertible {
    /// How many bytes a hash has.
    public static let byteCount = 20

    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    /// The hash whose bytes are `bytes`, or `nil` unless there are exactly
    /// ``byteCount`` of them.
    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == Self.byteCount else { return nil }
        let load = { (raw: UnsafeRawBufferPointer) in
            (
                raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            )
        }
        // Straight from contiguous bytes (an array slice) without a copy.
        (high, middle, low) =
            bytes.withContiguousStorageIfAvailable { load(UnsafeRawBufferPointer($0)) }
            ?? Array(bytes).withUnsafeBytes(load)
    }

    init(_ oid: git_oid) {
        var copy = oid
        (high, middle, low) = withUnsafeBytes(of: &copy.id) { raw in
            (
                raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self),
                raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
            )
        }
    }

    /// The hash's bytes, in git's order.
    public var bytes: [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(Self.byteCount)
        withUnsafeBytes(of: high) { result.append(contentsOf: $0) }
        withUnsafeBytes(of: middle) { result.append(contentsOf: $0) }
        withUnsafeBytes(of: low) { result.append(contentsOf: $0) }
        return result
    }

    /// The hash as libgit2 takes it.
    var oid: git_oid {
        var oid = git_oid()
        let bytes = self.bytes
        withUnsafeMutableBytes(of: &oid.id) { raw in raw.copyBytes(from: bytes) }
        return oid
    }

    /// The hash in hexadecimal, as git prints it.
    public var description: String {
        bytes.map { byte in (byte < 0x10 ? "0" : "") + String(byte, radix: 16) }.joined()
    }
}
