import ArgumentParser
import CairnKit

/// `cairn link ID --depends-on X ...`: adds typed links to one item.
struct LinkCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Add links from one item to others, changing no other byte.",
        discussion: """
            List links (depends_on, implements, key_results, evidence, relates_to) gain the ids \
            they do not hold yet, in the list's own style; parent and release are set. The change \
            is refused when a target does not exist or the link adds a cycle, unless --force.

            Examples:
              cairn link US-12 --depends-on US-9 --depends-on US-10
              cairn link US-12 --parent EP-3 --key-results KR-2 --commit
            """)

    @Argument(help: "The item to link from, such as US-12.")
    var id: String

    @OptionGroup var targets: LinkTargets
    @OptionGroup var writeOptions: WriteOptions
    @OptionGroup var backlogOptions: BacklogOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: backlogOptions, context: context)
        return try targets.edit(id, verb: "link", in: workspace, options: writeOptions, context: context) {
            field, ids, item, text in
            try EditableItem.edit(item.path) { () throws(ItemTextEditError) in
                field == "parent" || field == "release"
                    ? try ItemTextEditor.setting(field, to: .string(ids[0]), in: text)
                    : try ItemTextEditor.adding(ids, toList: field, in: text)
            }
        }
    }
}

/// `cairn unlink ID --depends-on X ...`: removes typed links from one item.
struct UnlinkCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Remove links from one item, changing no other byte.",
        discussion: """
            Each named link must exist: unlinking US-9 from an item that does not depend on it is \
            an error, so a typo never passes as done. A list left empty reads `[]`.

            Examples:
              cairn unlink US-12 --depends-on US-9
              cairn unlink US-12 --parent EP-3 --commit -m "US-12 stands alone"
            """)

    @Argument(help: "The item to unlink from, such as US-12.")
    var id: String

    @OptionGroup var targets: LinkTargets
    @OptionGroup var writeOptions: WriteOptions
    @OptionGroup var backlogOptions: BacklogOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: backlogOptions, context: context)
        return try targets.edit(id, verb: "unlink", in: workspace, options: writeOptions, context: context) {
            field, ids, item, text in
            try requireLinks(field, ids, in: item)
            return try EditableItem.edit(item.path) { () throws(ItemTextEditError) in
                field == "parent" || field == "release"
                    ? try ItemTextEditor.removingKey(field, in: text)
                    : try ItemTextEditor.removing(ids, fromList: field, in: text)
            }
        }
    }

    private func requireLinks(_ field: String, _ ids: [String], in item: Item) throws {
        let linked = Set(item.references.filter { $0.type.name == field }.map(\.target))
        for text in ids {
            guard let id = ItemID(text), linked.contains(id) else {
                throw CommandFailure.usage("\(item.id) has no \(field) link to \(text)")
            }
        }
    }
}
