/// Writes a board as Markdown for a pull request, a wiki page or a status
/// mail: a `###` heading per column with its card count, then its cards as a
/// list (`- **ID** title`); an empty column is its heading alone.
///
/// Sections rather than one table: the cards of a row of a table have
/// nothing to do with each other, a board's columns differ in length so a
/// table is mostly empty cells, and a table of many columns scrolls sideways
/// on GitHub and breaks in mail, while a list reads everywhere. Titles and
/// column names go through ``MarkdownInlineText``.
public enum BoardMarkdownRenderer {
    /// The board's sections, separated by blank lines, ending in a newline.
    public static func render(_ board: Board) -> String {
        board.columns.map { column in
            var section = "### \(MarkdownInlineText.escaped(column.title)) (\(column.cards.count))\n"
            if !column.cards.isEmpty {
                section += "\n"
                for card in column.cards {
                    section +=
                        "- **\(card.id)**" + (card.title.map { " " + MarkdownInlineText.escaped($0) } ?? "") + "\n"
                }
            }
            return section
        }.joined(separator: "\n")
    }
}
