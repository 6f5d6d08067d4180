/// The commented `cairn.yml` that `cairn init` writes: every setting with
/// its default, commented out, under a few lines that say how to use it.
public enum ConfigurationFileText {
    /// The file for `configuration`: ``settings(of:)`` with every line
    /// commented out, after a short header.
    public static func commented(_ configuration: Configuration) -> String {
        let header = """
            # Cairn's configuration for this repository. Every setting is optional and
            # is shown commented out with its default; uncomment a line to change it.
            # `cairn check` reports a mistake here with its line.
            #

            """
        let lines = settings(of: configuration).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        return header + lines.map { $0.isEmpty ? "#\n" : "# \($0)\n" }.joined()
    }

    /// Every setting of `configuration` as YAML that `cairn.yml` accepts and
    /// that loads back as `configuration`'s values.
    public static func settings(of configuration: Configuration) -> String {
        var lines = [
            line("root: \(YAMLScalar.text(configuration.root))", "the backlog folder, relative to the repository root"),
            line("templates: \(YAMLScalar.text(configuration.templates))", "where cairn new finds <kind>.md first"),
            line("ignore: \(list(configuration.ignore.map(\.description)))", "globs of non-item files, under root"),
            line("max_file_size: \(configuration.maxFileSize)", "bytes; larger files are reported, not parsed"),
            "",
            line("kinds:", "change a kind, or add one with a prefix of its own"),
        ]
        for kind in configuration.kinds {
            lines += [
                "  \(YAMLScalar.text(kind.name)):",
                "    prefix: \(YAMLScalar.text(kind.prefix))",
                "    folder: \(YAMLScalar.text(kind.folder))",
                "    parents: \(list(kind.allowedParents))",
                "    required_fields: \(list(kind.requiredFields))",
                "    required_sections: \(list(kind.requiredSections))",
                "    acceptance_criteria: \(kind.needsAcceptanceCriteria)",
            ]
        }
        let statuses = configuration.statuses
        lines += [
            "",
            line("statuses:", "in workflow order; the other lists name statuses from it"),
            "  order: \(list(statuses.order))",
            "  ready: \(list(statuses.order.filter(statuses.ready.contains)))",
            "  done: \(list(statuses.order.filter(statuses.done.contains)))",
            "  dropped: \(list(statuses.order.filter(statuses.dropped.contains)))",
            "",
            line("priorities: \(list(configuration.priorities))", "most important first"),
            "",
            line("fields: {}", "custom fields: team: {type: enum, values: [web, ios]}"),
            "",
            line("rules: {}", "severities by rule id: error, warning, note or off"),
        ]
        return lines.map { $0 + "\n" }.joined()
    }

    /// `setting` with `comment` after it, the comments of a block aligned.
    private static func line(_ setting: String, _ comment: String) -> String {
        let column = 32
        return setting + String(repeating: " ", count: max(1, column - setting.count)) + "# " + comment
    }

    private static func list(_ values: [String]) -> String {
        "[" + values.map(YAMLScalar.text).joined(separator: ", ") + "]"
    }
}
