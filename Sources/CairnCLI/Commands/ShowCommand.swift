import ArgumentParser
import CairnKit

/// `cairn show ID`: one item in full.
struct ShowCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one item: its fields, its links both ways and its body.",
        discussion: """
            Examples:
              cairn show US-12
              cairn show EP-3 --root docs/backlog
              cairn show US-12 --rev HEAD~1
              cairn show US-12 --staged
            """)

    @Argument(help: "The item's id, such as US-12.")
    var id: String

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var snapshotOptions: SnapshotOptions

    func validate() throws {
        guard ItemID(id) != nil else { throw ValidationError("'\(id)' is not an item id such as US-12.") }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let backlog = try Workspace(options: backlogOptions, origin: snapshotOptions.origin, context: context).load()
        let node = try ItemLookup.node(for: id, in: backlog)
        context.write(ItemDetailRenderer.render(node: node, in: backlog))
        return 0
    }
}

/// Resolves an id given on the command line to a graph node.
enum ItemLookup {
    /// The node of `text`; a usage failure naming the nearest existing id
    /// when there is no such item.
    static func node(for text: String, in backlog: Backlog) throws -> Int {
        guard let id = ItemID(text) else {
            throw CommandFailure.usage("'\(text)' is not an item id such as US-12.")
        }
        if let node = backlog.graph.node(id) { return node }
        let suggester = IDSuggester(graph: backlog.graph, prefixes: backlog.configuration.kinds.map(\.prefix))
        let suggestion = suggester.suggestion(for: id).map { " Did you mean \($0)?" } ?? ""
        throw CommandFailure.usage("no item \(id) in the backlog.\(suggestion)")
    }
}
