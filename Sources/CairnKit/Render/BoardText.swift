/// Text from the backlog prepared for one line of a board or a stats table.
enum BoardText {
    /// `text` on one line (``ItemListRenderer/singleLine(_:)``) with the
    /// remaining control characters escaped by ``PrintableText``.
    static func printable(_ text: some StringProtocol) -> String {
        PrintableText.escaped(ItemListRenderer.singleLine(text))
    }
}
