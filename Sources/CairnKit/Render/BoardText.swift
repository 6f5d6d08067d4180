/// Text from the backlog prepared for one line of a board or a stats table.
enum BoardText {
    /// `text` on one line with control characters escaped: line breaks and
    /// tabs become single spaces, then ``PrintableText`` escapes the rest.
    static func printable(_ text: some StringProtocol) -> String {
        PrintableText.escaped(singleLine(text))
    }

    private static func singleLine(_ text: some StringProtocol) -> String {
        guard text.contains(where: { $0.isNewline || $0 == "\t" }) else { return String(text) }
        return text.split(whereSeparator: { $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }
}
