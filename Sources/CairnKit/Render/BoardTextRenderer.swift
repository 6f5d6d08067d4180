/// Draws a board for the terminal: columns side by side, each headed by its
/// title and card count over a rule, one card per line (`ID title`).
///
/// ```
/// draft (5)           ready (5)           in-progress (6)
/// ──────────────────  ──────────────────  ──────────────────
/// US-5 Guest checkout BUG-1 Double char…  EP-1 One-tap che…
/// ```
///
/// Columns share the width equally, two spaces apart, and are no wider than
/// the widest header or card needs. A column is never narrower than
/// ``minimumColumnWidth``: when that many columns do not fit, the board is
/// split into as few bands of columns as fit, one under the other, as even
/// as possible (12 columns on 80 characters: three bands of four), all with
/// the same column width. Text longer than its column is cut with `…`, measured
/// in terminal cells (wide characters take two). Backlog text is printed
/// through ``PrintableText``. With colour, headers are bold — in the status
/// category's colour on a board by status — and each card's id has the
/// colour of its own status category.
public enum BoardTextRenderer {
    /// The narrowest a column gets before the board is split into bands.
    public static let minimumColumnWidth = 12
    /// The spaces between two columns.
    static let gap = 2

    /// The board in at most `width` cells per line, ending in a newline.
    public static func render(_ board: Board, width: Int, colour: Bool = false) -> String {
        guard !board.columns.isEmpty else { return "no items\n" }
        let columns = board.columns.map(RenderedColumn.init)
        let natural = columns.map(\.naturalWidth).max() ?? 1
        let fitting = max(1, min(columns.count, (width + gap) / (minimumColumnWidth + gap)))
        let bandCount = (columns.count + fitting - 1) / fitting
        let perBand = (columns.count + bandCount - 1) / bandCount
        let columnWidth = max(1, min(natural, (width - gap * (perBand - 1)) / perBand))
        var bands: [String] = []
        var start = 0
        while start < columns.count {
            let band = columns[start..<min(start + perBand, columns.count)]
            bands.append(render(band, board: board, columnWidth: columnWidth, colour: colour))
            start += perBand
        }
        return bands.joined(separator: "\n")
    }

    private static func render(
        _ band: ArraySlice<RenderedColumn>, board: Board, columnWidth: Int, colour: Bool
    ) -> String {
        var lines: [[String]] = []
        lines.append(
            band.map { column in
                let text = column.header(width: columnWidth)
                let style = board.grouping == .status ? column.category.map { "1;" + $0.terminalColour } ?? "1" : "1"
                return cell(text, style: colour ? style : nil, width: columnWidth)
            })
        lines.append(band.map { _ in String(repeating: "─", count: columnWidth) })
        let depth = band.map(\.cards.count).max() ?? 0
        for row in 0..<depth {
            lines.append(
                band.map { column in
                    guard row < column.cards.count else { return String(repeating: " ", count: columnWidth) }
                    return column.cards[row].text(width: columnWidth, colour: colour)
                })
        }
        return lines.map { cells in
            var line = cells.joined(separator: String(repeating: " ", count: gap))
            while line.last == " " { line.removeLast() }
            return line + "\n"
        }.joined()
    }

    /// `text` cut to `width`, styled, then padded to `width`.
    private static func cell(_ text: String, style: String?, width: Int) -> String {
        let cut = DisplayWidth.truncated(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(cut)))
        return styled(cut, style) + padding
    }

    fileprivate static func styled(_ text: String, _ style: String?) -> String {
        guard let style else { return text }
        return "\u{1B}[\(style)m\(text)\u{1B}[0m"
    }

    /// A column with its texts already escaped.
    private struct RenderedColumn {
        var title: String
        var category: StatusCategory?
        var cards: [RenderedCard]

        init(_ column: BoardColumn) {
            title = BoardText.printable(column.title)
            category = column.category
            cards = column.cards.map(RenderedCard.init)
        }

        var countSuffix: String { " (\(cards.count))" }

        var naturalWidth: Int {
            max(DisplayWidth.of(title + countSuffix), cards.map(\.naturalWidth).max() ?? 0)
        }

        /// The title cut so that the count always shows.
        func header(width: Int) -> String {
            let titleWidth = width - DisplayWidth.of(countSuffix)
            guard titleWidth >= 2 else { return title + countSuffix }
            return DisplayWidth.truncated(title, to: titleWidth) + countSuffix
        }
    }

    private struct RenderedCard {
        var id: String
        var title: String
        var category: StatusCategory

        init(_ card: BoardCard) {
            id = card.id.description
            title = card.title.map(BoardText.printable) ?? ""
            category = card.category
        }

        var naturalWidth: Int { DisplayWidth.of(title.isEmpty ? id : id + " " + title) }

        /// `ID title`, cut to `width` and padded to it; only the id is coloured.
        func text(width: Int, colour: Bool) -> String {
            let plain = DisplayWidth.truncated(title.isEmpty ? id : id + " " + title, to: width)
            let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(plain)))
            guard colour, plain.hasPrefix(id) else { return plain + padding }
            let rest = plain.dropFirst(id.count)
            return BoardTextRenderer.styled(id, category.terminalColour) + rest + padding
        }
    }
}
