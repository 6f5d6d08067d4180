import Foundation
import Testing

/// `cairn diff` across merges, with ids taken on two branches, with its
/// default sides, and its exit status.
@Suite("cairn diff: merges, conflicts, defaults and exit status")
struct DiffHistoryTests {
    /// `feature` as in ``DiffCommandTests``, and `main` moved on since:
    /// US-8 added and US-2 retitled.
    static func divergedBranches() throws -> (history: DiffHistory, forkPoint: String) {
        let history = try DiffCommandTests.featureBranch()
        let forkPoint = try history.commitID("main")
        try history.git("checkout", "--quiet", "main")
        try history.commit(
            [
                "backlog/stories/US-8-returns.md":
                    "---\nid: US-8\ntitle: Returns\nstatus: draft\npriority: could\n---\n",
                "backlog/stories/US-2-cart.md": "---\nid: US-2\ntitle: Basket\nstatus: done\npriority: should\n---\n",
            ], "main moves on")
        try history.git("checkout", "--quiet", "feature")
        return (history, forkPoint)
    }

    static func ids(_ report: NSDictionary, _ key: String) -> [String] {
        (report[key] as? [NSDictionary] ?? []).compactMap { $0["id"] as? String }
    }

    @Test("BASE...HEAD compares with the merge base: what main did since is not the branch's change")
    func threeDots() throws {
        let (history, forkPoint) = try Self.divergedBranches()
        let report = try history.diffJSON(["main...feature"])
        try expectJSON(
            report,
            equals: """
                {"schemaVersion": 1,
                 "base": {"name": "the merge base of main and feature", "commit": "\(forkPoint)"},
                 "head": {"name": "feature", "commit": "\(try history.commitID("feature"))"},
                 "mergeBase": "\(forkPoint)",
                 \(DiffCommandTests.featureChanges),
                 "conflicts": [],
                 "summary": {"added": 1, "removed": 1, "broken": 0, "renamed": 2, "changed": 2, "linksAdded": 3,
                             "linksRemoved": 1, "errorsIntroduced": 1, "introduced": 1, "resolved": 1,
                             "conflicts": 0}}
                """)

        let direct = try history.diffJSON(["main..feature"])
        #expect(Self.ids(direct, "removed") == ["US-3", "US-8"])
        let retitled = (direct["changed"] as? [NSDictionary])?.first { $0["id"] as? String == "US-2" }
        #expect(retitled == ["id": "US-2", "field": "title", "from": "Basket", "to": "Cart"] as NSDictionary)
    }

    @Test("after the branch merges main, BASE..HEAD shows only the branch's own changes")
    func afterMerge() throws {
        let (history, _) = try Self.divergedBranches()
        try history.git("merge", "--quiet", "--no-edit", "main")
        let direct = try history.diffJSON(["main..feature"])
        let merged = try history.diffJSON(["main...feature"])
        #expect(direct["mergeBase"] as? String == (try history.commitID("main")))
        for report in [direct, merged] {
            #expect(Self.ids(report, "added") == ["US-7"])
            #expect(Self.ids(report, "removed") == ["US-3"])
            #expect(Self.ids(report, "renamed") == ["US-5", "US-40"])
            #expect(Set(Self.ids(report, "changed")) == ["US-1", "US-6"])
        }
    }

    /// The base backlog on `main`, and a branch `feature` that adds US-42.
    static func featureTakingUS42() throws -> DiffHistory {
        let history = try DiffHistory(DiffCommandTests.base)
        try history.git("checkout", "--quiet", "-b", "feature")
        try history.commit(
            [
                "backlog/stories/US-42-gift-cards.md":
                    "---\nid: US-42\ntitle: Gift cards\nstatus: draft\npriority: could\n---\n"
            ],
            "feature takes US-42")
        return history
    }

    @Test("an id both branches took since they parted is a conflict with a free id to rename to")
    func conflictingIDs() throws {
        let history = try Self.featureTakingUS42()
        try history.git("checkout", "--quiet", "main")
        try history.commit(
            [
                "backlog/stories/US-42-loyalty.md":
                    "---\nid: US-42\ntitle: Loyalty\nstatus: draft\npriority: could\n---\n"
            ],
            "main takes US-42")
        try history.git("checkout", "--quiet", "feature")
        let conflict = """
            [{"id": "US-42", "base": "backlog/stories/US-42-loyalty.md",
              "head": "backlog/stories/US-42-gift-cards.md", "suggestedID": "US-43",
              "suggestion": "cairn rename backlog/stories/US-42-gift-cards.md US-43"}]
            """
        for range in [["main...feature"], ["main", "feature"], ["main"]] {
            let report = try history.diffJSON(range)
            let conflicts = try JSONSerialization.jsonObject(with: Data(conflict.utf8)) as? NSArray
            #expect(report["conflicts"] as? NSArray == conflicts, "\(range)")
        }
        // Compared with the merge base, the branch's US-42 is new; compared
        // with main directly, neither US-42 is added or removed.
        #expect(Self.ids(try history.diffJSON(["main...feature"]), "added") == ["US-42"])
        let direct = try history.diffJSON(["main", "feature"])
        #expect(Self.ids(direct, "added").isEmpty && Self.ids(direct, "removed").isEmpty)

        let text = try history.cairn("diff", "main...feature")
        #expect(text.status == 0)
        #expect(
            text.stdout.contains(
                """
                Id conflicts
                  ! US-42 was added on both sides: backlog/stories/US-42-loyalty.md and backlog/stories/US-42-gift-cards.md
                    fix: cairn rename backlog/stories/US-42-gift-cards.md US-43

                """))
        // The suggested rename works and leaves no conflict behind.
        #expect(try history.cairn("rename", "backlog/stories/US-42-gift-cards.md", "US-43").status == 0)
        #expect((try history.diffJSON(["main"])["conflicts"] as? NSArray)?.count == 0)
    }

    @Test("the same item added on both sides, as a cherry-pick leaves it, is no conflict")
    func cherryPick() throws {
        let history = try Self.featureTakingUS42()
        let picked = try history.commitID("feature")
        try history.git("checkout", "--quiet", "main")
        try history.commit(
            ["backlog/stories/US-2-cart.md": "---\nid: US-2\ntitle: Basket\nstatus: done\npriority: should\n---\n"],
            "main moves on")
        try history.git("cherry-pick", picked)
        try history.git("checkout", "--quiet", "feature")
        let report = try history.diffJSON(["main...feature"])
        #expect((report["conflicts"] as? NSArray)?.count == 0)
        #expect(Self.ids(report, "added") == ["US-42"])
        #expect(Self.ids(try history.diffJSON(["main", "feature"]), "added").isEmpty)
    }

    @Test("--fail-on new-errors fails only on errors the branch introduces, not on those it inherits")
    func failOnNewErrors() throws {
        let history = try DiffHistory(DiffCommandTests.base)  // US-6 has a dangling reference on main
        try history.git("checkout", "--quiet", "-b", "retitle")
        try history.commit(
            ["backlog/stories/US-2-cart.md": "---\nid: US-2\ntitle: Basket\nstatus: done\npriority: should\n---\n"],
            "retitle")
        _ = try history.diffJSON(["main", "--fail-on", "new-errors"], status: 0)
        #expect(try history.cairn("check").status == 1)

        let feature = try DiffCommandTests.featureBranch()
        _ = try feature.diffJSON(["main..feature", "--fail-on", "new-errors"], status: 1)
        _ = try feature.diffJSON(["main..feature"], status: 0)
        _ = try feature.diffJSON(["main..feature", "--fail-on", "never"], status: 0)
    }

    @Test("with no arguments: the upstream, else main, against the working tree")
    func defaults() throws {
        let history = try DiffCommandTests.featureBranch()
        try history.directory.write(
            "backlog/stories/US-2-cart.md", "---\nid: US-2\ntitle: Basket\nstatus: done\npriority: should\n---\n")
        let report = try history.diffJSON([])
        #expect(report["base"] as? NSDictionary == ["name": "main", "commit": try history.commitID("main")])
        #expect(report["head"] as? NSDictionary == ["name": "the working tree", "commit": NSNull()])
        #expect(Set(Self.ids(report, "changed")) == ["US-1", "US-2", "US-6"])

        let clone = try TemporaryDirectory()
        try GitCommand.run(["clone", "--quiet", history.url.path, "copy"], in: clone.url, home: history.home.url)
        let copy = clone.url.appendingPathComponent("copy")
        try GitCommand.run(
            ["checkout", "--quiet", "-b", "topic", "--track", "origin/feature"], in: copy, home: history.home.url)
        let executable = try #require(BuiltProducts.executable("cairn"))
        let result = try Subprocess.run(
            executable, ["diff", "--format", "json"], in: copy,
            environment: GitCommand.environment(home: history.home.url))
        let upstream = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary)
        #expect(
            upstream["base"] as? NSDictionary == ["name": "origin/feature", "commit": try history.commitID("feature")])
        #expect((upstream["summary"] as? [String: Int])?.values.allSatisfy { $0 == 0 } == true)
        #expect(upstream["summary"] as? [String: Int] != nil)
    }

    @Test("usage failures exit 2 and say what to do")
    func usageFailures() throws {
        let history = try DiffHistory(DiffCommandTests.base)
        let unknown = try history.cairn("diff", "mian")
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "Error: unknown revision 'mian'\n")
        #expect(try history.cairn("diff", "a", "b", "c").status == 2)
        #expect(try history.cairn("diff", "main..", "HEAD").status == 2)

        try history.git("branch", "-m", "main", "trunk")
        let noBase = try history.cairn("diff")
        #expect(noBase.status == 2)
        #expect(
            noBase.stderr
                == "Error: no base to compare with: the current branch has no upstream and there is no branch main or origin/main; name one, as in `cairn diff BASE`\n"
        )

        let outside = try TemporaryDirectory()
        try outside.write("backlog/stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\npriority: must\n---\n")
        let executable = try #require(BuiltProducts.executable("cairn"))
        let result = try Subprocess.run(
            executable, ["diff", "main"], in: outside.url,
            environment: GitCommand.environment(
                home: history.home.url, ["GIT_CEILING_DIRECTORIES": outside.url.deletingLastPathComponent().path]))
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not inside a git repository"))
    }
}
