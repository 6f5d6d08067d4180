import ArgumentParser
import CairnKit

/// `cairn stats`: counts over the backlog.
struct StatsCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the backlog's items by kind, status, priority and owner; total the estimates.",
        discussion: """
            Statuses and priorities are listed in the configured order, zeros included; \
            owners by number of items. Estimates are totalled for open items (neither \
            done nor dropped), done items and dropped items, each with the number of items \
            that carry an estimate. Last come the items with the most linked feedback: \
            the distinct items their `evidence` names plus feedback items that link to \
            them. The filters are those of `cairn list` and apply to every count.

            Examples:
              cairn stats
              cairn stats --kind story --top 10
              cairn stats --owner alice --format json
              cairn stats --format markdown >> status-mail.md
            """)

    @OptionGroup var filterOptions: ItemFilterOptions

    @Option(name: .long, help: ArgumentHelp("How many items with the most linked feedback to list.", valueName: "n"))
    var top = 5

    @Option(name: .long, help: "The output format.")
    var format: StatsFormat = .text

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func validate() throws {
        guard top >= 1 else { throw ValidationError("--top needs a number of items, 1 or more.") }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let filter = try filterOptions.filter(for: backlog.configuration)
        let stats = BacklogStats(graph: backlog.graph, filter: filter, configuration: backlog.configuration, top: top)
        switch format {
        case .text: context.write(StatsRenderer.text(stats))
        case .json: context.write(try StatsRenderer.json(stats))
        case .markdown: context.write(StatsRenderer.markdown(stats))
        }
        return 0
    }
}
