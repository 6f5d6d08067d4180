internal import CCmarkGFM
import Foundation

/// Walks one cmark-gfm tree and collects the values of a ``MarkdownDocument``.
/// Lives only for the duration of a locked parse.
struct MarkdownTreeConverter {
    private(set) var document = MarkdownDocument()
    /// Indices of headings whose sections are still open, outermost first.
    private var openSections: [Int] = []
    /// Places mentions and links in the source (see ``InlineLocator`` for why
    /// cmark-gfm's inline positions are not used as they are).
    private var locator: InlineLocator
    private let source: MarkdownSourceIndex

    init(source: MarkdownSourceIndex) {
        self.source = source
        locator = InlineLocator(source: source)
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
        // An HTML block (typically a template's `<!-- … -->` placeholder) is
        // not content a reader sees, so it does not fill a section.
        if cmark_node_get_type(block) != CMARK_NODE_HTML_BLOCK {
            for index in openSections { document.headings[index].hasContent = true }
        }
        visitBlock(block)
    }

    /// Visits a block and the blocks inside it; descends without recursion
    /// (see ``walk(_:_:)``).
    private mutating func visitBlock(_ block: OpaquePointer) {
        if visitNestedBlock(block) {
            Self.walk(block) { visitNestedBlock($0) }
        }
    }

    /// Records what one block holds; returns whether to look inside it.
    private mutating func visitNestedBlock(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_HTML_BLOCK { return false }
        if type == CMARK_NODE_ITEM, isTaskItem(node) {
            document.taskItems.append(
                MarkdownTaskItem(
                    text: plainText(of: node),
                    isChecked: isChecked(taskItem: node),
                    position: position(of: node),
                    sectionIndex: openSections.last))
        }
        if isLeafBlockWithInlines(type) || hasTypeName(node, "table_cell") {
            collectInlines(inBlock: node)
            return false
        }
        return true
    }

    /// Calls `visit` on every descendant of `root` in document order, going
    /// into a node's children only when `visit` returns true.
    ///
    /// Iterative, following parent and sibling links: Markdown nested
    /// 100,000 levels deep (quotes, lists, emphasis) must not overflow the
    /// stack, so no walk over the tree recurses.
    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Bool) {
        var next = cmark_node_first_child(root)
        while let node = next {
            if visit(node), let child = cmark_node_first_child(node) {
                next = child
                continue
            }
            next = nil
            var climbing: OpaquePointer? = node
            while let current = climbing, current != root {
                if let sibling = cmark_node_next(current) {
                    next = sibling
                    break
                }
                climbing = cmark_node_parent(current)
            }
        }
    }

    private func isTaskItem(_ node: OpaquePointer) -> Bool {
        hasTypeName(node, "tasklist")
    }

    /// Whether the box after the item's list marker holds an `x`. The
    /// extension's own flag is set when `[x]` appears anywhere on the item's
    /// first line, so `- [ ] compare [x] with [y]` would count as checked.
    private func isChecked(taskItem node: OpaquePointer) -> Bool {
        let start = position(of: node)
        guard let offset = source.offset(line: start.line, column: start.column) else {
            return cmark_gfm_extensions_get_tasklist_item_checked(node)
        }
        var rest = source.restOfLine(from: offset)
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        rest = rest.drop(while: isDigit)
        rest = rest.dropFirst()  // the bullet, or the `.` or `)` after the number
        rest = rest.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
        guard rest.count >= 3, rest.first == UInt8(ascii: "["), rest.dropFirst(2).first == UInt8(ascii: "]") else {
            return cmark_gfm_extensions_get_tasklist_item_checked(node)
        }
        let mark = rest[rest.startIndex + 1]
        return mark == UInt8(ascii: "x") || mark == UInt8(ascii: "X")
    }

    /// Whether the node's type name, which also tells extension node types
    /// apart, is `name`; compared in place, without making a string.
    private func hasTypeName(_ node: OpaquePointer, _ name: StaticString) -> Bool {
        guard let typeName = cmark_node_get_type_string(node) else { return false }
        // A static string's bytes end with a NUL.
        return name.utf8Start.withMemoryRebound(to: CChar.self, capacity: name.utf8CodeUnitCount + 1) {
            strcmp(typeName, $0) == 0
        }
    }

    private func isLeafBlockWithInlines(_ type: cmark_node_type) -> Bool {
        type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING
    }

    /// Collects links, images and mentions from the inline children of a leaf
    /// block (or a table cell, reached through the generic walk).
    private mutating func collectInlines(inBlock block: OpaquePointer) {
        locator.enterBlock(start: position(of: block), endLine: Int(cmark_node_get_end_line(block)))
        collectInlines(in: block)
    }

    private mutating func collectInlines(in block: OpaquePointer) {
        Self.walk(block) { collectInline($0) }
    }

    /// Records one inline node; returns whether to look inside it.
    private mutating func collectInline(_ node: OpaquePointer) -> Bool {
        let type = cmark_node_get_type(node)
        switch type {
        case CMARK_NODE_TEXT:
            collectMentions(in: node)
            return false
        case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            locator.skipVerbatim(literal(of: node), reported: position(of: node))
            return false
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            document.links.append(
                MarkdownLink(
                    destination: destination,
                    isImage: type == CMARK_NODE_IMAGE,
                    position: locator.locateLink(
                        isImage: type == CMARK_NODE_IMAGE, text: Array(plainText(of: node).utf8),
                        reported: position(of: node))))
            return true
        default:
            return true
        }
    }

    /// Mentions are found in the literal, where escapes and entities are
    /// decoded, and placed in the source by the locator.
    private mutating func collectMentions(in textNode: OpaquePointer) {
        let bytes = literal(of: textNode)
        let found = WikiMentionScanner.mentions(in: bytes)
        let positions = locator.locateText(bytes, reported: position(of: textNode), mentions: found)
        for ((_, target), position) in zip(found, positions) {
            document.mentions.append(MarkdownMention(target: target, position: position))
        }
    }

    /// The node's literal bytes; cmark-gfm keeps them valid UTF-8 (it
    /// replaces invalid sequences and NUL when it reads the input).
    private func literal(of node: OpaquePointer) -> [UInt8] {
        guard let literal = cmark_node_get_literal(node) else { return [] }
        return Array(UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
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
        Self.walk(node) { next in
            switch cmark_node_get_type(next) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(next) { result += String(cString: literal) }
                return false
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                result += " "
                return false
            case CMARK_NODE_LIST:
                return false
            case CMARK_NODE_PARAGRAPH:
                // A loose item's paragraphs are words apart, not glued together.
                if !result.isEmpty { result += " " }
                return true
            default:
                return true
            }
        }
    }
}
