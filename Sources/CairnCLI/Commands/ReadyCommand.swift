import ArgumentParser
import CairnKit

/// `cairn ready`: what can start now, best first.
struct ReadyCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "ready",
        abstract: "List the work that can start now, best first.",
        discussion: """
            An item can start now when it is neither done nor dropped, has reached a ready status \
            (ready, in progress or in review by default; drafts are not refined enough to start), \
            and every item it depends on is done. A dependency on a dropped item never clears: \
            see cairn blocked. Items with a manual rank come first, by rank; the rest by \
            priority, and items of the same priority by score (--by), best first.

            \(RankingHelp.models)

            \(RankingHelp.scope)

            Examples:
              cairn ready
              cairn ready --owner alice --limit 3
              cairn ready --by rice --kind bug
              cairn ready --staged --format json
            """)

    @OptionGroup var rankingOptions: RankingOptions

    @Option(name: .long, help: ArgumentHelp("Only items owned by this person (repeatable).", valueName: "owner"))
    var owner: [String] = []

    @Option(name: .long, help: ArgumentHelp("At most this many items, the best first.", valueName: "n"))
    var limit: Int?

    @Option(name: .long, help: "The output format.")
    var format: PlanningFormat = .table

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func validate() throws {
        guard limit.map({ $0 > 0 }) ?? true else { throw ValidationError("--limit must be at least 1.") }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let (backlog, scope) = try rankingOptions.load(backlogOptions, snapshotOptions, in: context)
        let readiness = Readiness(backlog: backlog, order: rankingOptions.order(for: backlog), scope: scope)
        var items = readiness.ready().filter {
            owner.isEmpty || owner.contains(backlog.graph.items[$0.node].owner ?? "")
        }
        if let limit { items = Array(items.prefix(limit)) }
        try rankingOptions.write(items, as: format, in: backlog.graph, to: context)
        return 0
    }
}
