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
    public static func split(_ text: String) -> Result<FrontMatterSplit, FrontMatterSplitFailure> {
        if text.allSatisfy(\.isWhitespace) { return .failure(.emptyFile) }
        // Lines are found one at a time up to the closing fence; the body
        // after it is never scanned here.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            lineNumber += 1
            let line = utf8[lineStart..<lineEnd]
            guard let start = yamlStart else {
                guard isFence(line, closing: false) else { return .failure(.noOpeningFence) }
                yamlStart = next
                lineStart = next
                continue
            }
            if isFence(line, closing: true) {
                return .success(
                    FrontMatterSplit(
                        yaml: text[start..<lineStart], yamlFirstLine: 2, body: text[next...],
                        bodyFirstLine: lineNumber + 1))
            }
            lineStart = next
        }
        return .failure(.unclosed)
    }

    /// `---` (or `...` to close), optionally followed by spaces, tabs or a CR.
    private static func isFence(_ line: Substring.UTF8View.SubSequence, closing: Bool) -> Bool {
        var bytes = line[...]
        while let last = bytes.last,
            last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") || last == UInt8(ascii: "\r")
        {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (closing && bytes.elementsEqual("...".utf8))
    }
}
