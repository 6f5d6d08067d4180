/// Untrusted text made safe inside one line of GitHub Markdown: a heading,
/// a paragraph or a table cell.
///
/// Every character Markdown or GitHub's extensions could read as syntax —
/// emphasis, code, links, HTML, table pipes, strikethrough, math, entity
/// references — is backslash-escaped, an `@` is kept from starting a
/// mention, and each run of line breaks and tabs becomes one space, so a
/// title shows as written, notifies no one and cannot break the table it
/// sits in.
enum MarkdownInlineText {
    private static let special: Set<Character> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "#", "$", "!",
    ]

    static func escaped(_ text: some StringProtocol) -> String {
        var result = ""
        for character in ItemListRenderer.singleLine(text) {
            if special.contains(character) { result += "\\" }
            result.append(character)
            // GitHub finds mentions after rendering, so a backslash cannot
            // stop `@team` from notifying people; an invisible word joiner
            // between `@` and the name does.
            if character == "@" { result += "\u{2060}" }
        }
        return PrintableText.escaped(result)
    }
}
