import Yams

/// Why YAML could not be read.
public enum YAMLReadFailure: Error, Hashable, Sendable {
    /// The YAML parser's own message and location.
    case syntax(message: String, location: SourcePosition)
    /// The document expands to more nodes than ``YAMLReader/nodeLimit``,
    /// which only anchors and aliases can do within the file size limit.
    case tooManyNodes(limit: Int)
    /// Collections nest deeper than ``YAMLNestingProbe/depthLimit``; the text
    /// was refused before Yams, whose recursion could overflow the stack.
    case tooDeep(limit: Int, location: SourcePosition)
}

/// Reads YAML text with Yams into ``YAMLNode`` values in file coordinates.
///
/// Yams resolves an alias to the anchored node itself (sharing storage), so
/// composing is linear in the text; expansion happens only when the tree is
/// walked, and the walk stops at ``nodeLimit`` nodes. An alias bomb is thus
/// refused without being expanded.
public enum YAMLReader {
    /// More nodes than any real front matter or configuration has.
    public static let nodeLimit = 10_000

    /// Reads `yaml`, which starts on file line `firstLine` of `source`.
    /// Returns `nil` for an empty document.
    public static func read(_ yaml: Substring, firstLine: Int, in source: SourceText) -> Result<
        YAMLNode?, YAMLReadFailure
    > {
        if let line = YAMLNestingProbe.lineTooDeep(in: yaml) {
            return .failure(
                .tooDeep(
                    limit: YAMLNestingProbe.depthLimit, location: SourcePosition(line: firstLine + line - 1, column: 1))
            )
        }
        let root: Node?
        do {
            let parser = try Parser(yaml: String(yaml), resolver: .basic, constructor: .default, encoding: .utf8)
            root = try parser.singleRoot()
        } catch let error as YamlError {
            return .failure(syntaxFailure(error, yaml: yaml, firstLine: firstLine, source: source))
        } catch {
            return .failure(.syntax(message: "\(error)", location: SourcePosition(line: firstLine, column: 1)))
        }
        guard let root else { return .success(nil) }
        var converter = Converter(firstLine: firstLine, source: source)
        guard let node = converter.convert(root) else { return .failure(.tooManyNodes(limit: nodeLimit)) }
        return .success(node)
    }

    private static func syntaxFailure(_ error: YamlError, yaml: Substring, firstLine: Int, source: SourceText)
        -> YAMLReadFailure
    {
        let converter = Converter(firstLine: firstLine, source: source)
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = problem
            if let context { message += " (\(context.text))" }
            if problem.contains("found character that cannot start any token"),
                source.line(firstLine + mark.line - 1)?.contains("\t") == true
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
            return .syntax(message: message, location: converter.location(of: shown))
        case .reader(let problem, _, _, _):
            return .syntax(message: problem, location: SourcePosition(line: firstLine, column: 1))
        default:
            return .syntax(message: "\(error)", location: SourcePosition(line: firstLine, column: 1))
        }
    }

    private struct Converter {
        let firstLine: Int
        let source: SourceText
        var remainingNodes = YAMLReader.nodeLimit

        init(firstLine: Int, source: SourceText) {
            self.firstLine = firstLine
            self.source = source
        }

        /// The node in file coordinates, or `nil` once the node budget is spent.
        mutating func convert(_ node: Node) -> YAMLNode? {
            guard remainingNodes > 0 else { return nil }
            remainingNodes -= 1
            switch node {
            case .scalar(let scalar):
                return YAMLNode(
                    value: .scalar(scalar.string, isPlain: scalar.style == .plain), location: location(of: scalar.mark))
            case .sequence(let sequence):
                var elements: [YAMLNode] = []
                elements.reserveCapacity(sequence.count)
                for element in sequence {
                    guard let converted = convert(element) else { return nil }
                    elements.append(converted)
                }
                return YAMLNode(value: .sequence(elements), location: location(of: sequence.mark))
            case .mapping(let mapping):
                var pairs: [YAMLPair] = []
                pairs.reserveCapacity(mapping.count)
                for (key, value) in mapping {
                    guard let convertedKey = convert(key), let convertedValue = convert(value) else { return nil }
                    pairs.append(YAMLPair(key: convertedKey, value: convertedValue))
                }
                return YAMLNode(value: .mapping(pairs), location: location(of: mapping.mark))
            }
        }

        /// A Yams mark (relative line, Unicode-scalar column) in file coordinates.
        func location(of mark: Mark?) -> SourcePosition {
            guard let mark else { return SourcePosition(line: firstLine, column: 1) }
            let line = firstLine + mark.line - 1
            guard let text = source.line(line) else { return SourcePosition(line: line, column: mark.column) }
            return SourcePosition(
                line: line, column: ColumnConverter.utf8Column(fromScalarColumn: mark.column, in: text))
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
