import ArgumentParser
import CairnKit

extension BoardGrouping: ExpressibleByArgument {}

/// `cairn board`: a kanban board of the backlog.
struct BoardCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "board",
        abstract: "Show the backlog as a kanban board: a column per status, owner or priority.",
        discussion: """
            By status (the default), one column per configured status in workflow order, \
            empty ones included; by owner, one per owner and one for the unassigned items; \
            by priority, one per configured priority and one for items without. Cards show \
            the id and title, most important priority first, then by id; headers show the \
            number of cards.

            The board shows work: without --kind, objectives, key results, releases, \
            feedback, PRDs and MRDs are left off, and stories, bugs, epics and any kind a \
            backlog adds are shown. Dropped items are left off unless --status names their \
            status. An item without a status, or with one the configuration does not list, \
            is shown in a last "no status" column. The filters are those of `cairn list`.

            The board fits the terminal's width (80 columns when not on a terminal, or \
            --width). Columns share it equally and cut titles with …; when columns would \
            be narrower than \(BoardTextRenderer.minimumColumnWidth) characters, the board \
            is split into bands of columns, one under the other. Colour only on a terminal \
            and never with NO_COLOR set. --format markdown writes a section per column, \
            ready to paste into a pull request or a wiki.

            Examples:
              cairn board
              cairn board --kind story --kind bug
              cairn board --by owner --status ready --status in-progress
              cairn board --by priority --label checkout
              cairn board --format markdown > board.md
            """)

    @Option(name: .long, help: "What the columns stand for.")
    var by: BoardGrouping = .status

    @OptionGroup var filterOptions: ItemFilterOptions

    @Option(name: .long, help: "The output format.")
    var format: BoardFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The width of the board in characters (default: the terminal's, or 80).", valueName: "columns"))
    var width: Int?

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func validate() throws {
        if let width, width < BoardTextRenderer.minimumColumnWidth {
            throw ValidationError("--width must be at least \(BoardTextRenderer.minimumColumnWidth) characters.")
        }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let filter = try filterOptions.filter(for: backlog.configuration)
        let board = Board(backlog.graph.items, by: by, filter: filter, configuration: backlog.configuration)
        switch format {
        case .text:
            let width = width ?? context.tableWidth ?? 80
            context.write(BoardTextRenderer.render(board, width: width, colour: context.usesColour))
        case .markdown:
            context.write(BoardMarkdownRenderer.render(board))
        }
        return 0
    }
}
