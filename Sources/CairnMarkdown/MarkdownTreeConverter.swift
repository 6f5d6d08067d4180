internal import CCmarkGFM

/// Walks one cmark-gfm tree and collects the values of a ``MarkdownDocument``.
/// Lives only for the duration of a locked parse.
struct MarkdownTreeConverter {
    private(set) var document = MarkdownDocument()
    /// Indices of headings whose sections are still open, outermost first.
    private var openSections: [Int] = []
    private let source: MarkdownSourceIndex
    /// While the inlines of one leaf block are walked: a source offset at or
    /// before the next inline node, and the offset where the block's last
    /// line ends. Positions of mentions and autolinks are searched for
    /// between the two (see ``MarkdownSourceIndex``).
    private var cursor = 0
    private var blockLimit = 0

    init(source: MarkdownSourceIndex) {
        self.source = source
    }

    mutating func convert(_ root: OpaquePointer) {
        var child = cmark_node_first_child(root)
        while let block = child {
            visitTopLevel(block)
            child = cmark_node_next(block)
        }
    }

    private mutating func visitTopLevel(_ block: OpaquePointer) {
        if cmark_node_get_type(block) == CMARK_NODE_HEADING {
            let level = Int(cmark_node_get_heading_level(block))
            while let last = openSections.last, document.headings[last].level >= level {
                openSections.removeLast()
            }
            document.headings.append(
                MarkdownHeading(
                    level: level,
                    text: plainText(of: block),
                    position: position(of: block),
                    hasContent: false))
            openSections.append(document.headings.count - 1)
            collectInlines(inBlock: block)
            return
        }
        for index in openSections { document.headings[index].hasContent = true }
        visitBlock(block)
    }

    private mutating func visitBlock(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK { return }
        if type == CMARK_NODE_ITEM, isTaskItem(node) {
            document.taskItems.append(
                MarkdownTaskItem(
                    text: plainText(of: node),
                    isChecked: cmark_gfm_extensions_get_tasklist_item_checked(node),
                    position: position(of: node),
                    sectionIndex: openSections.last))
        }
        if isLeafBlockWithInlines(type) || typeName(of: node) == "table_cell" {
            collectInlines(inBlock: node)
            return
        }
        var child = cmark_node_first_child(node)
        while let next = child {
            visitBlock(next)
            child = cmark_node_next(next)
        }
    }

    private func isTaskItem(_ node: OpaquePointer) -> Bool {
        typeName(of: node) == "tasklist"
    }

    /// The type name, which also tells extension node types apart.
    private func typeName(of node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    private func isLeafBlockWithInlines(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
    }

    /// Collects links, images and mentions from the inline children of a leaf
    /// block (or a table cell, reached through the generic walk).
    private mutating func collectInlines(inBlock block: OpaquePointer) {
        let start = position(of: block)
        cursor = source.offset(line: start.line, column: start.column) ?? 0
        let endLine = Int(cmark_node_get_end_line(block))
        blockLimit = source.offset(line: endLine + 1, column: 1) ?? source.endOffset
        collectInlines(in: block)
    }

    private mutating func collectInlines(in block: OpaquePointer) {
        var child = cmark_node_first_child(block)
        while let inline = child {
            collectInline(inline)
            child = cmark_node_next(inline)
        }
    }

    private mutating func collectInline(_ node: OpaquePointer) {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT:
            collectMentions(in: node)
            return
        case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            let end = MarkdownPosition(
                line: Int(cmark_node_get_end_line(node)), column: Int(cmark_node_get_end_column(node)))
            if let last = source.offset(line: end.line, column: end.column) { cursor = max(cursor, last + 1) }
            return
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            document.links.append(
                MarkdownLink(
                    destination: destination,
                    isImage: type == CMARK_NODE_IMAGE,
                    position: linkPosition(of: node)))
        default:
            break
        }
        collectInlines(in: node)
    }

    /// Mentions are found in the node's literal, where escapes and entities
    /// are decoded, and located in the source: an offset into the literal is
    /// not a column once `&amp;` or `\*` came before it.
    private mutating func collectMentions(in textNode: OpaquePointer) {
        guard let literal = cmark_node_get_literal(textNode) else { return }
        let start = position(of: textNode)
        let nodeStart = source.offset(line: start.line, column: start.column)
        if let nodeStart { cursor = max(cursor, nodeStart) }
        let bytes = Array(String(cString: literal).utf8)
        for (offset, target) in WikiMentionScanner.mentions(in: bytes) {
            let written = Array("[[\(target)]]".utf8)
            let location: MarkdownPosition
            if let found = source.find(written, from: cursor, before: blockLimit) {
                location = source.position(ofOffset: found)
                cursor = found + written.count
            } else if nodeStart != nil {
                location = MarkdownPosition(line: start.line, column: start.column + offset)
            } else {
                location = source.position(ofOffset: cursor)
            }
            document.mentions.append(MarkdownMention(target: target, position: location))
        }
    }

    /// Where a link or image starts. A bracketed link's reported position is
    /// right; an autolink the extension found (`https://…`, `www.…`, an
    /// e-mail address) reports line 0 or a column off by one, so its text is
    /// looked up in the source instead.
    private mutating func linkPosition(of node: OpaquePointer) -> MarkdownPosition {
        let reported = position(of: node)
        let reportedOffset = source.offset(line: reported.line, column: reported.column)
        if let reportedOffset, let first = source.byte(at: reportedOffset),
            first == UInt8(ascii: "[") || first == UInt8(ascii: "!") || first == UInt8(ascii: "<")
        {
            cursor = max(cursor, reportedOffset)
            return reported
        }
        let written = Array(plainText(of: node).utf8)
        if !written.isEmpty, let found = source.find(written, from: max(cursor, reportedOffset ?? 0), before: blockLimit) {
            cursor = found + written.count
            return source.position(ofOffset: found)
        }
        return reportedOffset == nil ? source.position(ofOffset: cursor) : reported
    }

    private func position(of node: OpaquePointer) -> MarkdownPosition {
        MarkdownPosition(
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    /// The concatenated text and code of a node's inline descendants; line
    /// breaks and paragraph boundaries become spaces.
    private func plainText(of node: OpaquePointer) -> String {
        var result = ""
        appendPlainText(of: node, to: &result)
        return result.trimmingWhitespace()
    }

    private func appendPlainText(of node: OpaquePointer, to result: inout String) {
        var child = cmark_node_first_child(node)
        while let next = child {
            switch cmark_node_get_type(next) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(next) { result += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result += " "
            case CMARK_NODE_LIST:
                break
            case CMARK_NODE_PARAGRAPH:
                // A loose item's paragraphs are words apart, not glued together.
                if !result.isEmpty { result += " " }
                appendPlainText(of: next, to: &result)
            default:
                appendPlainText(of: next, to: &result)
            }
            child = cmark_node_next(next)
        }
    }
}
