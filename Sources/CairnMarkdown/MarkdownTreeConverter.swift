internal import CCmarkGFM

/// Walks one cmark-gfm tree and collects the values of a ``MarkdownDocument``.
/// Lives only for the duration of a locked parse.
struct MarkdownTreeConverter {
    private(set) var document = MarkdownDocument()
    /// Indices of headings whose sections are still open, outermost first.
    private var openSections: [Int] = []

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
            collectInlines(in: block)
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
            collectInlines(in: node)
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
            return
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            document.links.append(
                MarkdownLink(
                    destination: destination,
                    isImage: type == CMARK_NODE_IMAGE,
                    position: position(of: node)))
        default:
            break
        }
        collectInlines(in: node)
    }

    private mutating func collectMentions(in textNode: OpaquePointer) {
        guard let literal = cmark_node_get_literal(textNode) else { return }
        let start = position(of: textNode)
        let bytes = Array(String(cString: literal).utf8)
        for (offset, target) in WikiMentionScanner.mentions(in: bytes) {
            document.mentions.append(
                MarkdownMention(
                    target: target,
                    position: MarkdownPosition(line: start.line, column: start.column + offset)))
        }
    }

    private func position(of node: OpaquePointer) -> MarkdownPosition {
        MarkdownPosition(
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)))
    }

    /// The concatenated text and code of a node's inline descendants; line
    /// breaks become spaces.
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
            default:
                appendPlainText(of: next, to: &result)
            }
            child = cmark_node_next(next)
        }
    }
}
