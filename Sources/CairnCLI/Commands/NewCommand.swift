import ArgumentParser
import CairnGit
import CairnKit
import Foundation

/// `cairn new KIND "Title"`: creates an item from its kind's template.
struct NewCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create an item from its kind's template, with an id that no branch has taken.",
        discussion: """
            The id is one past the highest number taken for the kind's prefix in the working tree, \
            the index, HEAD and every local and remote-tracking branch (run git fetch first to see \
            your teammates' latest branches). The file is <root>/<folder>/<ID>-<slug>.md, its slug \
            made from the title.

            The template is <templates>/<kind>.md in the repository (Templates/ unless cairn.yml \
            says templates: DIR), else Cairn's built-in one. Templates are Mustache: {{id}}, \
            {{kind}}, {{title}}, {{status}}, {{parent}} and {{created}} arrive ready for YAML, \
            {{title_text}} is the title as typed, and {{#fields}}{{name}}: {{value}}{{/fields}} \
            writes the --set values.

            A new item that would add errors to the backlog (a --parent that does not exist, an \
            invalid --set value) is refused with the diagnostics unless --force.

            Examples:
              cairn new story "Pay with Apple Pay" --parent EP-3
              cairn new key-result "Checkout in 10 s" --parent OBJ-1 --set baseline=24 --set target=10
              cairn new prd "Checkout redesign" --set owner=alice --edit
            """)

    @Argument(help: "The kind of item, such as story, epic, prd, key-result or bug.")
    var kind: String

    @Argument(help: "The item's title.")
    var title: String

    @Option(help: ArgumentHelp("The parent item's id.", valueName: "id"))
    var parent: String?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "A front-matter value, as for cairn set: priority=must, labels=a,b; repeatable.", valueName: "key=value"))
    var assignments: [String] = []

    @Flag(help: "Open the new item in $VISUAL or $EDITOR (else vi), then check it.")
    var edit = false

    @OptionGroup var backlogOptions: BacklogOptions
    @OptionGroup var writeOptions: WriteOptions

    func validate() throws {
        if title.allSatisfy(\.isWhitespace) { throw ValidationError("The title is empty.") }
        if let parent, ItemID(parent) == nil {
            throw ValidationError("--parent '\(parent)' is not an item id such as EP-3.")
        }
    }

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: backlogOptions, context: context)
        let backlog = try workspace.load()
        let plan = try self.plan(in: backlog, workspace: workspace, context: context)
        let summary = "\(plan.id): new \(kind) \"\(plan.title)\""
        guard edit else {
            return try WriteSession(workspace: workspace, options: writeOptions, context: context)
                .apply(plan.changes, to: backlog, summary: summary)
        }
        return try writeAndEdit(plan, before: backlog, summary: summary, workspace: workspace, context: context)
    }

    private func plan(in backlog: Backlog, workspace: Workspace, context: CommandContext) throws -> NewItemPlan {
        let request = NewItemRequest(
            kind: kind, title: title, parent: parent.flatMap { ItemID($0) },
            assignments: try parsedAssignments(schema: ItemSchema(backlog.configuration)),
            created: try context.currentDate())
        do {
            let allocator = try IDAllocator.collecting(
                from: backlog, repository: workspace.repository, cache: workspace.branchIDCache)
            return try NewItemPlanner(backlog: backlog, allocator: allocator).plan(request)
        } catch let error as NewItemError {
            throw CommandFailure.usage(error.description)
        } catch let error as TemplateError {
            throw CommandFailure.io(error.description)
        } catch let error as GitError {
            throw CommandFailure.io("cannot read the branches of \(workspace.repositoryRoot.path): \(error)")
        }
    }

    private func parsedAssignments(schema: ItemSchema) throws -> [FieldAssignment] {
        try assignments.map { argument in
            do {
                return try FieldAssignment(parsing: argument, schema: schema)
            } catch {
                throw CommandFailure.usage("--set: \(error)")
            }
        }
    }

    /// Writes the item, opens it in the editor and then checks it. With
    /// `--commit`, the edited file is committed when it has no errors; that a
    /// commit can be made is checked before anything is written.
    private func writeAndEdit(
        _ plan: NewItemPlan, before: Backlog, summary: String, workspace: Workspace, context: CommandContext
    ) throws -> Int32 {
        let session = WriteSession(workspace: workspace, options: writeOptions, context: context)
        let repository = writeOptions.commit ? try session.repositoryReadyToCommit() : nil
        var uncommitted = writeOptions
        uncommitted.commit = false
        let written = try WriteSession(workspace: workspace, options: uncommitted, context: context)
            .apply(plan.changes, to: before, summary: summary)
        guard written == 0 else { return written }
        let file = workspace.repositoryRoot.appendingPathComponent(plan.path)
        try Editor(environment: context.environment).edit(file, environment: context.environment)
        let status = try ItemCheck(workspace: workspace, context: context).report(plan.path)
        guard let repository else { return status }
        guard status == 0 else {
            context.writeError("Not committed: \(plan.path) has errors. Fix them, then commit it.\n")
            return status
        }
        try session.commit([plan.path], in: repository, summary: summary)
        return 0
    }

}
