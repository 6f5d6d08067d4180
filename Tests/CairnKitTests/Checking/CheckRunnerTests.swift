import Testing

@testable import CairnKit

/// How a stored result's files are told apart for the summary: the paths
/// without an item are matched against the listing in one pass when they
/// come in its order, and looked up when they do not.
@Suite("Check runner")
struct CheckRunnerTests {
    static let listing = BacklogListing(
        configuration: .default, configurationFile: nil, configurationProblems: [], root: "backlog",
        entries: ["a.md", "b.md", "c.md", "d.md"].map { SourceEntry(path: "backlog/" + $0) }, configurationHash: 1)

    @Test(
        "paths without an item, in listing order or not, mark exactly those files",
        arguments: [
            ["backlog/b.md", "backlog/d.md"], ["backlog/d.md", "backlog/b.md"], [], ["backlog/a.md"],
        ])
    func filesWithoutItem(paths: [String]) {
        let files = CheckRunner.files(of: Self.listing, withoutItem: paths)
        #expect(files.map(\.path) == Self.listing.entries.map(\.path))
        #expect(files.filter { !$0.hasItem }.map(\.path).sorted() == paths.sorted())
    }
}
