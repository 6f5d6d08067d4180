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
            fields and [[US-12]] mentions alike. Mentions inside code, prose without brackets and \
            longer ids (US-123) are left alone. The new id must be free in the working tree, the \
            index and on every branch.

            When two items share an id (two branches each created US-12), name the file to rename \
            instead of the id; references are then left as they are, since they may mean either.

            Examples:
              cairn rename US-12 US-42
              cairn rename US-12 US-42 --commit
              cairn rename backlog/stories/US-12-theirs.md US-43
            """)

    @Argument(help: "The item's id, such as US-12, or the path of its file when two items share the id.")
    var item: String

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
        let target = try EditableItem(targetItem(in: backlog, workspace: workspace), in: backlog)
        let old = target.item.id
        guard let new = ItemID(newID) else { throw CommandFailure.usage("'\(newID)' is not an item id") }
        let newPath = RenamedItemPath.path(target.item.path, renamingFrom: old, to: new)
        try requireAvailable(new, at: newPath, for: target.item, in: backlog, workspace: workspace)
        let linkFields = backlog.configuration.linkFieldNames
        let shared = (backlog.graph.duplicateIDs[old]?.count ?? 1) > 1
        var changes = ChangeSet()
        var referrers = 0
        for file in backlog.files where !shared && file.path != target.item.path && mayMention(old, file, in: backlog) {
            let text = try EditableItem.text(of: file.path, in: backlog)
            let renamed = try EditableItem.edit(file.path) { () throws(ItemTextEditError) in
                try ItemTextEditor.renamingReferences(
                    from: old, to: new, linkFields: linkFields, rewritingID: false, in: text)
            }
            if renamed != text {
                changes.write(renamed, to: file.path)
                referrers += 1
            }
        }
        let renamedText = try EditableItem.edit(target.item.path) { () throws(ItemTextEditError) in
            try ItemTextEditor.renamingReferences(from: old, to: new, linkFields: linkFields, in: target.text)
        }
        changes.write(renamedText, to: newPath)
        if newPath != target.item.path { changes.delete(target.item.path) }
        if shared {
            context.writeError(
                "References to \(old) in other items are left as they are: they may mean either item.\n")
        }
        let files = referrers == 1 ? "1 other file" : "\(referrers) other files"
        return try WriteSession(workspace: workspace, options: writeOptions, context: context)
            .apply(
                changes, to: backlog, summary: "Rename \(old) to \(new) (references updated in \(files))",
                moves: [target.item.path: newPath])
    }

    /// The item the first argument names: by id when it is one and only one
    /// item has it, otherwise by the path of its file.
    private func targetItem(in backlog: Backlog, workspace: Workspace) throws -> Item {
        if let id = ItemID(item), !item.contains("/") {
            let node = try ItemLookup.node(for: item, in: backlog)
            if let nodes = backlog.graph.duplicateIDs[id], nodes.count > 1 {
                let paths = nodes.map { backlog.graph.items[$0].path }
                throw CommandFailure.usage(
                    "\(id) is the id of \(nodes.count) items: \(paths.joined(separator: ", ")). "
                        + "Name the file to rename instead, such as: cairn rename \(paths[paths.count - 1]) \(newID)")
            }
            return backlog.graph.items[node]
        }
        let path = try workspace.repositoryPath(of: item)
        guard let found = backlog.file(at: path)?.item else {
            throw CommandFailure.usage("\(item) is not an item of the backlog (no such file, or it does not parse)")
        }
        return found
    }

    private func requireAvailable(
        _ new: ItemID, at newPath: String, for item: Item, in backlog: Backlog, workspace: Workspace
    ) throws {
        if new == item.id { throw CommandFailure.usage("\(item.id) already has that id") }
        guard new.prefix == item.id.prefix else {
            throw CommandFailure.usage(
                "\(new) has the prefix \(new.prefix), but \(item.id) is a \(item.kind) (\(item.id.prefix)-…)")
        }
        if backlog.graph.item(new) != nil { throw CommandFailure.usage("\(new) is taken; pick a free id") }
        if newPath != item.path, backlog.source.exists(newPath) {
            throw CommandFailure.usage("\(newPath) exists already; move it aside or pick another id")
        }
        let allocator: IDAllocator
        do {
            allocator = try IDAllocator.collecting(
                from: backlog, repository: workspace.repository, cache: workspace.branchIDCache)
        } catch {
            throw CommandFailure.io("cannot read the branches of \(workspace.repositoryRoot.path): \(error)")
        }
        if allocator.isTaken(new) {
            throw CommandFailure.usage(
                "\(new) is taken on another branch or in the index; pick a free id such as "
                    + "\(allocator.next(forPrefix: new.prefix))")
        }
    }

    /// Whether the file's text could refer to `id` at all: a cheap filter
    /// before the exact rewrite.
    private func mayMention(_ id: ItemID, _ file: ParsedFile, in backlog: Backlog) -> Bool {
        guard file.item != nil, let text = backlog.sourceText(of: file.path)?.text else { return false }
        return text.contains(id.prefix + "-")
    }
}
