import ArgumentParser
import CairnKit

/// `cairn roadmap`: the work by release or by horizon, with done shares.
struct RoadmapCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "roadmap",
        abstract: "Show the work by release or by now/next/later horizon, with how much is done.",
        discussion: """
            By release (the default), lists every release in date order — releases without \
            a date last — with the items whose own `release` field names it; by horizon, \
            the items whose `horizon` is now, next and later. An item is never placed by \
            its parent's field. Work items with neither go under Unscheduled. Each group \
            shows its done share by count and by estimate (dropped items count in neither) \
            and, for a release whose date has passed, how many of its items are still open.

            Mermaid output is a timeline that GitHub renders inside a ```mermaid block.

            Examples:
              cairn roadmap
              cairn roadmap --by horizon
              cairn roadmap --format markdown > ROADMAP.md
              cairn roadmap --format mermaid
              cairn roadmap --rev main --format json
            """)

    @Option(name: .long, help: "Group by release or by horizon.")
    var by: RoadmapGroupingOption = .release

    @Option(name: .long, help: "The output format.")
    var format: RoadmapFormat = .text

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let roadmap = Roadmap(backlog: backlog, grouping: by.grouping, today: try context.currentDate())
        switch format {
        case .text: context.write(RoadmapRenderer.text(roadmap))
        case .markdown: context.write(RoadmapRenderer.markdown(roadmap))
        case .mermaid: context.write(RoadmapMermaidRenderer.render(roadmap))
        case .json: context.write(try RoadmapRenderer.json(roadmap))
        }
        return 0
    }
}

/// What `cairn roadmap --by` accepts.
enum RoadmapGroupingOption: String, CaseIterable, ExpressibleByArgument {
    case release
    case horizon

    var grouping: RoadmapGrouping {
        switch self {
        case .release: return .release
        case .horizon: return .horizon
        }
    }
}

/// How `cairn roadmap` prints.
enum RoadmapFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case markdown
    case mermaid
    case json
}
