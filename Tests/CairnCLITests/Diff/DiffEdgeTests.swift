import Foundation
import Testing

/// `cairn diff` where one side has no backlog, in a shallow clone, and with
/// text that must not mention anyone or overflow a comment.
@Suite("cairn diff: adoption, shallow clones, mentions and size")
struct DiffEdgeTests {
    @Test("the pull request that adopts Cairn: a base without backlog/ is an empty backlog")
    func adoption() throws {
        let history = try DiffHistory(["README.md": "A product.\n"])
        try history.git("checkout", "--quiet", "-b", "adopt")
        try history.commit(DiffCommandTests.base, "adopt Cairn")
        let report = try history.diffJSON(["main...adopt"])
        #expect(DiffHistoryTests.ids(report, "added") == ["US-1", "US-2", "US-3", "US-4", "US-5", "US-6"])
        let introduced = (report["introduced"] as? [NSDictionary])?.map { "\($0["file"] ?? "") \($0["rule"] ?? "")" }
        #expect(
            introduced == [
                "backlog/stories/US-2-cart.md missing-acceptance-criteria",
                "backlog/stories/US-6-orders.md dangling-reference",
            ])
        // Backwards, everything is removed.
        #expect(DiffHistoryTests.ids(try history.diffJSON(["adopt..main"]), "removed").count == 6)

        let neither = try history.cairn("diff", "main..main")
        #expect(neither.status == 2)
        #expect(neither.stderr == "Error: backlog directory backlog exists on neither side of the diff\n")
    }

    @Test("a shallow clone compares two commits with ..; ... says the history is missing")
    func shallowClone() throws {
        let history = try DiffCommandTests.featureBranch()
        let parent = try TemporaryDirectory()
        try GitCommand.run(
            ["clone", "--quiet", "--depth", "1", "--no-single-branch", "file://" + history.url.path, "shallow"],
            in: parent.url, home: history.home.url)
        let clone = parent.url.appendingPathComponent("shallow")
        let executable = try #require(BuiltProducts.executable("cairn"))
        let environment = GitCommand.environment(home: history.home.url)
        let direct = try Subprocess.run(
            executable, ["diff", "origin/main..origin/feature", "--format", "json"], in: clone, environment: environment
        )
        #expect(direct.status == 0, "\(direct.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(direct.stdout.utf8)) as? NSDictionary)
        #expect(report["mergeBase"] is NSNull)
        #expect(DiffHistoryTests.ids(report, "added") == ["US-7"])

        let merged = try Subprocess.run(
            executable, ["diff", "origin/main...origin/feature"], in: clone, environment: environment)
        #expect(merged.status == 2)
        #expect(merged.stderr.contains("cannot find the merge base of origin/main and origin/feature"))
        #expect(merged.stderr.contains("git fetch --unshallow"))
    }

    @Test("the links of added items are listed, and an @ in a title mentions no one")
    func linksOfAddedItemsAndMentions() throws {
        let directory = try DiffFormatTests.repository()
        try directory.write(
            "backlog/stories/US-4-ask.md",
            "---\nid: US-4\ntitle: Ask @octocat\nstatus: draft\npriority: could\nrelates_to: [US-2]\n---\n")
        let text = cairn("diff", in: directory).stdout
        #expect(
            text.contains("  + US-4  story  draft  Ask @octocat  backlog/stories/US-4-ask.md\n    + relates_to US-2\n"))
        let markdown = cairn("diff", "--format", "markdown", in: directory).stdout
        #expect(markdown.contains("- **US-4** Ask @\u{2060}octocat — story, draft (`backlog/stories/US-4-ask.md`)\n"))
        #expect(markdown.contains("  - Link added: `relates_to` → **US-2**\n"))
        #expect(!markdown.contains("@octocat"))
    }
}

/// A repository nested in the backlog folder is not part of the backlog.
@Suite("cairn: nested repositories")
struct NestedRepositoryTests {
    @Test("a folder with its own .git (a submodule's checkout) is skipped, as git snapshots skip it")
    func nestedRepository() throws {
        let history = try DiffHistory(DiffCommandTests.base)
        let nested = history.url.appendingPathComponent("backlog/vendor")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try GitCommand.run(["init", "--quiet"], in: nested, home: history.home.url)
        try Data("---\nid: US-90\ntitle: Theirs\nstatus: draft\npriority: must\n---\n".utf8)
            .write(to: nested.appendingPathComponent("US-90-theirs.md"))
        let report = try history.diffJSON(["HEAD"])
        #expect((report["summary"] as? [String: Int])?.values.allSatisfy { $0 == 0 } == true)
        let list = try history.cairn("list", "--format", "csv")
        #expect(!list.stdout.contains("US-90"))
    }
}
