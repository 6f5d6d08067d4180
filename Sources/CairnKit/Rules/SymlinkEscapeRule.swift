/// `symlink-escape`: a symbolic link under the backlog root that leads out of
/// the repository.
public struct SymlinkEscapeRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "symlink-escape",
        summary: "A symbolic link under the backlog root points outside the repository and is not followed.",
        defaultSeverity: .warning,
        scope: .file,
        rationale: """
            The backlog is what the repository holds: the same files on every clone, in the \
            index and in every commit. A link to a file or folder outside the repository reads \
            something different on each machine, or nothing, so Cairn does not follow it and \
            says so. Copy the content into the repository, or remove the link.
            """,
        triggeringExamples: [
            RuleExample(
                files: [("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n")],
                symlinks: [("↓outside", "../..")])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n")],
                symlinks: [("current", "stories")])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        for file in context.files {
            for case .symlinkOutsideRepository(let target) in file.problems {
                sink.report(
                    "the symbolic link points to \(target), outside the repository, so it is not followed",
                    in: file.path, at: .startOfFile,
                    hint: "copy what it points to into the repository, or remove the link")
            }
        }
    }
}
