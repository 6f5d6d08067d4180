internal import CYaml
import Yams

@testable import CairnKit

/// `YAMLReader` as it was before it read libyaml's events itself: Yams 5
/// composes the document, a probe over libyaml's events refuses deep
/// nesting first, and the Yams nodes are converted one by one. Kept as the
/// oracle that `YAMLReaderEquivalenceTests` compares the reader with.
enum YamsReferenceReader {
    static func read(_ yaml: Substring, firstLine: Int, in source: SourceText) -> Result<YAMLNode?, YAMLReadFailure> {
        if let line = lineTooDeep(in: yaml) {
            return .failure(
                .tooDeep(
                    limit: YAMLReader.depthLimit, location: SourcePosition(line: firstLine + line - 1, column: 1)))
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
        guard let node = converter.convert(root) else { return .failure(.tooManyNodes(limit: YAMLReader.nodeLimit)) }
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

        mutating func convert(_ node: Node) -> YAMLNode? {
            guard remainingNodes > 0 else { return nil }
            remainingNodes -= 1
            switch node {
            case .scalar(let scalar):
                return YAMLNode(
                    value: .scalar(scalar.string, isPlain: scalar.style == .plain), location: location(of: scalar.mark))
            case .sequence(let sequence):
                var elements: [YAMLNode] = []
                for element in sequence {
                    guard let converted = convert(element) else { return nil }
                    elements.append(converted)
                }
                return YAMLNode(value: .sequence(elements), location: location(of: sequence.mark))
            case .mapping(let mapping):
                var pairs: [YAMLPair] = []
                for (key, value) in mapping {
                    guard let convertedKey = convert(key), let convertedValue = convert(value) else { return nil }
                    pairs.append(YAMLPair(key: convertedKey, value: convertedValue))
                }
                return YAMLNode(value: .mapping(pairs), location: location(of: mapping.mark))
            }
        }

        func location(of mark: Mark?) -> SourcePosition {
            guard let mark else { return SourcePosition(line: firstLine, column: 1) }
            let line = firstLine + mark.line - 1
            guard let text = source.line(line) else { return SourcePosition(line: line, column: mark.column) }
            return SourcePosition(
                line: line, column: ColumnConverter.utf8Column(fromScalarColumn: mark.column, in: text))
        }
    }

    /// The old nesting probe: the line of the first collection nested deeper
    /// than the limit, read from libyaml's events before Yams recursed.
    private static func lineTooDeep(in yaml: Substring) -> Int? {
        let indicators = yaml.utf8.filter { "[{-:?".utf8.contains($0) }.count
        guard indicators > YAMLReader.depthLimit else { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        var bytes = Array(yaml.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var depth = 0
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    depth += 1
                    if depth > YAMLReader.depthLimit { return Int(event.start_mark.line) + 1 }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                case YAML_STREAM_END_EVENT:
                    return nil
                default:
                    break
                }
            }
            return nil
        }
    }
}
