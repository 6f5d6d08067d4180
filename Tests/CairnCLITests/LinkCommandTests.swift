import Foundation
import Testing

/// `cairn link` and `cairn unlink` in-process.
@Suite("cairn link and unlink")
struct LinkCommandTests {
    private static let path = "backlog/stories/US-4-block.md"
    /// A block list with a comment between its items, indented under its key.
    private static let blockStyle = """
        ---
        id: US-4
        title: Block style
        status: draft
        depends_on:
          - US-1   # first
          # the second waits
          - US-2
        ---
        Body.

        """

    private func read(_ directory: TemporaryDirectory, _ path: String = LinkCommandTests.path) throws -> String {
        try String(contentsOf: directory.url.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("link adds to a block list in its own style, and sets a single link")
    func link() throws {
        let directory = try BacklogFixture.write([Self.path: Self.blockStyle])
        let result = cairn("link", "US-4", "--depends-on", "EP-3", "--parent", "EP-3", in: directory)
        #expect(result == RunResult(status: 0, stdout: "Wrote \(Self.path)\n", stderr: ""))
        #expect(
            try read(directory)
                == Self.blockStyle.replacingOccurrences(
                    of: "  - US-2\n---", with: "  - US-2\n  - EP-3\nparent: EP-3\n---"))
    }

    @Test("link to an item that does not exist is refused; one already linked changes nothing")
    func refusedAndIdempotent() throws {
        let directory = try BacklogFixture.write([Self.path: Self.blockStyle])
        let refused = cairn("link", "US-4", "--depends-on", "US-99", in: directory)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("[dangling-reference]"))
        #expect(try read(directory) == Self.blockStyle)
        let again = cairn("link", "US-4", "--depends-on", "US-2", in: directory)
        #expect(again == RunResult(status: 0, stdout: "Nothing to change: US-4: link depends on US-2\n", stderr: ""))
    }

    @Test("a link that would close a dependency cycle is refused")
    func cycle() throws {
        let directory = try BacklogFixture.write()
        let result = cairn("link", "US-2", "--depends-on", "US-1", in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("[dependency-cycle]"))
    }

    @Test("unlink removes one item of a block list with its line, keeping the comments")
    func unlink() throws {
        let directory = try BacklogFixture.write([Self.path: Self.blockStyle])
        #expect(cairn("unlink", "US-4", "--depends-on", "US-1", in: directory).status == 0)
        #expect(try read(directory) == Self.blockStyle.replacingOccurrences(of: "  - US-1   # first\n", with: ""))
    }

    @Test("unlink of a link that is not there is a usage error that changes nothing")
    func unlinkMissing() throws {
        let directory = try BacklogFixture.write([Self.path: Self.blockStyle])
        let result = cairn("unlink", "US-4", "--parent", "EP-3", in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("US-4 has no parent link to EP-3"))
        #expect(try read(directory) == Self.blockStyle)
    }

    @Test("link needs at least one link, and ids that are ids")
    func usage() throws {
        let directory = try BacklogFixture.write()
        #expect(cairn("link", "US-1", in: directory).stderr.contains("Name at least one link"))
        #expect(cairn("link", "US-1", "--depends-on", "nope", in: directory).status == 2)
    }
}
