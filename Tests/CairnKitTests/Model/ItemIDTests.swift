import CairnKit
import Foundation
import Testing

@Suite("ItemID")
struct ItemIDTests {
    @Test(
        "parses prefix and number",
        arguments: [
            ("US-12", "US", 12), ("KR-3", "KR", 3), ("a-0", "a", 0), ("KR_2B-7", "KR_2B", 7), ("US-007", "US", 7),
            ("US-999999999999999999", "US", 999_999_999_999_999_999),
        ])
    func parses(text: String, prefix: String, number: Int) throws {
        let id = try #require(ItemID(text))
        #expect(id.prefix == prefix)
        #expect(id.number == number)
    }

    @Test(
        "rejects what is not PREFIX-NUMBER",
        arguments: [
            "", "US", "US-", "-12", "US12", "US-1a", "US-+1", "US--1", "US-1.5", " US-1", "US-1 ", "1US-1", "_US-1",
            "ÜS-1", "US-١٢", "US-１", "KEY-RESULT-1", "US-1234567890123456789", "US -1",
            // A hyphen or digit that is part of a longer character is no hyphen or digit.
            "US-\u{301}1", "US\u{301}-1", "US-1\u{301}", "US-1-\u{301}", "U\u{200D}S-1", "US-1\u{FE0F}",
        ])
    func rejects(text: String) {
        #expect(ItemID(text) == nil)
    }

    @Test("a leading zero is the same id, written without it")
    func leadingZero() {
        #expect(ItemID("US-007") == ItemID("US-7"))
        #expect(ItemID("US-007")?.description == "US-7")
    }

    @Test("orders by prefix, then numerically")
    func ordering() {
        let ids = ["US-10", "US-9", "EP-2", "US-1", "EP-10", "KR-1", "US-100"].compactMap { ItemID($0) }
        #expect(ids.sorted().map(\.description) == ["EP-2", "EP-10", "KR-1", "US-1", "US-9", "US-10", "US-100"])
        #expect(ItemID(prefix: "US", number: 9) < ItemID(prefix: "US", number: 10))
    }

    @Test("encodes as its text and decodes from it")
    func codable() throws {
        let data = try JSONEncoder().encode([ItemID(prefix: "US", number: 12)])
        #expect(String(decoding: data, as: UTF8.self) == "[\"US-12\"]")
        #expect(try JSONDecoder().decode([ItemID].self, from: data) == [ItemID(prefix: "US", number: 12)])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ItemID].self, from: Data("[\"US12\"]".utf8)) }
    }
}
