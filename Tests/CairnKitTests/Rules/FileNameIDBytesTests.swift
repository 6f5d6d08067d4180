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

    @Test("every name gives the same id either way", arguments: names)
    func sameAsStringReading(name: String) {
        let bytes = Array(name.utf8)
        let fromBytes = bytes.withUnsafeBufferPointer { FileNameID.leadingID(ofUTF8: $0) }
        #expect(fromBytes == FileNameID.leadingID(of: Substring(name))?.id)
    }
}
