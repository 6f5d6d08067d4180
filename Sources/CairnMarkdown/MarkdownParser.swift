internal import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm and the GitHub extensions (table, tasklist,
/// strikethrough, autolink, tagfilter) into a ``MarkdownDocument``.
///
/// cmark-gfm is not re-entrant: its special-character table is process-global
/// and parsers mutate it as extensions attach and detach (see
/// shared/C-LIBRARIES.md). Every parse therefore holds one process-wide lock
/// from parser creation to parser release; the conversion into Swift values
/// happens under the same lock because it reads the C tree.
public enum MarkdownParser {
    /// The extensions every parse attaches.
    public static let extensionNames = ["table", "tasklist", "strikethrough", "autolink", "tagfilter"]

    /// Parses `text` and returns its headings, task items, links and mentions.
    public static func parse(_ text: String) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { bytes in
            lock.withLock { parseLocked(bytes) }
        }
    }

    private static let lock = NSLock()

    /// Registering the core extensions is itself not thread-safe; a static
    /// `let` runs exactly once, under Swift's own once-guard.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    private static func parseLocked(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkdownDocument {
        _ = registration
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return MarkdownDocument() }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
        guard let root = cmark_parser_finish(parser) else { return MarkdownDocument() }
        defer { cmark_node_free(root) }
        var converter = MarkdownTreeConverter(source: MarkdownSourceIndex(bytes))
        converter.convert(root)
        return converter.document
    }
}
