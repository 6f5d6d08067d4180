import ArgumentParser
import CairnKit

/// `cairn blocked`: what waits on what.
struct BlockedCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocked",
        abstract: "Show the open work waiting on dependencies, with the chain to the first open blocker.",
        discussion: """
            Lists every open item with a dependency that is not done, in rank order (see cairn \
            rank; --by chooses the score). WAITS ON names those dependencies; CHAIN follows them \
            to the first blocker that waits on nothing: US-3 ← US-2 (ready) means US-3 waits on \
            US-2, which is ready to start. Where an item waits on several, the chain follows a \
            dropped one if there is one, else the highest-ranked. A chain ending at a dropped \
            item never clears; one ending "(in a cycle)" reaches a dependency cycle.

            \(RankingHelp.scope)

            Examples:
              cairn blocked
              cairn blocked --kind story --format markdown
              cairn blocked --rev main --format json
            """)

    @OptionGroup var rankingOptions: RankingOptions

    @Option(name: .long, help: "The output format.")
    var format: PlanningFormat = .table

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let (backlog, scope) = try rankingOptions.load(backlogOptions, snapshotOptions, in: context)
        let items = Readiness(backlog: backlog, order: rankingOptions.order(for: backlog), scope: scope).blocked()
        switch format {
        case .table:
            context.write(
                ReadinessBlockedRenderer.table(
                    items, in: backlog.graph, width: context.tableWidth))
        case .markdown: context.write(ReadinessBlockedRenderer.markdown(items, in: backlog.graph))
        case .json: context.write(try ReadinessBlockedRenderer.json(items, in: backlog.graph))
        case .csv: context.write(ReadinessBlockedRenderer.csv(items, in: backlog.graph))
        }
        return 0
    }
}
