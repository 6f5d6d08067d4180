import ArgumentParser
import CairnKit

/// `cairn okr`: objectives, their key results' progress and the work behind it.
struct OKRCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "okr",
        abstract: "Show objectives, key-result progress and the work feeding each key result.",
        discussion: """
            Lists every objective with its key results (the key-result items whose parent \
            it is). A key result's progress is (current − baseline) ÷ (target − baseline), \
            shown as it is — above 100 % when the target is overshot, below 0 % when the \
            number went backwards — or the value it lacks. The work feeding a key result is \
            every item whose `key_results` names it plus that item's descendants (the \
            stories of an epic); each linked item shows the done share of itself and its \
            descendants, by count and by estimate.

            Examples:
              cairn okr
              cairn okr --format markdown
              cairn okr --rev main --format json
            """)

    @Option(name: .long, help: "The output format.")
    var format: OKRFormat = .text

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let report = OKRReport(backlog: backlog)
        switch format {
        case .text: context.write(OKRRenderer.text(report))
        case .markdown: context.write(OKRRenderer.markdown(report))
        case .json: context.write(try OKRRenderer.json(report))
        }
        return 0
    }
}

/// How `cairn okr` prints.
enum OKRFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case markdown
    case json
}
