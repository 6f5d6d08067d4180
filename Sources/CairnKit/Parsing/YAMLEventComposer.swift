// CYaml is Yams's own copy of libyaml. Yams does not list it as a product,
// but SwiftPM makes a dependency's modules visible to its dependents; if a
// later SwiftPM hides it, Debian's libyaml-dev as a system library serves.
internal import CYaml

/// A position as libyaml counts it, made 1-based: a line relative to the
/// parsed text and a column in Unicode scalars.
struct YAMLMark: Sendable {
    var line: Int
    var column: Int
}

/// Why libyaml's event stream did not compose into one document, in the
/// terms Yams used for the same failures (so messages stay as they were).
enum YAMLComposeError: Error, Sendable {
    /// Bytes libyaml could not read.
    case reader(problem: String)
    /// A scanner, parser or composer problem, with libyaml's context.
    case located(problem: String, context: (text: String, mark: YAMLMark)?, mark: YAMLMark)
    /// libyaml ran out of memory.
    case memory
    /// A collection that starts on this line nests deeper than the limit.
    case tooDeep(line: Int)
    /// The document expands (through aliases) to more nodes than the limit.
    case tooManyNodes
}

/// Composes a YAML text into ``YAMLNode`` values straight from libyaml's
/// event stream, in one pass and without recursion.
///
/// It gives what Yams 5's `Parser.singleRoot()` followed by a node-by-node
/// conversion gave, with the same failures in the same order of precedence,
/// at a fraction of the cost: no intermediate Yams nodes, tags or marks.
///
/// - A libyaml error ends the parse and is the failure, unless an earlier
///   composer problem (an undefined alias, a second document) came first.
/// - A collection nested deeper than `depthLimit` is refused as soon as it
///   starts, even after a composer problem: the stream is read on, for
///   depth only, until it ends or libyaml fails.
/// - An alias shares its anchor's node; every node counts as often as
///   aliases repeat it, and more than `nodeLimit` is refused at the end, so
///   an alias bomb is never expanded.
struct YAMLEventComposer {
    let depthLimit: Int
    let nodeLimit: Int
    /// Turns a mark into a file location (see ``YAMLReader``).
    let locate: (YAMLMark) -> SourcePosition

    /// A collection whose elements are still arriving.
    private struct OpenCollection {
        var isMapping: Bool
        var location: SourcePosition
        var anchor: String?
        var elements: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: YAMLNode?
        /// Nodes counted so far: this collection and what it holds.
        var size = 1
    }

    /// The document's root (`nil` for an empty stream) or why there is none.
    func compose(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<YAMLNode?, YAMLComposeError> {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(.memory) }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        // libyaml asserts a non-null input, which an empty buffer may lack.
        let empty: StaticString = ""
        yaml_parser_set_input_string(&parser, bytes.baseAddress ?? empty.utf8Start, bytes.count)

        var state = State(composer: self)
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                return .failure(state.composeError ?? Self.libyamlError(parser))
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { return state.finish() }
            if let failure = state.accept(event) { return .failure(failure) }
        }
    }

    /// What the parse has built so far.
    private struct State {
        let composer: YAMLEventComposer
        var open: [OpenCollection] = []
        var anchors: [String: (node: YAMLNode, size: Int)] = [:]
        var root: (node: YAMLNode, size: Int)?
        var documents = 0
        /// The first composer problem; after it only depth is checked.
        var composeError: YAMLComposeError?

        init(composer: YAMLEventComposer) {
            self.composer = composer
        }

        /// Takes one event; returns a failure that ends the parse at once.
        mutating func accept(_ event: yaml_event_t) -> YAMLComposeError? {
            switch event.type {
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                if open.count >= composer.depthLimit { return .tooDeep(line: Int(event.start_mark.line) + 1) }
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
                open.append(
                    OpenCollection(
                        isMapping: isMapping, location: composer.locate(Self.mark(event.start_mark)),
                        anchor: anchor.map { String(cString: $0) }))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                let value: YAMLValue = closed.isMapping ? .mapping(closed.pairs) : .sequence(closed.elements)
                let node = YAMLNode(value: value, location: closed.location)
                if let anchor = closed.anchor { anchors[anchor] = (node, closed.size) }
                deliver(node, size: closed.size)
            case YAML_SCALAR_EVENT:
                guard composeError == nil else { return nil }
                let scalar = event.data.scalar
                let text = String(
                    decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let node = YAMLNode(
                    value: .scalar(text, isPlain: scalar.style == YAML_PLAIN_SCALAR_STYLE),
                    location: composer.locate(Self.mark(event.start_mark)))
                if let anchor = scalar.anchor { anchors[String(cString: anchor)] = (node, 1) }
                deliver(node, size: 1)
            case YAML_ALIAS_EVENT:
                guard composeError == nil else { return nil }
                let name = event.data.alias.anchor.map { String(cString: $0) } ?? ""
                guard let anchored = anchors[name] else {
                    composeError = .located(
                        problem: "found undefined alias", context: nil, mark: Self.mark(event.start_mark))
                    return nil
                }
                deliver(anchored.node, size: anchored.size)
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1, composeError == nil {
                    composeError = .located(
                        problem: "but found another document",
                        context: ("expected a single document in the stream", YAMLMark(line: 1, column: 1)),
                        mark: Self.mark(event.start_mark))
                }
            default:
                break
            }
            return nil
        }

        /// The root at the end of the stream, or the failure found on the way.
        func finish() -> Result<YAMLNode?, YAMLComposeError> {
            if let composeError { return .failure(composeError) }
            guard let root else { return .success(nil) }
            return root.size > composer.nodeLimit ? .failure(.tooManyNodes) : .success(root.node)
        }

        /// Hands a finished node to the collection it belongs to, or makes
        /// it the root. Sizes saturate just past the limit.
        private mutating func deliver(_ node: YAMLNode, size: Int) {
            guard composeError == nil else { return }
            guard !open.isEmpty else {
                root = (node, size)
                return
            }
            let top = open.count - 1
            open[top].size = min(open[top].size + size, composer.nodeLimit + 1)
            if !open[top].isMapping {
                open[top].elements.append(node)
            } else if let key = open[top].pendingKey {
                open[top].pairs.append(YAMLPair(key: key, value: node))
                open[top].pendingKey = nil
            } else {
                open[top].pendingKey = node
            }
        }

        static func mark(_ mark: yaml_mark_t) -> YAMLMark {
            YAMLMark(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
        }
    }

    /// The error libyaml stopped with, as Yams read it.
    private static func libyamlError(_ parser: yaml_parser_t) -> YAMLComposeError {
        let problem = parser.problem.map { String(cString: $0) } ?? ""
        switch parser.error {
        case YAML_READER_ERROR:
            return .reader(problem: problem)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR, YAML_COMPOSER_ERROR:
            let context = parser.context.map { (String(cString: $0), State.mark(parser.context_mark)) }
            return .located(problem: problem, context: context, mark: State.mark(parser.problem_mark))
        default:
            return .memory
        }
    }
}
