/// One item file's text, read for editing: its bytes, where the front matter
/// and the body lie, the front matter as Cairn's parser reads it, and its
/// layout (the bytes every node occupies).
struct EditableItemText {
    /// The text's UTF-8 bytes without a byte order mark.
    let bytes: [UInt8]
    let hasByteOrderMark: Bool
    /// The YAML between the fences.
    let yamlRange: Range<Int>
    /// The body after the closing fence.
    let bodyRange: Range<Int>
    /// The front matter's keys and values as ``YAMLReader`` reads them.
    let pairs: [YAMLPair]
    /// The front matter's block mapping, or `nil` when it holds no key.
    let root: LayoutNode?
    private let lineStarts: [Int]

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    init(_ text: String) throws(ItemTextEditError) {
        var bytes = Array(text.utf8)
        hasByteOrderMark = bytes.starts(with: Self.byteOrderMark)
        if hasByteOrderMark { bytes.removeFirst(Self.byteOrderMark.count) }
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts

        let unmarked = String(decoding: bytes, as: UTF8.self)
        if let conflict = MergeConflictScanner.scan(unmarked)?.conflicts.first(where: \.inFrontMatter) {
            throw .mergeConflict(line: conflict.startLine)
        }
        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(unmarked) {
        case .success(let found): split = found
        case .failure(let failure): throw .missingFrontMatter(failure)
        }
        let utf8 = unmarked.utf8
        let yamlStart = utf8.distance(from: utf8.startIndex, to: split.yaml.startIndex)
        yamlRange = yamlStart..<(yamlStart + split.yaml.utf8.count)
        bodyRange = (bytes.count - split.body.utf8.count)..<bytes.count

        let node: YAMLNode?
        switch YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: SourceText(unmarked)) {
        case .success(let read):
            node = read
        case .failure(.syntax(let message, let location)):
            throw .unreadableFrontMatter(message: message, location: location)
        case .failure(let failure):
            let problem = failure.problem(about: "it", firstLine: split.yamlFirstLine)
            throw .unreadableFrontMatter(message: problem.message, location: problem.location)
        }
        switch node?.value {
        case nil: pairs = []
        case .mapping(let found): pairs = found
        case .some:
            throw .unsupportedFrontMatter(
                reason: "the front matter must be a mapping of keys, not \(node?.shapeDescription ?? "")",
                location: node?.location ?? .startOfFile)
        }

        let layout: LayoutNode?
        switch YAMLLayoutReader.root(of: bytes, yamlRange: yamlRange) {
        case .success(let found): layout = found
        case .failure:
            throw .unreadableFrontMatter(
                message: "libyaml cannot read it", location: SourcePosition(line: split.yamlFirstLine, column: 1))
        }
        if let layout, layout.isFlow {
            throw .unsupportedFrontMatter(
                reason: "the front matter is one flow mapping { … }; Cairn edits front matter written one key per line",
                location: node?.location ?? .startOfFile)
        }
        root = layout
        if rootPairs.count != pairs.count {
            throw .unreadableFrontMatter(
                message: "libyaml and Yams read it differently",
                location: SourcePosition(line: split.yamlFirstLine, column: 1))
        }
    }

    /// The mapping's pairs as laid out: the root's, or none.
    var rootPairs: [LayoutPair] {
        if case .mapping(let pairs) = root?.content { return pairs }
        return []
    }

    /// The whole text after `replacements`, with the byte order mark
    /// restored; `nil` when two replacements overlap. An insertion at the
    /// start of a replaced range goes before it.
    func text(applying replacements: [TextReplacement]) -> String? {
        var result = hasByteOrderMark ? Self.byteOrderMark : []
        var cursor = 0
        let ordered = replacements.sorted {
            ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
        }
        for replacement in ordered {
            guard replacement.range.lowerBound >= cursor, replacement.range.upperBound <= bytes.count else {
                return nil
            }
            result += bytes[cursor..<replacement.range.lowerBound]
            result += Array(replacement.text.utf8)
            cursor = replacement.range.upperBound
        }
        result += bytes[cursor...]
        return String(decoding: result, as: UTF8.self)
    }

    /// The text of a byte range.
    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The line and byte column of `offset`.
    func position(of offset: Int) -> SourcePosition {
        let line = lineIndex(of: offset)
        return SourcePosition(line: line + 1, column: offset - lineStarts[line] + 1)
    }

    /// The offset of a line and byte column, or `nil` past the text.
    func offset(line: Int, column: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
        let offset = lineStarts[line - 1] + column - 1
        return offset <= bytes.count ? offset : nil
    }

    /// The start of the line holding `offset`.
    func lineStart(of offset: Int) -> Int {
        lineStarts[lineIndex(of: offset)]
    }

    /// The spaces that start the line holding `offset`.
    func indentation(ofLineAt offset: Int) -> String {
        let start = lineStart(of: offset)
        let end = bytes[start..<offset].firstIndex { $0 != UInt8(ascii: " ") } ?? offset
        return String(repeating: " ", count: end - start)
    }

    /// `offset` when a line starts there, else the start of the next line
    /// (or the end of the text): where a new line can go after a node.
    func lineBoundary(after offset: Int) -> Int {
        if offset == 0 || bytes[offset - 1] == UInt8(ascii: "\n") { return offset }
        let line = lineIndex(of: offset)
        return line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
    }

    /// The start of the first line at or after `offset` (a line start) that
    /// holds more than blanks, or `limit`.
    func endOfBlankLines(from offset: Int, before limit: Int) -> Int {
        var lineStart = offset
        while lineStart < limit {
            let next = lineBoundary(after: lineStart + 1)
            let isBlank = bytes[lineStart..<next].allSatisfy {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
                    || $0 == UInt8(ascii: "\n")
            }
            guard isBlank else { break }
            lineStart = next
        }
        return min(lineStart, limit)
    }

    /// Where the line holding `offset` ends, before its line break.
    func lineContentEnd(of offset: Int) -> Int {
        var end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        if end > offset, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The line break that ends the line before `offset`, which starts a
    /// line: CRLF files stay CRLF, line by line.
    func lineEnding(before offset: Int) -> String {
        guard offset > 0, bytes[offset - 1] == UInt8(ascii: "\n") else { return "\n" }
        return offset > 1 && bytes[offset - 2] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }

    private func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}

/// Bytes to put in place of a range of the original text.
struct TextReplacement {
    var range: Range<Int>
    var text: String

    /// `text` inserted at `offset`.
    init(inserting text: String, at offset: Int) {
        range = offset..<offset
        self.text = text
    }

    init(_ range: Range<Int>, with text: String) {
        self.range = range
        self.text = text
    }
}
