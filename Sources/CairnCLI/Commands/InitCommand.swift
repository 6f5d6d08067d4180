import ArgumentParser
import CairnKit

/// `cairn init`: sets up a backlog in an existing git repository.
struct InitCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set up a backlog in this git repository: cairn.yml, a folder per kind and the templates.",
        discussion: """
            Writes, at the repository root, a commented cairn.yml that lists every setting with its \
            default, backlog/ with a folder for each kind of item (each holding a .gitkeep, since git \
            keeps no empty folder), and Templates/ with the template cairn new fills for each kind. \
            Nothing is overwritten: when any of these files exists, or a cairn.yml does, init lists \
            them and writes nothing.

            Examples:
              cairn init
              cairn init --commit
            """)

    @OptionGroup var writeOptions: WriteOptions

    func execute(in context: CommandContext) throws -> Int32 {
        let workspace = try Workspace(options: try BacklogOptions.parse([]), context: context)
        guard workspace.repository != nil else {
            throw CommandFailure.usage(
                "\(workspace.repositoryRoot.path) is not in a git repository; run git init first, then cairn init")
        }
        let source = WorkingTreeSource(root: workspace.repositoryRoot)
        let plan = InitPlanner().plan(in: source)
        guard plan.existing.isEmpty else {
            throw CommandFailure.usage(
                "cairn init writes nothing, since these files exist already:\n"
                    + plan.existing.map { "  \($0)\n" }.joined() + "Move them aside to start afresh.")
        }
        let before = try backlogBefore(in: source, workspace: workspace)
        let session = WriteSession(workspace: workspace, options: writeOptions, context: context)
        return try session.apply(
            plan.changes, to: before, summary: "Set up the backlog: cairn.yml, a folder per kind and Templates/")
    }

    /// The backlog as it is before `init`: loaded when its folder exists
    /// already, otherwise an empty one to compare the new backlog with.
    private func backlogBefore(in source: WorkingTreeSource, workspace: Workspace) throws -> Backlog {
        let root = Configuration.default.root
        if source.exists(root) { return try workspace.load() }
        return Backlog(
            source: source, root: root, configuration: .default, configurationFile: nil, configurationProblems: [],
            files: [])
    }
}
