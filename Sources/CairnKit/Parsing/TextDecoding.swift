import Foundation

/// Why a file's bytes are not text Cairn can read.
public enum TextDecodingFailure: Error, Hashable, Sendable {
    /// A NUL byte: the file is binary.
    case binary(SourcePosition)
    /// Bytes that are not valid UTF-8, at this location.
    case invalidUTF8(SourcePosition)
}

/// Turns a file's bytes into text, rejecting binary content and invalid UTF-8
/// with the exact location of the first bad byte.
public enum TextDecoding {
    /// Decodes `bytes`, dropping a leading UTF-8 byte order mark.
    public static func decode(_ bytes: [UInt8]) -> Result<String, TextDecodingFailure> {
        var content = bytes[...]
        if content.starts(with: [0xEF, 0xBB, 0xBF]) { content = content.dropFirst(3) }
        if let nul = firstNUL(in: content) {
            return .failure(.binary(location(ofByte: nul, in: content)))
        }
        if let text = String(validating: content, as: UTF8.self) { return .success(text) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = content.makeIterator()
        var offset = content.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .error:
                return .failure(.invalidUTF8(location(ofByte: offset, in: content)))
            case .emptyInput:
                return .success(String(decoding: content, as: UTF8.self))  // unreachable: validated above
            }
        }
    }

    /// The index of the first NUL byte, found with `memchr`.
    private static func firstNUL(in bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, let found = memchr(base, 0, buffer.count) else { return nil }
            return bytes.startIndex + UnsafeRawPointer(base).distance(to: found)
        }
    }

    private static func location(ofByte index: Int, in bytes: ArraySlice<UInt8>) -> SourcePosition {
        var line = 1
        var lineStart = bytes.startIndex
        for position in bytes.startIndex..<index where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        return SourcePosition(line: line, column: index - lineStart + 1)
    }
}
