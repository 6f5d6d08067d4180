import ArgumentParser
import CairnKit

/// `cairn set ID key=value ...`: changes front-matter fields in place.
struct SetCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Set or remove front-matter fields of one item, changing no other byte.",
        discussion: """
            Each key=value replaces the field's value where it stands (keeping its quotes and a \
            comment after it) or adds the field after the last one. List fields (labels, depends_on, \
            …) take comma-separated values; numbers and dates are written unquoted; a part of a \
            mapping is set with a dot (rice.reach=4000). Other keys, comments, blank lines, line \
            endings and the body stay byte for byte the same.

            The change is refused when it would add errors to the backlog, unless --force.

            Examples:
              cairn set US-12 status=done
              cairn set US-12 owner=alice labels=checkout,payments --commit
              cairn set US-12 rice.reach=4000 --unset estimate -m "Re-estimate US-12"
            """)

    @Argument(help: "The item's id, such as US-12.")
    var id: String

    @Argument(help: "Fields to set, as key=value.")
    var assignments: [String] = []

    @Option(name: .long, help: ArgumentHelp("A field to remove (repeatable).", valueName: "key"))
    var unset: [String] = []

    @OptionGroup var writeOptions: WriteOptions
    @OptionGroup var backlogOptions: BacklogOptions

    func validate() throws {
        guard !assignments.isEmpty || !unset.isEmpty else {
            throw ValidationError("Name at least one key=value to set or one --unset key.")
        }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: backlogOptions, context: context)
        let backlog = try workspace.load()
        let target = try EditableItem(id: id, in: backlog)
        let schema = ItemSchema(backlog.configuration)
        let parsed = try assignments.map { argument in
            do {
                return try FieldAssignment(parsing: argument, schema: schema)
            } catch {
                throw CommandFailure.usage("\(error)")
            }
        }
        let path = target.item.path
        var text = target.text
        var described: [String] = []
        for assignment in parsed {
            text = try EditableItem.edit(path) { () throws(ItemTextEditError) in
                try ItemTextEditor.setting(path: assignment.path, to: assignment.value, in: text)
            }
            described.append(describe(assignment, in: target.item))
        }
        for key in unset {
            let keyPath = key.split(separator: ".").map(String.init)
            text = try EditableItem.edit(path) { () throws(ItemTextEditError) in
                try ItemTextEditor.removingKey(path: keyPath, in: text)
            }
            described.append("remove \(key)")
        }
        var changes = ChangeSet()
        changes.write(text, to: path)
        let summary = "\(target.item.id): " + described.joined(separator: ", ")
        return try WriteSession(workspace: workspace, options: writeOptions, context: context)
            .apply(changes, to: backlog, summary: summary)
    }

    /// "status ready → done", or "owner alice" for a field that was absent.
    private func describe(_ assignment: FieldAssignment, in item: Item) -> String {
        let new: String
        switch assignment.value {
        case .string(let text), .plain(let text): new = text
        case .list(let values): new = "[" + values.joined(separator: ", ") + "]"
        }
        guard assignment.path.count == 1, let old = item.fields[assignment.key] else {
            return "\(assignment.key) \(new)"
        }
        let oldText: String
        switch old {
        case .ids, .strings: oldText = "[" + old.displayText + "]"
        default: oldText = old.displayText
        }
        return "\(assignment.key) \(oldText) → \(new)"
    }
}
