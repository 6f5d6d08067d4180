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
    public init?(_ text: some StringProtocol) {
        guard let hyphen = text.lastIndex(of: "-") else { return nil }
        let prefix = text[text.startIndex..<hyphen]
        let digits = text[text.index(after: hyphen)...]
        guard let first = prefix.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII,
            prefix.unicodeScalars.allSatisfy({
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
            }),
            !digits.isEmpty, digits.count <= 18, digits.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
            let number = Int(digits)
        else { return nil }
        self.prefix = String(prefix)
        self.number = number
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
