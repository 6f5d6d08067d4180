/// Why YAML could not be read.
public enum YAMLReadFailure: Error, Hashable, Sendable {
    /// The YAML parser's own message and location.
    case syntax(message: String, location: SourcePosition)
    /// The document expands to more nodes than ``YAMLReader/nodeLimit``,
    /// which only anchors and aliases can do within the file size limit.
    case tooManyNodes(limit: Int)
    /// Collections nest deeper than ``YAMLReader/depthLimit``.
    case tooDeep(limit: Int, location: SourcePosition)
}

/// Reads YAML text with libyaml into ``YAMLNode`` values in file coordinates
/// (see ``YAMLEventComposer``).
///
/// An alias shares the anchored node's storage, so composing is linear in
/// the text; a document that aliases would expand to more than
/// ``nodeLimit`` nodes is refused without being expanded. Nesting deeper
/// than ``depthLimit`` is refused too: no real front matter nests that
/// deep, and every later walk over the tree may recurse.
public enum YAMLReader {
    /// More nodes than any real front matter or configuration has.
    public static let nodeLimit = 10_000

    /// No real front matter or configuration nests anywhere near this deep.
    public static let depthLimit = 64

    /// Reads `yaml`, which starts on file line `firstLine` of `source`.
    /// Returns `nil` for an empty document.
    public static func read(_ yaml: Substring, firstLine: Int, in source: SourceText) -> Result<
        YAMLNode?, YAMLReadFailure
    > {
        let locator = Locator(firstLine: firstLine, source: source)
        let composer = YAMLEventComposer(depthLimit: depthLimit, nodeLimit: nodeLimit, locate: locator.location)
        var text = yaml
        let composed = text.withUTF8 { composer.compose($0) }
        switch composed {
        case .success(let node):
            return .success(node)
        case .failure(.tooManyNodes):
            return .failure(.tooManyNodes(limit: nodeLimit))
        case .failure(.tooDeep(let line)):
            return .failure(
                .tooDeep(limit: depthLimit, location: SourcePosition(line: firstLine + line - 1, column: 1)))
        case .failure(.reader(let problem)):
            return .failure(.syntax(message: problem, location: SourcePosition(line: firstLine, column: 1)))
        case .failure(.memory):
            return .failure(.syntax(message: "Memory error", location: SourcePosition(line: firstLine, column: 1)))
        case .failure(.located(let problem, let context, let mark)):
            return .failure(
                syntaxFailure(problem: problem, context: context, mark: mark, yaml: yaml, locator: locator))
        }
    }

    private static func syntaxFailure(
        problem: String, context: (text: String, mark: YAMLMark)?, mark: YAMLMark, yaml: Substring, locator: Locator
    ) -> YAMLReadFailure {
        var message = problem
        if let context { message += " (\(context.text))" }
        if problem.contains("found character that cannot start any token"),
            locator.source.line(locator.firstLine + mark.line - 1)?.contains("\t") == true
        {
            message += "; YAML does not allow tabs for indentation"
        }
        // A problem found only at the end of the text (an unclosed bracket
        // or quote) is shown where the unfinished construct starts. So is
        // one found on a later line than an unfinished flow collection,
        // quoted scalar or key: `labels: [a, b` followed by more keys
        // fails at the next key's colon, but the `[` is what is wrong.
        let yamlLineCount = yaml.reduce(into: 0) { count, character in if character == "\n" { count += 1 } }
        let atEnd = mark.line > yamlLineCount
        let unfinishedEarlier =
            context.map { context in
                context.mark.line < mark.line
                    && ["flow", "quoted scalar", "simple key"].contains { context.text.contains($0) }
            } ?? false
        let shown = atEnd || unfinishedEarlier ? (context?.mark ?? mark) : mark
        return .syntax(message: message, location: locator.location(of: shown))
    }

    /// Turns libyaml's marks into file locations.
    private struct Locator {
        let firstLine: Int
        let source: SourceText

        /// A mark (relative line, Unicode-scalar column) in file coordinates.
        func location(of mark: YAMLMark) -> SourcePosition {
            let line = firstLine + mark.line - 1
            let column = source.utf8Column(line: line, scalarColumn: mark.column)
            return SourcePosition(line: line, column: column ?? mark.column)
        }
    }
}

extension YAMLReadFailure {
    /// The failure as a sentence about `subject` (`front matter`,
    /// `cairn.yml`) and where it is; `firstLine` is the line the YAML starts
    /// on, for failures that belong to the whole document.
    func problem(about subject: String, firstLine: Int) -> (message: String, location: SourcePosition) {
        switch self {
        case .syntax(let message, let location):
            return ("\(subject) is not valid YAML: \(message)", location)
        case .tooManyNodes(let limit):
            return (
                "\(subject) expands to more than \(limit) YAML nodes; anchors and aliases that expand without bound are refused",
                SourcePosition(line: firstLine, column: 1)
            )
        case .tooDeep(let limit, let location):
            return ("\(subject) nests lists or mappings more than \(limit) levels deep; such YAML is refused", location)
        }
    }
}
