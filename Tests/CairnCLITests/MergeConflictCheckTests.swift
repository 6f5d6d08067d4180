import Foundation
import Testing

/// Conflict markers left by a real `git merge`, checked by the real binary.
@Suite("cairn binary: merge conflicts")
struct MergeConflictCheckTests {
    private static let story = "backlog/stories/US-1-pay.md"
    private static let epic = "backlog/epics/EP-1-checkout.md"

    /// A repository in the middle of a merge of `feature/x` into the current
    /// branch, with both sides' status and the story's body in conflict.
    /// `style` is git's `merge.conflictStyle`.
    private static func conflictedRepository(style: String) throws -> CommittedBacklogMerge {
        let merge = try CommittedBacklogMerge()
        try merge.commitAll(
            [
                story: "---\nid: US-1\ntitle: Pay\nstatus: draft\nparent: EP-1\n---\nIntro.\n\nPay by card.\n",
                epic: "---\nid: EP-1\ntitle: Checkout\nstatus: draft\n---\n",
                "backlog/stories/US-2-ship.md":
                    "---\nid: US-2\ntitle: Ship\nstatus: draft\ndepends_on: [US-1]\n---\nSee [[US-1]].\n",
            ], message: "Backlog")
        try merge.git("checkout", "-q", "-b", "feature/x")
        try merge.commitAll(
            [story: "---\nid: US-1\ntitle: Pay\nstatus: done\nparent: EP-1\n---\nIntro.\n\nPay by invoice.\n"],
            message: "Done by invoice")
        try merge.git("checkout", "-q", "-")
        try merge.commitAll(
            [story: "---\nid: US-1\ntitle: Pay\nstatus: ready\nparent: EP-1\n---\nIntro.\n\nPay by card or cash.\n"],
            message: "Ready for cash")
        let merged = try merge.attempt("-c", "merge.conflictStyle=\(style)", "merge", "-q", "feature/x")
        guard merged.status == 1, merged.stdout.contains("CONFLICT") else {
            throw Subprocess.Failure(message: "git merge did not conflict: \(merged.stdout)\(merged.stderr)")
        }
        return merge
    }

    @Test(
        "front matter and body conflicts: one merge-conflict each, naming both sides; the id stays known",
        arguments: ["merge", "diff3"])
    func json(style: String) throws {
        let merge = try Self.conflictedRepository(style: style)
        let result = try merge.cairn("check", "--format", "json")
        #expect(result.status == 1)
        let report = try CheckReport(json: result.stdout)
        let bodyStart = style == "diff3" ? 15 : 13
        let bodyEnd = bodyStart + (style == "diff3" ? 6 : 4)
        let frontEnd = style == "diff3" ? 10 : 8
        #expect(
            report.places == [
                "\(Self.story):4:1 error merge-conflict",
                "\(Self.story):\(bodyStart):1 error merge-conflict",
            ])
        #expect(
            report.diagnostics.map(\.message) == [
                "unresolved merge conflict in the front matter, lines 4–\(frontEnd): status is `ready` on HEAD and "
                    + "`done` on feature/x; resolve the conflict and remove the markers",
                "unresolved merge conflict in the body, lines \(bodyStart)–\(bodyEnd), between HEAD and feature/x; "
                    + "resolve the conflict and remove the markers",
            ])
        // US-2's depends_on and [[US-1]] still resolve, and US-1 is still EP-1's child: no other diagnostic.
        #expect(report.summary == .init(errors: 2, warnings: 0, notes: 0, files: 3, items: 3))
    }

    @Test("set refuses to edit conflicted front matter; check --staged refuses the unmerged index")
    func writesAndStaged() throws {
        let merge = try Self.conflictedRepository(style: "merge")
        let before = try Data(contentsOf: merge.repository.url.appendingPathComponent(Self.story))
        let set = try merge.cairn("set", "US-1", "status=done")
        #expect(set.status == 2)
        #expect(
            set.stderr
                == "Error: cannot edit \(Self.story): line 4: a merge left conflict markers in the front matter; "
                + "resolve the conflict first\n")
        #expect(try Data(contentsOf: merge.repository.url.appendingPathComponent(Self.story)) == before)
        let staged = try merge.cairn("check", "--staged")
        #expect(staged.status == 2)
        #expect(
            staged.stderr
                == "Error: the index has unmerged paths (\(Self.story)); resolve the conflicts and stage the results first\n"
        )
    }

    @Test("the text format shows the marker line with a caret and the fix")
    func text() throws {
        let merge = try Self.conflictedRepository(style: "merge")
        let result = try merge.cairn("check")
        #expect(result.status == 1)
        #expect(
            result.stdout.hasPrefix(
                """
                \(Self.story):4:1: error: unresolved merge conflict in the front matter, lines 4–8: status is `ready` \
                on HEAD and `done` on feature/x; resolve the conflict and remove the markers [merge-conflict]
                <<<<<<< HEAD
                ^
                  hint: keep one side or combine them, delete the marker lines, then git add the file

                """))
        #expect(result.stdout.hasSuffix("\n2 errors in 3 files (3 items)\n"))
    }
}

/// A repository whose commits the test makes one by one, with git itself.
private final class CommittedBacklogMerge {
    let repository: TemporaryRepository
    private let home: TemporaryDirectory

    init() throws {
        repository = try TemporaryRepository()
        home = try TemporaryDirectory()
    }

    func commitAll(_ files: [String: String], message: String) throws {
        for (path, content) in files { try repository.write(path, content) }
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try GitCommand.run(arguments, in: repository.url, home: home.url).stdout
    }

    func attempt(_ arguments: String...) throws -> Subprocess.Result {
        try GitCommand.attempt(arguments, in: repository.url, home: home.url)
    }

    func cairn(_ arguments: String...) throws -> Subprocess.Result {
        try CairnBinary.run(arguments, in: repository.url, environment: GitCommand.environment(home: home.url))
    }
}
