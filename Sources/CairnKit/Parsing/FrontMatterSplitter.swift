/// Why a file has no usable front matter, found before any YAML is parsed.
public enum FrontMatterSplitFailure: Error, Hashable, Sendable {
    /// The file is empty or holds only whitespace.
    case emptyFile
    /// The first line is not `---`.
    case noOpeningFence
    /// `---` opens the front matter on line 1 but no `---` or `...` closes it.
    case unclosed
}

/// A file's text cut into its YAML front matter and Markdown body.
public struct FrontMatterSplit: Sendable {
    /// The YAML between the fences.
    public var yaml: Substring
    /// The file line on which the YAML starts (2 for a fence on line 1).
    public var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    public var body: Substring
    /// The file line on which the body starts.
    public var bodyFirstLine: Int
}

/// Finds the `---` fences of a file's front matter. Tolerates CRLF line
/// endings and trailing blanks after a fence; a UTF-8 byte order mark is
/// removed before this runs (see ``ItemFileParser``).
public enum FrontMatterSplitter {
    /// Cuts `text` into its front matter and body, or says why it has none.
    public static func split(_ text: String) -> Result<FrontMatterSplit, FrontMatterSplitFailure> {
        if text.allSatisfy(\.isWhitespace) { return .failure(.emptyFile) }
        var contiguous = text
        let fences = contiguous.withUTF8(fenceOffsets)
        guard let closing = fences.closing else { return .failure(fences.opened ? .unclosed : .noOpeningFence) }
        let utf8 = text.utf8
        let index = { (offset: Int) in utf8.index(utf8.startIndex, offsetBy: offset) }
        return .success(
            FrontMatterSplit(
                yaml: text[index(closing.yamlStart)..<index(closing.closingStart)], yamlFirstLine: 2,
                body: text[index(closing.bodyStart)...], bodyFirstLine: closing.closingLine + 1))
    }

    /// Where the YAML starts, where the closing fence's line starts and
    /// ends, and its line number; lines are found one at a time up to the
    /// closing fence, and the body after it is never scanned here.
    private static func fenceOffsets(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        opened: Bool, closing: (yamlStart: Int, closingStart: Int, bodyStart: Int, closingLine: Int)?
    ) {
        var lineStart = 0
        var lineNumber = 0
        var yamlStart: Int?
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let next = lineEnd < bytes.count ? lineEnd + 1 : lineEnd
            lineNumber += 1
            let line = bytes[lineStart..<lineEnd]
            guard let start = yamlStart else {
                guard isFence(line, closing: false) else { return (false, nil) }
                yamlStart = next
                lineStart = next
                continue
            }
            if isFence(line, closing: true) { return (true, (start, lineStart, next, lineNumber)) }
            lineStart = next
        }
        return (yamlStart != nil, nil)
    }

    /// `---` (or `...` to close), optionally followed by spaces, tabs or a CR.
    private static func isFence(_ line: Slice<UnsafeBufferPointer<UInt8>>, closing: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last,
            last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r")
        {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
    }
}
