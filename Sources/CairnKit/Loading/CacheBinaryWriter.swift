/// Appends values to a byte buffer in the parse cache's encoding: unsigned
/// LEB128 variable-length integers, zigzag for signed ones, strings as a
/// length and UTF-8 bytes, doubles as their 64-bit pattern.
struct CacheBinaryWriter {
    private(set) var bytes: [UInt8] = []

    /// A writer whose buffer holds `capacity` bytes before it grows: a
    /// writer of a known size never holds twice its bytes while growing.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func unsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func int(_ value: Int) {
        let signed = Int64(value)
        unsigned(UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func double(_ value: Double) {
        fixed(value.bitPattern)
    }

    /// Eight bytes, little-endian.
    mutating func fixed(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    /// Overwrites the eight bytes at `offset`, written before by ``fixed(_:)``.
    mutating func patchFixed(_ value: UInt64, at offset: Int) {
        for index in 0..<8 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> UInt64(8 * index)) }
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalString(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func raw(_ values: some Collection<UInt8>) {
        bytes.append(contentsOf: values)
    }

    /// A count followed by each element.
    mutating func array<Element>(_ elements: [Element], _ write: (inout CacheBinaryWriter, Element) -> Void) {
        unsigned(UInt64(elements.count))
        for element in elements { write(&self, element) }
    }
}
