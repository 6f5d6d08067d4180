/// Untrusted text made safe for one line of Markdown — a heading, a list
/// item or a table cell — as GitHub renders it.
///
/// Control characters become visible escapes (``PrintableText``), line
/// breaks and tabs become spaces, and the ASCII punctuation that starts
/// Markdown syntax inside a line — emphasis, code, links and images, HTML,
/// table cells, strikethrough, math, entities — is escaped with a
/// backslash, so a title reads as written and cannot break a table or
/// inject markup. (Line-start syntax such as `#` or `- ` needs nothing:
/// Cairn never starts a line with untrusted text.)
enum MarkdownInline {
    static func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        for character in BoardText.printable(text) {
            if specials.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    private static let specials: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "$", "&",
    ]
}
