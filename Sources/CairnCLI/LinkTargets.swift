import ArgumentParser
import CairnKit

/// The link options `cairn link` and `cairn unlink` share, one per link
/// field of the item format.
struct LinkTargets: ParsableArguments {
    @Option(name: .customLong("parent"), help: ArgumentHelp("The parent (one id).", valueName: "id"))
    var parent: String?

    @Option(name: .customLong("depends-on"), help: ArgumentHelp("Items this one waits for.", valueName: "id"))
    var dependsOn: [String] = []

    @Option(name: .customLong("implements"), help: ArgumentHelp("PRDs this item implements.", valueName: "id"))
    var implements: [String] = []

    @Option(
        name: [.customLong("key-results"), .customLong("key-result")],
        help: ArgumentHelp("Key results this work feeds.", valueName: "id"))
    var keyResults: [String] = []

    @Option(name: .customLong("evidence"), help: ArgumentHelp("Feedback behind this work.", valueName: "id"))
    var evidence: [String] = []

    @Option(name: .customLong("release"), help: ArgumentHelp("The release (one id).", valueName: "id"))
    var release: String?

    @Option(name: .customLong("relates-to"), help: ArgumentHelp("Related items.", valueName: "id"))
    var relatesTo: [String] = []

    /// The links asked for, by front-matter field, in the format's order.
    var links: [(field: String, ids: [String])] {
        let all: [(String, [String])] = [
            ("parent", parent.map { [$0] } ?? []), ("depends_on", dependsOn), ("implements", implements),
            ("key_results", keyResults), ("evidence", evidence), ("release", release.map { [$0] } ?? []),
            ("relates_to", relatesTo),
        ]
        return all.filter { !$0.1.isEmpty }.map { (field: $0.0, ids: $0.1) }
    }

    func validate() throws {
        guard !links.isEmpty else {
            throw ValidationError("Name at least one link, such as --depends-on US-9 or --parent EP-3.")
        }
        for (field, ids) in links {
            for id in ids where ItemID(id) == nil {
                throw ValidationError("'\(id)' given for \(field) is not an item id such as US-12.")
            }
        }
    }

    /// What `link` and `unlink` share: loads the backlog, runs `edit` on the
    /// text of item `id` once per named link field, and writes the result.
    func edit(
        _ id: String, verb: String, in workspace: Workspace, options: WriteOptions, context: CommandContext,
        _ edit: (_ field: String, _ ids: [String], _ item: Item, _ text: String) throws -> String
    ) throws -> Int32 {
        let backlog = try workspace.load()
        let source = try EditableItem(id: id, in: backlog)
        var text = source.text
        for (field, ids) in links {
            text = try edit(field, ids, source.item, text)
        }
        var changes = ChangeSet()
        changes.write(text, to: source.item.path)
        let summary =
            "\(source.item.id): \(verb) " + links.map { Self.phrase($0.field, $0.ids) }.joined(separator: "; ")
        return try WriteSession(workspace: workspace, options: options, context: context)
            .apply(changes, to: backlog, summary: summary)
    }

    /// "depends on US-9, US-10" for a field and its ids.
    static func phrase(_ field: String, _ ids: [String]) -> String {
        String(field.map { $0 == "_" ? " " : $0 }) + " " + ids.joined(separator: ", ")
    }
}
