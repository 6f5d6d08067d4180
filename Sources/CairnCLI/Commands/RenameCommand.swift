import ArgumentParser
import CairnKit

/// `cairn rename ID NEW-ID`: gives an item a new id everywhere.
struct RenameCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "rename",
        abstract: "Give an item a new id: rename its file and rewrite every reference to it.",
        discussion: """
            Rewrites the item's id, renames its file when the name starts with the id \
            (US-12-pay.md → US-42-pay.md), and rewrites every reference in every other item: link \
            fields and [[US-12]] mentions in the body alike. Mentions inside code, prose without \
            brackets and longer ids (US-123) are left alone. The usual way out of two branches that \
            both created the same id.

            Examples:
              cairn rename US-12 US-42
              cairn rename US-12 US-42 --commit
            """)

    @Argument(help: "The item's current id, such as US-12.")
    var id: String

    @Argument(help: "Its new id, with the same prefix, such as US-42.")
    var newID: String

    @OptionGroup var writeOptions: WriteOptions
    @OptionGroup var backlogOptions: BacklogOptions

    func validate() throws {
        guard ItemID(newID) != nil else { throw ValidationError("'\(newID)' is not an item id such as US-42.") }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: backlogOptions, context: context)
        let backlog = try workspace.load()
        let target = try EditableItem(id: id, in: backlog)
        let old = target.item.id
        guard let new = ItemID(newID) else { throw CommandFailure.usage("'\(newID)' is not an item id") }
        try requireAvailable(new, for: target.item, in: backlog)
        let linkFields = backlog.configuration.linkFieldNames
        var changes = ChangeSet()
        var referrers = 0
        for file in backlog.files where file.path != target.item.path && mayMention(old, file) {
            let text = try EditableItem.text(of: file.path, in: backlog)
            let renamed = try EditableItem.edit(file.path) { () throws(ItemTextEditError) in
                try ItemTextEditor.renamingReferences(from: old, to: new, linkFields: linkFields, in: text)
            }
            if renamed != text {
                changes.write(renamed, to: file.path)
                referrers += 1
            }
        }
        let renamedText = try EditableItem.edit(target.item.path) { () throws(ItemTextEditError) in
            try ItemTextEditor.renamingReferences(from: old, to: new, linkFields: linkFields, in: target.text)
        }
        let newPath = Self.path(target.item.path, renamingFrom: old, to: new)
        changes.write(renamedText, to: newPath)
        if newPath != target.item.path { changes.delete(target.item.path) }
        let files = referrers == 1 ? "1 other file" : "\(referrers) other files"
        return try WriteSession(workspace: workspace, options: writeOptions, context: context)
            .apply(
                changes, to: backlog, summary: "Rename \(old) to \(new) (references updated in \(files))",
                moves: [target.item.path: newPath])
    }

    private func requireAvailable(_ new: ItemID, for item: Item, in backlog: Backlog) throws {
        if new == item.id { throw CommandFailure.usage("\(item.id) already has that id") }
        if backlog.graph.item(new) != nil { throw CommandFailure.usage("\(new) is taken; pick a free id") }
        guard new.prefix == item.id.prefix else {
            throw CommandFailure.usage(
                "\(new) has the prefix \(new.prefix), but \(item.id) is a \(item.kind) (\(item.id.prefix)-…)")
        }
    }

    /// Whether the file's text could refer to `id` at all: a cheap filter
    /// before the exact rewrite.
    private func mayMention(_ id: ItemID, _ file: ParsedFile) -> Bool {
        guard file.item != nil, let text = file.source?.text else { return false }
        return text.contains(id.prefix + "-")
    }

    /// `backlog/stories/US-12-pay.md` → `backlog/stories/US-42-pay.md`; a
    /// name that does not start with the id keeps its name.
    static func path(_ path: String, renamingFrom old: ItemID, to new: ItemID) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let digits = name.drop { !$0.isNumber }.prefix { $0.isNumber }
        guard let written = ItemID(name[..<digits.endIndex]), written == old else { return path }
        return String(path[..<slash]) + new.description + name[digits.endIndex...]
    }
}
