import ArgumentParser
import CairnKit

/// `cairn list`: the items of the backlog, filtered.
struct ListCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List backlog items, filtered by kind, status, priority, owner or label.",
        discussion: """
            Filters combine with AND; repeat one to accept any of several values \
            (--status ready --status in-progress). Items are listed by id.

            Examples:
              cairn list
              cairn list --kind story --status ready
              cairn list --label checkout --format csv > checkout.csv
              cairn list --owner alice --format json
              cairn list --rev v1.2 --status done
              cairn list --staged --kind story
            """)

    @OptionGroup var filterOptions: ItemFilterOptions

    @Option(name: .long, help: "The output format.")
    var format: ListFormat = .table

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let filter = try filterOptions.filter(for: backlog.configuration)
        let items = backlog.graph.items.filter(filter.matches)
        switch format {
        case .table:
            context.write(ItemListRenderer.table(items, width: context.tableWidth))
        case .json:
            context.write(try ItemListRenderer.json(items))
        case .csv:
            context.write(ItemListRenderer.csv(items))
        }
        return 0
    }
}
