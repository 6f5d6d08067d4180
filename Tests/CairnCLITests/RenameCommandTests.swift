import Foundation
import Testing

/// `cairn rename` in-process.
@Suite("cairn rename")
struct RenameCommandTests {
    private static let mentioning = """
        ---
        id: US-6
        title: Mentions US-2 in the title
        status: draft
        relates_to: [ US-2, US-20 ]
        ---
        See [[US-2]], not `[[US-2]]` or US-2 or [[US-20]].

        ```
        [[US-2]]
        ```

        """

    private func read(_ directory: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOf: directory.url.appendingPathComponent(path), encoding: .utf8)
    }

    private func exists(_ directory: TemporaryDirectory, _ path: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(path).path)
    }

    @Test("renames the file and the id, and rewrites references in fields and mentions only")
    func rename() throws {
        let directory = try BacklogFixture.write([
            "backlog/stories/US-6-mentions.md": Self.mentioning,
            "backlog/stories/US-20-other.md": "---\nid: US-20\ntitle: Other\nstatus: draft\n---\n",
        ])
        let before = try read(directory, "backlog/stories/US-2-save-cards.md")
        let result = cairn("rename", "US-2", "US-42", in: directory)
        #expect(
            result
                == RunResult(
                    status: 0,
                    stdout: """
                        Wrote backlog/stories/US-1-apple-pay.md
                        Wrote backlog/stories/US-42-save-cards.md
                        Wrote backlog/stories/US-6-mentions.md
                        Removed backlog/stories/US-2-save-cards.md

                        """, stderr: ""))
        #expect(!exists(directory, "backlog/stories/US-2-save-cards.md"))
        #expect(
            try read(directory, "backlog/stories/US-42-save-cards.md")
                == before.replacingOccurrences(of: "id: US-2", with: "id: US-42"))
        #expect(try read(directory, "backlog/stories/US-1-apple-pay.md").contains("depends_on: [US-42]\n"))
        #expect(
            try read(directory, "backlog/stories/US-6-mentions.md")
                == Self.mentioning.replacingOccurrences(of: "[ US-2, US-20 ]", with: "[ US-42, US-20 ]")
                .replacingOccurrences(of: "See [[US-2]]", with: "See [[US-42]]"))
        #expect(cairn("check", in: directory).status == 0)
    }

    @Test(
        "a taken id, another prefix or a missing item is a usage error that writes nothing",
        arguments: [
            (["rename", "US-2", "US-1"], "US-1 is taken"),
            (["rename", "US-2", "EP-9"], "has the prefix EP"),
            (["rename", "US-9", "US-10"], "no item US-9"),
            (["rename", "US-2", "nope"], "not an item id"),
        ])
    func refused(arguments: [String], message: String) throws {
        let directory = try BacklogFixture.write()
        let result = cairn(arguments, in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
        #expect(exists(directory, "backlog/stories/US-2-save-cards.md"))
    }

    @Test("a file whose name does not start with the id keeps its name")
    func keepsOtherNames() throws {
        let directory = try BacklogFixture.write([
            "backlog/stories/save-cards.md": "---\nid: US-7\ntitle: Named freely\nstatus: draft\n---\n"
        ])
        #expect(cairn("rename", "US-7", "US-8", in: directory).stdout == "Wrote backlog/stories/save-cards.md\n")
    }

    @Test("a file in the way of the new name is never overwritten, even one that does not parse")
    func fileInTheWay() throws {
        let directory = try BacklogFixture.write([
            "backlog/stories/US-42-save-cards.md": "---\ntitle: [broken\n---\nprecious notes\n"
        ])
        let result = cairn("rename", "US-2", "US-42", in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("backlog/stories/US-42-save-cards.md exists already"))
        #expect(
            try read(directory, "backlog/stories/US-42-save-cards.md") == "---\ntitle: [broken\n---\nprecious notes\n")
        #expect(exists(directory, "backlog/stories/US-2-save-cards.md"))
    }

    @Test("a shared id is renamed by path: that file alone changes, references stay as they are")
    func sharedID() throws {
        let theirs = "---\nid: US-2\ntitle: Theirs\nstatus: draft\n---\nAlso [[US-2]].\n"
        let directory = try BacklogFixture.write(["backlog/stories/US-2-theirs.md": theirs])
        let byID = cairn("rename", "US-2", "US-9", in: directory)
        #expect(byID.status == 2)
        #expect(
            byID.stderr.contains(
                "US-2 is the id of 2 items: backlog/stories/US-2-save-cards.md, backlog/stories/US-2-theirs.md"))
        let ours = try read(directory, "backlog/stories/US-2-save-cards.md")
        let referrer = try read(directory, "backlog/stories/US-1-apple-pay.md")
        let byPath = cairn("rename", "backlog/stories/US-2-theirs.md", "US-9", in: directory)
        #expect(byPath.status == 0, "\(byPath.stderr)")
        #expect(byPath.stderr == "References to US-2 in other items are left as they are: they may mean either item.\n")
        #expect(
            try read(directory, "backlog/stories/US-9-theirs.md")
                == theirs.replacingOccurrences(of: "US-2", with: "US-9"))
        #expect(try read(directory, "backlog/stories/US-2-save-cards.md") == ours)
        #expect(try read(directory, "backlog/stories/US-1-apple-pay.md") == referrer)
        #expect(!exists(directory, "backlog/stories/US-2-theirs.md"))
    }

    @Test("a prefix with a digit renames the file too")
    func digitInPrefix() throws {
        let directory = try BacklogFixture.write([
            "backlog/cairn.yml": "kinds:\n  task:\n    prefix: T2\n    folder: tasks\n",
            "backlog/tasks/T2-1-a.md": "---\nid: T2-1\nkind: task\ntitle: A\nstatus: draft\n---\n",
        ])
        let result = cairn("rename", "T2-1", "T2-9", in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(exists(directory, "backlog/tasks/T2-9-a.md"))
    }
}
