internal import CCmarkGFM
import Foundation

/// Parses Markdown with cmark-gfm and the GitHub extensions (table, tasklist,
/// strikethrough, autolink, tagfilter) into a ``MarkdownDocument``.
///
/// Safe to call from many threads at once. cmark-gfm is not re-entrant in one
/// place only: its inline special-character table is process-global, and
/// `cmark_parser_finish` adds the extensions' characters (`~`, `:`, `w`…) to
/// it when inline parsing starts and removes them when it ends (blocks.c,
/// `process_inlines` → `cmark_manage_extensions_special_characters`). A
/// second thread parsing inlines in between would miss strikethrough and
/// autolinks. So `cmark_parser_finish` runs under one process-wide lock;
/// creating a parser, attaching extensions (which only appends to the
/// parser's own lists), feeding it (block structure, no global state),
/// walking the tree and freeing it run in parallel. `MarkdownParserTests`
/// and the loader's parallel-versus-serial test check this (without the
/// lock both fail on every run, tens to hundreds of files differing).
///
/// The characters cannot instead be pinned in the table for good by adding
/// them once and emptying the extensions' `special_inline_chars` lists:
/// `process_emphasis` finds the strikethrough extension for a `~`
/// delimiter through that same list (`get_extension_for_special_char`),
/// and with it empty `~~x~~` makes `cmark_parser_finish` loop forever.
///
/// Every parser allocates from the calling thread's ``MarkdownArena``
/// (see ``MarkdownAllocator``), which the parse empties when it is done.
public enum MarkdownParser {
    /// The extensions every parse attaches.
    public static let extensionNames = ["table", "tasklist", "strikethrough", "autolink", "tagfilter"]

    /// Parses `text` and returns its headings, task items, links and mentions.
    public static func parse(_ text: String) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// Parses `text`, a part of a larger text (a file's body), without
    /// copying it out first.
    public static func parse(_ text: Substring) -> MarkdownDocument {
        var text = text
        return text.withUTF8 { parse($0) }
    }

    /// Parses UTF-8 `bytes`; the same as ``parse(_:)`` without a copy.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> MarkdownDocument {
        _ = registration
        let arena = MarkdownArena.current
        defer { arena.pointee.reset() }
        guard let parser = cmark_parser_new_with_mem(CMARK_OPT_DEFAULT, MarkdownAllocator.memory) else {
            return MarkdownDocument()
        }
        defer { cmark_parser_free(parser) }
        for syntaxExtension in extensions {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        bytes.withMemoryRebound(to: CChar.self) { chars in
            if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
        }
        guard let root = finishLock.withLock({ cmark_parser_finish(parser) }) else { return MarkdownDocument() }
        defer { cmark_node_free(root) }
        var converter = MarkdownTreeConverter(source: MarkdownSourceIndex(bytes))
        converter.convert(root)
        return converter.document
    }

    /// Held while `cmark_parser_finish` parses inlines (see above).
    private static let finishLock = NSLock()

    /// Registering the core extensions is itself not thread-safe; a static
    /// `let` runs exactly once, under Swift's own once-guard.
    private static let registration: Void = {
        cmark_gfm_core_extensions_ensure_registered()
    }()

    /// The registered extensions, looked up once; the registry is only read
    /// after registration.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        _ = registration
        return extensionNames.compactMap { cmark_find_syntax_extension($0) }
    }()
}
