import ArgumentParser
import CairnKit

/// `cairn plan`: an order for all the open work.
struct PlanCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Order all the open work: dependencies first, the highest-ranked free item next.",
        discussion: """
            A complete order of the open work that respects every dependency: at each step, \
            among the items whose dependencies are all done or planned, the highest-ranked comes \
            next (a topological order driven by a priority queue; see cairn rank for the order). \
            Done dependencies are satisfied. The plan also lists any open item of another kind \
            that planned work depends on, since it must be finished first.

            Items that can never be planned are listed after the plan with the reason: a \
            dependency cycle (cycle US-9 → US-10 → US-9), a dropped dependency, or waiting on \
            such an item. Cycles are reported, never looped on; cairn check reports them as errors.

            \(RankingHelp.models)

            \(RankingHelp.scope)

            Examples:
              cairn plan
              cairn plan --by rice
              cairn plan --kind bug --format markdown
              cairn plan --staged --format json
            """)

    @OptionGroup var rankingOptions: RankingOptions

    @Option(name: .long, help: "The output format.")
    var format: PlanningFormat = .table

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let (backlog, scope) = try rankingOptions.load(backlogOptions, snapshotOptions, in: context)
        let plan = PlanOrder(backlog: backlog, order: rankingOptions.order(for: backlog), scope: scope)
        switch format {
        case .table:
            context.write(
                PlanOrderRenderer.table(plan, in: backlog.graph, width: context.tableWidth))
        case .markdown: context.write(PlanOrderRenderer.markdown(plan, in: backlog.graph))
        case .json: context.write(try PlanOrderRenderer.json(plan, by: rankingOptions.by, in: backlog.graph))
        case .csv: context.write(PlanOrderRenderer.csv(plan, in: backlog.graph))
        }
        return 0
    }
}
