/// Plans `cairn init`: the files that set up a backlog in an existing
/// repository, and those of them that are already there.
public struct InitPlanner: Sendable {
    public let configuration: Configuration

    /// Plans the layout `configuration` describes (the defaults unless told otherwise).
    public init(configuration: Configuration = .default) {
        self.configuration = configuration
    }

    /// What `cairn init` writes in the repository `source` reads from: a
    /// commented `cairn.yml` at the root, a `.gitkeep` in each kind's folder
    /// that does not exist yet (git keeps no empty folder), and each kind's
    /// built-in template in the templates folder.
    ///
    /// Paths that exist already are listed in ``InitPlan/existing`` — and so
    /// is a configuration file at any place Cairn reads one from — so that
    /// nothing is overwritten.
    public func plan(in source: any BacklogSource) -> InitPlan {
        var files = [PlannedFile(path: "cairn.yml", text: ConfigurationFileText.commented(configuration))]
        for kind in configuration.kinds {
            let folder = RepositoryPath.joined(configuration.root, kind.folder)
            if !source.exists(folder) {
                files.append(PlannedFile(path: RepositoryPath.joined(folder, ".gitkeep"), text: ""))
            }
        }
        for kind in configuration.kinds {
            guard let template = ItemTemplate.builtIn(forKind: kind.name) else { continue }
            files.append(
                PlannedFile(
                    path: RepositoryPath.joined(configuration.templates, "\(kind.name).md"), text: template.text))
        }
        let configurations =
            BacklogLoader.configurationCandidates + [RepositoryPath.joined(configuration.root, "cairn.yml")]
        var existing = files.map(\.path).filter(source.exists)
        for path in configurations where source.exists(path) && !existing.contains(path) { existing.append(path) }
        return InitPlan(files: files, existing: existing.sorted())
    }

}

/// The files `cairn init` would write, and those that stand in its way.
public struct InitPlan: Sendable {
    /// Every file to create, in the order to create them.
    public var files: [PlannedFile]
    /// Paths that exist already; `cairn init` writes nothing while there are any.
    public var existing: [String]

    /// The files as a change set to validate and write.
    public var changes: ChangeSet {
        var changes = ChangeSet()
        for file in files { changes.write(file.text, to: file.path) }
        return changes
    }
}

/// One file a command means to create: its path relative to the repository
/// root and its text.
public struct PlannedFile: Hashable, Sendable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}
