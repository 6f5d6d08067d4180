// CYaml is Yams's copy of libyaml, as in YAMLEventComposer: its events carry
// the start and the end of every node, which Yams's nodes do not.
internal import CYaml

/// How a scalar is written.
enum ScalarStyle: Hashable, Sendable {
    case plain
    case singleQuoted
    case doubleQuoted
    /// A `|` block.
    case literal
    /// A `>` block.
    case folded

    var isBlock: Bool { self == .literal || self == .folded }
}

/// A YAML node and the bytes it occupies in the file: what the editor needs
/// to replace a value, append to a list or delete a key without touching a
/// byte around it.
///
/// Offsets are UTF-8 offsets into the whole file text (byte order mark
/// removed). `start` includes an anchor or tag written before the node.
struct LayoutNode {
    enum Content {
        case scalar(String, ScalarStyle)
        case sequence([LayoutNode])
        case mapping([LayoutPair])
        case alias
    }

    var content: Content
    var start: Int
    /// Just past the node's last non-blank byte (a flow collection's closing
    /// bracket, a quoted scalar's closing quote, a block scalar's last text).
    var contentEnd: Int
    /// Where text may follow the node without changing it: `contentEnd`,
    /// except after a block scalar that keeps its trailing blank lines (`|+`).
    var end: Int
    /// A `[…]` or `{…}` collection rather than an indented one.
    var isFlow: Bool
    var hasAnchor: Bool

    var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = content { return style }
        return nil
    }

    var isCollection: Bool {
        switch content {
        case .sequence, .mapping: return true
        case .scalar, .alias: return false
        }
    }

    /// An empty plain scalar: `key:` with nothing after the colon.
    var isEmpty: Bool {
        if case .scalar("", .plain) = content { return contentEnd == start }
        return false
    }

    /// Whether this node or any node inside it has an anchor or is an alias.
    var involvesAnchorOrAlias: Bool {
        if hasAnchor { return true }
        switch content {
        case .alias: return true
        case .scalar: return false
        case .sequence(let elements): return elements.contains { $0.involvesAnchorOrAlias }
        case .mapping(let pairs):
            return pairs.contains { $0.key.involvesAnchorOrAlias || $0.value.involvesAnchorOrAlias }
        }
    }
}

/// One key and value of a mapping, as laid out in the file.
struct LayoutPair {
    var key: LayoutNode
    var value: LayoutNode
}

/// Reads the layout of front-matter YAML from libyaml's event stream.
enum YAMLLayoutReader {
    /// The root node of `yaml`, which occupies `yamlRange` of `bytes`, or
    /// `nil` for a document without content. `nil` is also returned for text
    /// libyaml refuses; callers read the YAML with ``YAMLReader`` first,
    /// which reports such text with its location.
    static func root(of bytes: [UInt8], yamlRange: Range<Int>) -> Result<LayoutNode?, LayoutFailure> {
        let offsets = scalarOffsets(bytes, yamlRange)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return .failure(LayoutFailure()) }
        defer { yaml_parser_delete(&parser) }
        var yaml = Array(bytes[yamlRange])
        return yaml.withUnsafeMutableBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = LayoutBuilder(bytes: bytes, offsets: offsets)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return .success(builder.root) }
                builder.accept(event)
            }
            return .failure(LayoutFailure())
        }
    }

    /// libyaml counts positions in Unicode scalars; this maps each scalar
    /// index of the YAML text to a UTF-8 offset in the file.
    private static func scalarOffsets(_ bytes: [UInt8], _ range: Range<Int>) -> [Int] {
        var offsets: [Int] = []
        offsets.reserveCapacity(range.count + 1)
        for offset in range where bytes[offset] & 0xC0 != 0x80 { offsets.append(offset) }
        offsets.append(range.upperBound)
        return offsets
    }
}

/// libyaml refused text that Yams accepted; never expected in practice.
struct LayoutFailure: Error {}

/// Assembles ``LayoutNode`` values from events, with an explicit stack so
/// that deep nesting costs no recursion.
private struct LayoutBuilder {
    let bytes: [UInt8]
    let offsets: [Int]
    var root: LayoutNode?
    private var open: [OpenCollection] = []

    init(bytes: [UInt8], offsets: [Int]) {
        self.bytes = bytes
        self.offsets = offsets
    }

    private struct OpenCollection {
        var isMapping: Bool
        var start: Int
        var isFlow: Bool
        var hasAnchor: Bool
        var elements: [LayoutNode] = []
    }

    mutating func accept(_ event: yaml_event_t) {
        let start = offset(event.start_mark)
        let end = offset(event.end_mark)
        switch event.type {
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
            let style = Self.style(scalar.style)
            var node = LayoutNode(
                content: .scalar(text, style), start: start, contentEnd: end, end: end, isFlow: false,
                hasAnchor: scalar.anchor != nil)
            if style.isBlock { trimBlockScalar(&node, rawEnd: end) }
            add(node)
        case YAML_ALIAS_EVENT:
            add(LayoutNode(content: .alias, start: start, contentEnd: end, end: end, isFlow: false, hasAnchor: false))
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            open.append(
                OpenCollection(
                    isMapping: false, start: start, isFlow: data.style == YAML_FLOW_SEQUENCE_STYLE,
                    hasAnchor: data.anchor != nil))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            open.append(
                OpenCollection(
                    isMapping: true, start: start, isFlow: data.style == YAML_FLOW_MAPPING_STYLE,
                    hasAnchor: data.anchor != nil))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let collection = open.popLast() else { return }
            add(close(collection, endMark: end))
        default:
            break
        }
    }

    /// A block collection ends with its last element; libyaml's end mark
    /// would reach on to the next token, past comments and blank lines.
    private func close(_ collection: OpenCollection, endMark: Int) -> LayoutNode {
        let last = collection.elements.last
        let contentEnd = collection.isFlow ? endMark : last?.contentEnd ?? collection.start
        let end = collection.isFlow ? endMark : last?.end ?? collection.start
        let content: LayoutNode.Content
        if collection.isMapping {
            var pairs: [LayoutPair] = []
            var index = 0
            while index + 1 < collection.elements.count {
                pairs.append(LayoutPair(key: collection.elements[index], value: collection.elements[index + 1]))
                index += 2
            }
            content = .mapping(pairs)
        } else {
            content = .sequence(collection.elements)
        }
        return LayoutNode(
            content: content, start: collection.start, contentEnd: contentEnd, end: end, isFlow: collection.isFlow,
            hasAnchor: collection.hasAnchor)
    }

    private mutating func add(_ node: LayoutNode) {
        if open.isEmpty {
            root = node
        } else {
            open[open.count - 1].elements.append(node)
        }
    }

    /// A block scalar's end mark lies after its trailing line breaks; its
    /// text ends at the last non-blank byte. Only a keeping block (`|+`)
    /// owns the blank lines after it.
    private func trimBlockScalar(_ node: inout LayoutNode, rawEnd: Int) {
        var contentEnd = rawEnd
        while contentEnd > node.start + 1, Self.isBlank(bytes[contentEnd - 1]) { contentEnd -= 1 }
        node.contentEnd = contentEnd
        node.end = keepsTrailingLines(headerFrom: node.start) ? rawEnd : contentEnd
    }

    /// Whether the block scalar header at `start` (after any tag or anchor)
    /// has the keep indicator `+`.
    private func keepsTrailingLines(headerFrom start: Int) -> Bool {
        var index = start
        while index < bytes.count, bytes[index] != UInt8(ascii: "|"), bytes[index] != UInt8(ascii: ">") {
            if bytes[index] == UInt8(ascii: "\n") { return false }
            index += 1
        }
        guard index < bytes.count else { return false }
        let header = bytes[(index + 1)..<min(index + 3, bytes.count)]
        return header.contains(UInt8(ascii: "+"))
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }

    private func offset(_ mark: yaml_mark_t) -> Int {
        let index = Int(mark.index)
        return index < offsets.count ? offsets[index] : offsets[offsets.count - 1]
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }
}
