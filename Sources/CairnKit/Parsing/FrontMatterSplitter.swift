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
        var lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)[...]
        guard let first = lines.popFirst(), isFence(first, closing: false) else { return .failure(.noOpeningFence) }
        var lineNumber = 1
        for line in lines {
            lineNumber += 1
            guard isFence(line, closing: true) else { continue }
            let yamlStart =
                first.endIndex < text.utf8.endIndex ? text.utf8.index(after: first.endIndex) : first.endIndex
            let bodyStart = line.endIndex < text.utf8.endIndex ? text.utf8.index(after: line.endIndex) : line.endIndex
            return .success(
                FrontMatterSplit(
                    yaml: text[yamlStart..<line.startIndex],
                    yamlFirstLine: 2,
                    body: text[bodyStart...],
                    bodyFirstLine: lineNumber + 1))
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
