import Foundation
import Testing

/// `cairn set` in-process: exact bytes written, refusals and usage errors.
@Suite("cairn set")
struct SetCommandTests {
    private static let oddPath = "backlog/stories/US-3-odd.md"
    /// A hand-written file in odd styles: CRLF, comments, quotes, a flow list
    /// with spaces, an unknown key and a block scalar.
    private static let odd =
        "---\r\nid: US-3   # the id\r\n'title': \"Odd: styles\"\r\nstatus: draft  # until review\r\n\r\n"
        + "labels: [ checkout ,payments ]\r\nx-team: {lead: ann}\r\nnotes: |\r\n  keep\r\n   me\r\n...\r\n"
        + "Body with [[US-1]] and\ttabs.\r\n\r\n## Acceptance criteria\r\n- [ ] It works.\r\n"

    private func read(_ directory: TemporaryDirectory, _ path: String) throws -> String {
        try String(contentsOf: directory.url.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("sets a field in place, keeping its comment, every other byte and the CRLF line endings")
    func inPlace() throws {
        let directory = try BacklogFixture.write([Self.oddPath: Self.odd])
        let result = cairn("set", "US-3", "status=ready", "owner=ann", in: directory)
        #expect(result == RunResult(status: 0, stdout: "Wrote \(Self.oddPath)\n", stderr: ""))
        let expected = Self.odd.replacingOccurrences(of: "status: draft", with: "status: ready")
            .replacingOccurrences(of: "me\r\n...", with: "me\r\nowner: ann\r\n...")
        #expect(try read(directory, Self.oddPath) == expected)
    }

    @Test("lists take comma-separated values; --unset removes a key; an unchanged value writes nothing")
    func listsAndUnset() throws {
        let directory = try BacklogFixture.write()
        let path = "backlog/stories/US-1-apple-pay.md"
        let before = try read(directory, path)
        #expect(cairn("set", "US-1", "labels=checkout, wallets", "--unset", "owner", in: directory).status == 0)
        let expected = before.replacingOccurrences(of: "[checkout, payments]", with: "[checkout, wallets]")
            .replacingOccurrences(of: "owner: alice\n", with: "")
        #expect(try read(directory, path) == expected)
        #expect(
            cairn("set", "US-1", "status=draft", in: directory)
                == RunResult(status: 0, stdout: "Nothing to change: US-1: status draft → draft\n", stderr: ""))
    }

    @Test("a value that YAML would read as something else is quoted")
    func quoting() throws {
        let directory = try BacklogFixture.write()
        #expect(cairn("set", "US-1", "title=Pay: fast # now", "owner=yes", in: directory).status == 0)
        let text = try read(directory, "backlog/stories/US-1-apple-pay.md")
        #expect(text.contains("title: \"Pay: fast # now\"\n"))
        #expect(text.contains("owner: \"yes\"\n"))
        #expect(cairn("check", in: directory).status == 0)
    }

    @Test("a change that adds an error is refused with the diagnostic and writes nothing, unless --force")
    func refused() throws {
        let directory = try BacklogFixture.write()
        let path = "backlog/stories/US-2-save-cards.md"
        let before = try read(directory, path)
        let refused = cairn("set", "US-2", "parent=EP-9", in: directory)
        #expect(refused.status == 1)
        #expect(refused.stdout.isEmpty)
        #expect(refused.stderr.contains("backlog/stories/US-2-save-cards.md:8:9: error: "))
        #expect(refused.stderr.contains("[dangling-reference]"))
        #expect(
            refused.stderr.hasSuffix(
                "Refused: the change would add 1 error; nothing was written. Fix the cause, or write anyway with --force.\n"
            ))
        #expect(try read(directory, path) == before)
        let forced = cairn("set", "US-2", "parent=EP-9", "--force", in: directory)
        #expect(forced.status == 0)
        #expect(forced.stderr.hasSuffix("Writing anyway (--force) with 1 new error.\n"))
        #expect(try read(directory, path).contains("parent: EP-9\n"))
    }

    @Test(
        "usage errors exit 2 and name the problem",
        arguments: [
            (["set", "US-1"], "Name at least one key=value"),
            (["set", "US-1", "status"], "'status' is not key=value"),
            (["set", "US-1", "id=US-9"], "cairn rename"),
            (["set", "US-1", "rice=4"], "rice is a mapping"),
            (["set", "US-1", "status.x=4"], "status has no parts"),
            (["set", "US-7", "status=done"], "no item US-7"),
            (["set", "US-1", "status=done", "-m", "x"], "use it with --commit"),
        ])
    func usage(arguments: [String], message: String) throws {
        let directory = try BacklogFixture.write()
        let result = cairn(arguments, in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains(message))
    }

    @Test("a part of a mapping is set with a dot")
    func mappingPart() throws {
        let directory = try BacklogFixture.write()
        #expect(cairn("set", "US-1", "rice.reach=4000", in: directory).status == 0)
        #expect(try read(directory, "backlog/stories/US-1-apple-pay.md").contains("rice: {reach: 4000}\n"))
    }

    @Test("edits are judged on today's date: reopening work in a release long past is refused when that is an error")
    func judgedOnToday() throws {
        let directory = try BacklogFixture.write([
            "backlog/cairn.yml": "rules:\n  release-order: error\n",
            "backlog/releases/REL-1-old.md": "---\nid: REL-1\ntitle: Old\nstatus: done\ndate: 2001-01-01\n---\n",
            "backlog/stories/US-3-shipped.md":
                "---\nid: US-3\ntitle: Shipped\nstatus: done\nrelease: REL-1\n---\n## Acceptance criteria\n- [x] Yes.\n",
        ])
        let result = cairn("set", "US-3", "status=in-progress", in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("[release-order]"))
    }
}
