import ArgumentParser
import CairnKit

/// `cairn rank`: the open work, best first.
struct RankCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the open work by MoSCoW, RICE, WSJF or value ÷ effort.",
        discussion: """
            Lists the open work items — neither done nor dropped — best first, with each item's \
            manual rank and score, or why it has no score.

            \(RankingHelp.models)

            MoSCoW is the default because it reads the one field every backlog keeps, the \
            priority; RICE, WSJF and value ÷ effort need their inputs on each item, so ask for them \
            with --by.

            \(RankingHelp.scope)

            Examples:
              cairn rank
              cairn rank --by rice
              cairn rank --by wsjf --kind story --format markdown
              cairn rank --by value-effort --format csv > ranking.csv
              cairn rank --rev main --format json
            """)

    @OptionGroup var rankingOptions: RankingOptions

    @Option(name: .long, help: "The output format.")
    var format: PlanningFormat = .table

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let (backlog, scope) = try rankingOptions.load(backlogOptions, snapshotOptions, in: context)
        let items = rankingOptions.order(for: backlog).openItems(in: scope)
        try rankingOptions.write(items, as: format, in: backlog.graph, to: context)
        return 0
    }
}
