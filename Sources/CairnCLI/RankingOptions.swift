import ArgumentParser
import CairnKit

extension ScoringModel: ExpressibleByArgument {}

/// How `cairn rank`, `ready`, `blocked` and `plan` print.
enum PlanningFormat: String, CaseIterable, ExpressibleByArgument {
    case table
    case markdown
    case json
    case csv
}

/// The options `cairn rank`, `ready`, `blocked` and `plan` share: the
/// scoring model that orders items and the kinds planned.
struct RankingOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The score that orders items: moscow (default), rice, wsjf or value-effort.", valueName: "model"))
    var by: ScoringModel = .moscow

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only items of this kind (repeatable; default: every kind but epics, objectives, key results, releases, feedback, PRDs and MRDs).",
            valueName: "kind"))
    var kind: [String] = []

    /// The kinds to plan; a usage failure when `--kind` names a kind the
    /// backlog does not define.
    func scope(for backlog: Backlog) throws -> RankingScope {
        let scope = RankingScope(kinds: kind)
        if let problem = scope.unknownKinds(in: backlog.configuration).first { throw CommandFailure.usage(problem) }
        return scope
    }

    /// The rank order under `--by`.
    func order(for backlog: Backlog) -> RankingOrder {
        RankingOrder(backlog: backlog, by: by)
    }

    /// The backlog as `--root`, `--staged` and `--rev` say, and the kinds to plan.
    func load(_ backlogOptions: BacklogOptions, _ snapshotOptions: SnapshotOptions, in context: CommandContext)
        throws -> (backlog: Backlog, scope: RankingScope)
    {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        return (backlog, try scope(for: backlog))
    }

    /// Writes ranked items, as `cairn rank` and `cairn ready` list them, in `format`.
    func write(_ items: [RankedItem], as format: PlanningFormat, in graph: BacklogGraph, to context: CommandContext)
        throws
    {
        switch format {
        case .table: context.write(RankingRenderer.table(items, in: graph, width: context.tableWidth))
        case .markdown: context.write(RankingRenderer.markdown(items, in: graph))
        case .json: context.write(try RankingRenderer.json(items, by: by, in: graph))
        case .csv: context.write(RankingRenderer.csv(items, in: graph))
        }
    }
}

/// The part of every planning command's help that explains the order.
enum RankingHelp {
    static let models = """
        Scores (--by):
          moscow (the default)
            the priority, in the configured order: must > should > could > wont
          rice
            RICE = reach × impact × confidence ÷ effort
            from rice: {reach, impact, confidence, effort}; confidence 0.8 for 80 %
          wsjf
            WSJF = (business value + time criticality + risk reduction) ÷ job size
            from wsjf: {business_value, time_criticality, risk_reduction, job_size}
          value-effort
            value ÷ estimate, from the value field (a number ≥ 0) and the estimate

        A manual rank field (a number ≥ 0, lower first) overrides any score: manually \
        ranked items come first, by rank; then scored items, best first; then unscored \
        items. An item missing an input is unscored and the missing field is named; it \
        is never scored as zero. Ties break by priority, then id.
        """

    static let scope = """
        Planned kinds: every kind but epics, objectives, key results, releases, feedback, PRDs and MRDs — \
        stories, bugs and any kind a backlog adds; --kind names the kinds instead.
        """
}
