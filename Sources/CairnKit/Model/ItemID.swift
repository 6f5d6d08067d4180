/// An item's identity: a prefix and a number, written `PREFIX-NUMBER` (`US-12`).
///
/// Ordered naturally: by prefix, then by number, so `US-9` sorts before `US-10`.
public struct ItemID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public let prefix: String
    public let number: Int

    public init(prefix: String, number: Int) {
        self.prefix = prefix
        self.number = number
    }

    /// Parses `US-12`. The prefix is a letter followed by letters, digits or
    /// underscores; the number is decimal digits without a sign.
    public init?<Text: StringProtocol>(_ text: Text) {
        // An id is ASCII throughout, so its bytes decide; any other byte
        // (a letter with an accent, a combining mark) makes it no id.
        let utf8 = text.utf8
        var lastHyphen: Text.UTF8View.Index?
        for index in utf8.indices where utf8[index] == UInt8(ascii: "-") { lastHyphen = index }
        guard let hyphen = lastHyphen else { return nil }
        let prefix = utf8[utf8.startIndex..<hyphen]
        let digits = utf8[utf8.index(after: hyphen)...]
        guard let first = prefix.first, Self.isLetter(first),
            prefix.allSatisfy({ Self.isLetter($0) || Self.isDigit($0) || $0 == UInt8(ascii: "_") }),
            !digits.isEmpty, digits.count <= 18, digits.allSatisfy(Self.isDigit)
        else { return nil }
        self.prefix = String(decoding: prefix, as: UTF8.self)
        // At most 18 digits cannot overflow.
        self.number = digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    public var description: String { "\(prefix)-\(number)" }

    public static func < (lhs: ItemID, rhs: ItemID) -> Bool {
        (lhs.prefix, lhs.number) < (rhs.prefix, rhs.number)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let id = ItemID(text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an item id: \(text)"))
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
