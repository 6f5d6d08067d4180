import ArgumentParser
import CairnKit

/// `cairn graph [ID]`: the backlog graph as a diagram.
struct GraphCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw the backlog graph as Mermaid or Graphviz DOT.",
        discussion: """
            Without an id, draws every item and link. With an id, draws that item, its \
            direct neighbours both ways, its ancestors and its descendants. Mermaid output \
            renders on GitHub inside a ```mermaid block; pipe DOT into Graphviz.

            Examples:
              cairn graph
              cairn graph EP-3
              cairn graph OBJ-1 --format dot | dot -Tsvg > objective.svg
              cairn graph EP-3 --rev main > epic-on-main.mmd
              cairn graph --staged
            """)

    @Argument(help: "Draw only the neighbourhood of this item.")
    var id: String?

    @Option(name: .long, help: "The diagram language.")
    var format: GraphFormat = .mermaid

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func validate() throws {
        if let id, ItemID(id) == nil { throw ValidationError("'\(id)' is not an item id such as US-12.") }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let graph = backlog.graph
        let selection =
            try id.map { GraphSelection.neighbourhood(of: try ItemLookup.node(for: $0, in: backlog), in: graph) }
            ?? GraphSelection.whole(graph)
        let statuses = backlog.configuration.statuses
        switch format {
        case .mermaid: context.write(MermaidRenderer.render(selection, in: graph, statuses: statuses))
        case .dot: context.write(DOTRenderer.render(selection, in: graph, statuses: statuses))
        }
        return 0
    }
}
