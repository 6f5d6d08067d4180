/// Paths relative to the repository root, as the editing planners build them.
enum RepositoryPath {
    /// `components` joined with `/`, leaving out empty components and `.`
    /// (`("", "stories", "US-1.md")` → `stories/US-1.md`).
    static func joined(_ components: String...) -> String {
        components.flatMap { $0.split(separator: "/") }.filter { $0 != "." }.joined(separator: "/")
    }
}
