import CairnKit
import Testing

@Suite("TextDecoding")
struct TextDecodingTests {
    private func decode(_ bytes: [UInt8]) -> Result<String, TextDecodingFailure> {
        TextDecoding.decode(bytes)
    }

    @Test("valid UTF-8 with multi-byte characters decodes unchanged")
    func valid() {
        let text = "id: US-1\ntitle: Café 日本 🙂 e\u{301}\r\n"
        #expect(decode(Array(text.utf8)) == .success(text))
        #expect(decode([]) == .success(""))
    }

    @Test("a leading byte order mark is dropped, one later on is kept")
    func byteOrderMark() {
        #expect(decode([0xEF, 0xBB, 0xBF] + Array("---\n".utf8)) == .success("---\n"))
        #expect(decode([0xEF, 0xBB, 0xBF]) == .success(""))
        #expect(decode(Array("a".utf8) + [0xEF, 0xBB, 0xBF]) == .success("a\u{FEFF}"))
    }

    @Test("a NUL byte means binary, at its line and byte column")
    func binary() {
        #expect(
            decode(Array("ab\ncé".utf8) + [0] + Array("x".utf8))
                == .failure(.binary(SourcePosition(line: 2, column: 4))))
        #expect(decode([0]) == .failure(.binary(SourcePosition(line: 1, column: 1))))
        // Columns count from after a dropped byte order mark, as every other position does.
        #expect(decode([0xEF, 0xBB, 0xBF, 0x61, 0]) == .failure(.binary(SourcePosition(line: 1, column: 2))))
    }

    @Test("a NUL wins over invalid UTF-8 later in the file")
    func binaryFirst() {
        #expect(decode([0xFF, 0x0A, 0x00]) == .failure(.binary(SourcePosition(line: 2, column: 1))))
    }

    @Test(
        "invalid UTF-8 is reported at the first bad byte",
        arguments: [
            // (bytes, line, column)
            (Array("id: US-1\ntitle: é".utf8) + [0xFF] + Array(" end".utf8), 2, 10),
            ([0xC3], 1, 1),  // truncated two-byte sequence at the end
            (Array("ab".utf8) + [0xE6, 0x97], 1, 3),  // truncated three-byte sequence
            ([0x61, 0xC0, 0xAF], 1, 2),  // overlong encoding of "/"
            ([0x0A, 0x0A, 0xED, 0xA0, 0x80], 3, 1),  // a UTF-16 surrogate
            ([0x61, 0x80], 1, 2),  // a lone continuation byte
            ([0xF4, 0x90, 0x80, 0x80], 1, 1),  // beyond U+10FFFF
            (Array("日本".utf8) + [0xFE], 1, 7),
        ] as [([UInt8], Int, Int)])
    func invalid(bytes: [UInt8], line: Int, column: Int) {
        #expect(decode(bytes) == .failure(.invalidUTF8(SourcePosition(line: line, column: column))))
    }

    @Test("CRLF counts as one line break; the CR takes a column")
    func crlf() {
        #expect(decode(Array("a\r\nb\r".utf8) + [0xFF]) == .failure(.invalidUTF8(SourcePosition(line: 2, column: 3))))
    }
}
