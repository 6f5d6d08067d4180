import CairnKit
import Foundation
import Testing

/// Files that cannot be read as items: what examples cannot express (raw
/// bytes, permissions, links to other directories) and exact wording.
@Suite("File-level rules")
struct FileProblemRuleTests {
    @Test("invalid UTF-8 is reported at the first bad byte, in UTF-8 columns")
    func invalidUTF8() throws {
        let backlog = try RuleTestBacklog(bytes: [
            "stories/US-1-latin1.md": Array("---\nid: US-1\ntitle: caf".utf8) + [0xE9] + Array("\n---\n".utf8),
            "stories/US-2-later.md": Array("---\nid: US-2\ntitle: é".utf8) + [0xFF, 0xFE] + Array("\n---\n".utf8),
        ])
        let diagnostics = try backlog.check()
        #expect(
            diagnostics.map(\.place) == ["backlog/stories/US-1-latin1.md:3:11", "backlog/stories/US-2-later.md:3:10"])
        #expect(diagnostics.allSatisfy { $0.rule == "invalid-encoding" && $0.severity == .error })
        #expect(diagnostics.first?.message == "the file is not valid UTF-8; the first bad byte is here")
        #expect(diagnostics.first?.hint == "re-save the file with UTF-8 encoding")
    }

    @Test("a dangling symbolic link named x.md is an unreadable file, not a skipped one")
    func danglingSymlink() throws {
        let backlog = try RuleTestBacklog(["stories/US-1-a.md": item("US-1")], symlinks: ["stories/x.md": "gone.md"])
        let diagnostics = try backlog.check()
        #expect(diagnostics.map(\.place) == ["backlog/stories/x.md:1:1"])
        #expect(diagnostics.first?.rule == "unreadable-file")
        #expect(diagnostics.first?.message == "the file cannot be read: the symbolic link is broken or loops")
    }

    @Test("a file without read permission is unreadable", .enabled(if: getuid() != 0, "root reads every file"))
    func noPermission() throws {
        let backlog = try RuleTestBacklog(["stories/US-1-a.md": item("US-1")])
        let path = backlog.directory.url.appendingPathComponent("backlog/stories/US-1-a.md").path
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path) }
        let diagnostics = try backlog.check()
        #expect(diagnostics.map { "\($0.place) \($0.rule)" } == ["backlog/stories/US-1-a.md:1:1 unreadable-file"])
    }

    @Test("a Markdown link to a file in another directory is not followed")
    func symlinkOutside() throws {
        let elsewhere = try TemporaryDirectory()
        try elsewhere.write("shared.md", item("US-9"))
        let target = elsewhere.url.appendingPathComponent("shared.md").resolvingSymlinksInPath().path
        let backlog = try RuleTestBacklog(
            ["stories/US-1-a.md": item("US-1")], symlinks: ["stories/US-9-shared.md": target])
        let diagnostics = try backlog.check()
        #expect(
            diagnostics.map { "\($0.place) \($0.rule) \($0.severity)" } == [
                "backlog/stories/US-9-shared.md:1:1 symlink-escape warning"
            ])
        #expect(
            diagnostics.first?.message
                == "the symbolic link points to \(target), outside the repository, so it is not followed")
    }

    @Test("file-too-large gives the size, the limit and the setting")
    func tooLarge() throws {
        let text = item("US-1")
        let backlog = try RuleTestBacklog(["stories/US-1-a.md": text], configuration: "max_file_size: 20\n")
        let diagnostics = try backlog.check()
        #expect(diagnostics.map { "\($0.place) \($0.rule)" } == ["backlog/stories/US-1-a.md:1:1 file-too-large"])
        #expect(
            diagnostics.first?.message
                == "the file is \(text.utf8.count) bytes, over the limit of 20 bytes set by max_file_size; it was not parsed"
        )
    }

    @Test("missing-front-matter tells an empty file from one without a fence")
    func missingFrontMatter() throws {
        let backlog = try RuleTestBacklog(["stories/US-1-a.md": "", "stories/US-2-b.md": "id: US-2\n"])
        let diagnostics = try backlog.check()
        #expect(
            diagnostics.map { "\($0.place) \($0.message)" } == [
                "backlog/stories/US-1-a.md:1:1 the file is empty, so it defines no item",
                "backlog/stories/US-2-b.md:1:1 the first line is not ---, so the file has no front matter",
            ])
    }
}
