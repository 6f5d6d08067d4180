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
}
