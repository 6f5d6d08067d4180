import Foundation

/// Why bytes could not be read back as a parse cache.
enum CacheFormatError: Error, Equatable {
    /// The bytes end before the value does.
    case truncated
    /// A value that no writer produces (an unknown case tag, an absurd length).
    case malformed
}

/// Reads what ``CacheBinaryWriter`` wrote. Every read is bounds-checked and
/// throws ``CacheFormatError`` instead of trapping, so that a damaged file
/// is rebuilt, never trusted and never a crash.
struct CacheBinaryReader {
    let bytes: [UInt8]
    private(set) var offset: Int

    init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func unsigned() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw CacheFormatError.truncated }
            guard shift < 64 else { throw CacheFormatError.malformed }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    mutating func int() throws -> Int {
        let zigzag = try unsigned()
        return Int(truncatingIfNeeded: Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1))))
    }

    /// A count of elements, each taking at least one byte: larger than
    /// the bytes left means damage.
    mutating func count() throws -> Int {
        let value = try unsigned()
        guard value <= UInt64(bytes.count - offset) else { throw CacheFormatError.malformed }
        return Int(value)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw CacheFormatError.malformed
        }
    }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw CacheFormatError.truncated }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func double() throws -> Double {
        Double(bitPattern: try fixed())
    }

    mutating func fixed() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw CacheFormatError.truncated }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(8 * index) }
        offset += 8
        return value
    }

    /// A string, decoded straight from the bytes (an `ArraySlice` of them
    /// would retain and release the whole buffer for every string).
    mutating func string() throws -> String {
        let length = try count()
        let start = offset
        offset += length
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<start + length]), as: UTF8.self)
        }
    }

    /// Where the next string's UTF-8 bytes lie, skipping them.
    mutating func stringRange() throws -> Range<Int> {
        let length = try count()
        defer { offset += length }
        return offset..<offset + length
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func raw(_ length: Int) throws -> ArraySlice<UInt8> {
        guard bytes.count - offset >= length else { throw CacheFormatError.truncated }
        defer { offset += length }
        return bytes[offset..<offset + length]
    }

    mutating func array<Element>(_ read: (inout CacheBinaryReader) throws -> Element) throws -> [Element] {
        let count = try count()
        var elements: [Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count { elements.append(try read(&self)) }
        return elements
    }
}

extension [UInt8] {
    /// Whether the bytes at `range` are `text`'s UTF-8, compared in place:
    /// the caches match paths and blob ids this way rather than making a
    /// string of each.
    func holdsUTF8(of text: String, at range: Range<Int>) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            guard utf8.count == range.count, range.upperBound <= count else { return false }
            guard let textStart = utf8.baseAddress else { return true }
            return withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return false }
                return memcmp(textStart, base + range.lowerBound, range.count) == 0
            }
        }
    }
}
