import Testing

@testable import CairnKit

/// The byte reading of a file name's id, used by the branch walk, agrees
/// with the string reading the rules use.
@Suite("File name ids from bytes")
struct FileNameIDBytesTests {
    static let names = [
        "US-12-pay.md", "US-12.md", "US-12", "US-007-zeros.md", "us-3-lower.md", "EP_2-3-x.md", "A1-5.md",
        "1US-5.md", "-5.md", "US-.md", "US-12abc.md", "US-1234567890123456789.md", "US-123456789012345678.md",
        "US.12.md", "notes.md", "README", "", "Ü-1.md", "US-1\u{301}.md", "US-12-", "US--12.md", "KR-9.draft.md",
        "US-12\u{00e9}.md", "X-0.md",
    ]

    /// More names for the shortcut of `id-filename-mismatch`, among them a
    /// combining mark that joins the `-` after the id into another character.
    static let shortcutNames =
        names + ["US-12-\u{301}x.md", "US-12.markdown", "US-12-.md", "US-120-x.md", "US-12.md.md", "EP_2-3.md"]

    /// Ids the names above start with, or almost do.
    static let ids = ["US-12", "US-1", "US-7", "US-0", "EP_2-3", "X-0", "US-120", "A1-5"].compactMap { ItemID($0) }

    @Test("every name gives the same id either way", arguments: names)
    func sameAsStringReading(name: String) {
        let bytes = Array(name.utf8)
        let fromBytes = bytes.withUnsafeBufferPointer { FileNameID.leadingID(ofUTF8: $0) }
        #expect(fromBytes == FileNameID.leadingID(of: Substring(name))?.id)
    }

    @Test("the byte shortcut claims a match only where the full reading finds one", arguments: shortcutNames)
    func shortcutAgreesWithFullReading(name: String) {
        for id in Self.ids where FileNameID.startsWith(id, Substring(name)) {
            let leading = FileNameID.leadingID(of: Substring(name))
            #expect(leading?.id == id, "\(name) for \(id)")
            let rest = leading.map { Substring(name)[$0.text.endIndex...] } ?? ""
            #expect(rest.hasPrefix("-") || rest == ".md" || rest == ".markdown", "\(name) for \(id)")
        }
    }

    @Test("the byte shortcut takes the usual names")
    func shortcutTakesUsualNames() throws {
        let id = try #require(ItemID("US-12"))
        #expect(FileNameID.startsWith(id, "US-12-pay.md"))
        #expect(FileNameID.startsWith(id, "US-12.md"))
        #expect(FileNameID.startsWith(id, "US-12.markdown"))
        #expect(!FileNameID.startsWith(id, "US-120-pay.md"))
        #expect(!FileNameID.startsWith(id, "US-12-\u{301}x.md"))
        #expect(!FileNameID.startsWith(id, "US-12.md.md"))
    }

    @Test("the shortcut answers as comparing the bytes of the id as written would", arguments: shortcutNames)
    func shortcutMatchesWrittenID(name: String) {
        for id in Self.ids + [ItemID(prefix: "US", number: 0), ItemID(prefix: "US", number: Int.max)] {
            let written = Array(id.description.utf8)
            let bytes = Array(name.utf8)
            var expected = false
            if bytes.starts(with: written) {
                let rest = bytes.dropFirst(written.count)
                expected =
                    rest.first == UInt8(ascii: "-")
                    ? rest.dropFirst().first.map { $0 < 0x80 } ?? true
                    : rest.elementsEqual(".md".utf8) || rest.elementsEqual(".markdown".utf8)
            }
            #expect(FileNameID.startsWith(id, Substring(name)) == expected, "\(name) for \(id)")
        }
    }

    @Test("the file name and folder of a path split at its last slash")
    func fileNameAndFolder() {
        #expect(FileNameID.fileName(of: "backlog/stories/US-1-a.md") == "US-1-a.md")
        #expect(FileNameID.folder(of: "backlog/stories/US-1-a.md") == "backlog/stories/")
        #expect(FileNameID.fileName(of: "US-1.md") == "US-1.md")
        #expect(FileNameID.folder(of: "US-1.md") == "")
        #expect(FileNameID.fileName(of: "bäcklog/ß/US-1-é.md") == "US-1-é.md")
        #expect(FileNameID.folder(of: "bäcklog/ß/US-1-é.md") == "bäcklog/ß/")
        #expect(FileNameID.fileName(of: "backlog/") == "")
    }
}
