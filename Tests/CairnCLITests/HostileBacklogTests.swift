import Foundation
import Testing

/// The real binary against files it cannot read or parse: each becomes a
/// diagnostic on that file, never a crash, a hang or a silent skip.
@Suite("cairn binary: hostile input")
struct HostileBacklogTests {
    static let expectedPlaces = [
        "backlog/outside-folder:1:1 warning symlink-escape",
        "backlog/stories/US-1-invalid-utf8.md:3:14 error invalid-encoding",
        "backlog/stories/US-11-duplicate-key.md:5:1 error duplicate-key",
        "backlog/stories/US-12-escape.md:1:1 warning symlink-escape",
        "backlog/stories/US-13-loop.md:1:1 error unreadable-file",
        "backlog/stories/US-14-dangling.md:1:1 error unreadable-file",
        "backlog/stories/US-15-pipe.md:1:1 error unreadable-file",
        "backlog/stories/US-16-no-front-matter.md:1:1 error missing-front-matter",
        "backlog/stories/US-17-link-to-pipe.md:1:1 error unreadable-file",
        "backlog/stories/US-2-binary.md:3:1 error invalid-encoding",
        "backlog/stories/US-3-unclosed.md:1:1 error front-matter-syntax",
        "backlog/stories/US-4-malformed.md:4:14 error front-matter-syntax",
        "backlog/stories/US-5-tabs.md:5:1 error front-matter-syntax",
        "backlog/stories/US-6-alias-bomb.md:2:1 error front-matter-syntax",
        "backlog/stories/US-7-empty.md:1:1 error missing-front-matter",
        "backlog/stories/US-8-huge.md:1:1 error file-too-large",
        "backlog/stories/US-9-nul.md:7:6 error invalid-encoding",
    ]

    @Test("every bad file is one diagnostic at the exact place, nothing is skipped, exit 1")
    func json() throws {
        let repository = try HostileBacklog.repository()
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 1)
        #expect(result.stderr.isEmpty)
        let report = try CheckReport(json: result.stdout)
        #expect(report.schemaVersion == 1)
        #expect(report.places == Self.expectedPlaces)
        #expect(report.summary == .init(errors: 15, warnings: 2, notes: 0, files: 18, items: 2))

        // Every path is accounted for: reported, or (the BOM + CRLF file) a clean item.
        let reported = Set(report.diagnostics.map(\.file))
        #expect(reported.union(["backlog/stories/US-10-bom-crlf.md"]) == HostileBacklog.allPaths)
        #expect(report.summary.files == HostileBacklog.allPaths.count)

        func message(_ rule: String, _ file: String) -> String? {
            report.entries(rule, in: "backlog/stories/" + file).first?.message
        }
        #expect(
            message("invalid-encoding", "US-1-invalid-utf8.md")
                == "the file is not valid UTF-8; the first bad byte is here")
        #expect(
            message("invalid-encoding", "US-2-binary.md")
                == "the file contains a NUL byte, so it is binary, not Markdown text")
        #expect(
            message("invalid-encoding", "US-9-nul.md")
                == "the file contains a NUL byte, so it is binary, not Markdown text")
        #expect(message("front-matter-syntax", "US-3-unclosed.md")?.contains("never closed") == true)
        #expect(message("front-matter-syntax", "US-4-malformed.md") == "mapping values are not allowed in this context")
        #expect(
            message("front-matter-syntax", "US-5-tabs.md")?.hasSuffix("YAML does not allow tabs for indentation")
                == true)
        #expect(
            message("front-matter-syntax", "US-6-alias-bomb.md")
                == "front matter expands to more than 10000 YAML nodes; anchors and aliases that expand without bound are refused"
        )
        #expect(message("missing-front-matter", "US-7-empty.md") == "the file is empty, so it defines no item")
        #expect(
            message("missing-front-matter", "US-16-no-front-matter.md")
                == "the first line is not ---, so the file has no front matter")
        #expect(
            message("file-too-large", "US-8-huge.md")
                == "the file is 2097152 bytes, over the limit of 1048576 bytes set by max_file_size; it was not parsed")
        #expect(
            message("unreadable-file", "US-13-loop.md")
                == "the file cannot be read: the symbolic link is broken or loops")
        #expect(
            message("unreadable-file", "US-14-dangling.md")
                == "the file cannot be read: the symbolic link is broken or loops")
        #expect(
            message("unreadable-file", "US-15-pipe.md")
                == "the file cannot be read: it is a named pipe, not a regular file")
        #expect(
            message("unreadable-file", "US-17-link-to-pipe.md")
                == "the file cannot be read: it is a named pipe, not a regular file")
        let escape = try #require(message("symlink-escape", "US-12-escape.md"))
        #expect(escape.contains("/outside/secret.md, outside the repository, so it is not followed"))

        let duplicate = try #require(
            report.entries("duplicate-key", in: "backlog/stories/US-11-duplicate-key.md").first)
        #expect(
            duplicate.notes.map { "\($0.file):\($0.line):\($0.column)" } == [
                "backlog/stories/US-11-duplicate-key.md:3:1"
            ])
    }

    @Test("the text format shows location, message, rule id, the source line and a caret")
    func text() throws {
        let repository = try HostileBacklog.repository()
        let result = try repository.cairn("check")
        #expect(result.status == 1)
        #expect(
            result.stdout.contains(
                """

                backlog/stories/US-4-malformed.md:4:14: error: mapping values are not allowed in this context [front-matter-syntax]
                status: draft: nope
                             ^

                """))
        #expect(
            result.stdout.contains(
                """

                backlog/stories/US-5-tabs.md:5:1: error: found character that cannot start any token \
                (while scanning for the next token); YAML does not allow tabs for indentation [front-matter-syntax]
                \t- a
                ^

                """))
        #expect(result.stdout.hasSuffix("\n15 errors, 2 warnings in 18 files (2 items)\n"))
    }

    @Test("the clean files among them are read as items, and nothing outside the repository is")
    func survivors() throws {
        let repository = try HostileBacklog.repository()
        let bom = try repository.cairn("show", "US-10")
        #expect(bom.status == 0)
        #expect(
            bom.stdout.hasPrefix(
                "id:    US-10\nkind:  story\ntitle: BOM and CRLF\npath:  backlog/stories/US-10-bom-crlf.md\n"))
        #expect(!bom.stdout.contains("\r"))
        let duplicate = try repository.cairn("show", "US-11")
        #expect(duplicate.status == 0)
        #expect(duplicate.stdout.contains("title: First title\n"))
        let secret = try repository.cairn("show", "US-99")
        #expect(secret.status == 2)
        #expect(secret.stderr.hasPrefix("Error: no item US-99 in the backlog."))
    }

    @Test("an alias bomb is refused at once, without expanding it")
    func aliasBomb() throws {
        let repository = try TemporaryRepository()
        try repository.write("backlog/stories/US-6-alias-bomb.md", HostileBacklog.aliasBomb)
        let clock = ContinuousClock()
        let start = clock.now
        let result = try repository.measuredCairn("check", "--format", "json")
        let elapsed = clock.now - start
        #expect(result.status == 1)
        let report = try CheckReport(json: result.stdout)
        #expect(report.places == ["backlog/stories/US-6-alias-bomb.md:2:1 error front-matter-syntax"])
        // Expanded, the bomb is 387 million nodes: minutes and gigabytes.
        #expect(elapsed < .seconds(10))
        #expect(result.peakResidentBytes > 0 && result.peakResidentBytes < 256 << 20)
    }

    @Test("max_file_size in backlog/cairn.yml makes a small file too large; a bad value is invalid-config")
    func maxFileSize() throws {
        let small = "---\nid: US-1\ntitle: A\nstatus: draft\n---\n"
        let larger = "---\nid: US-2\ntitle: A somewhat longer title\nstatus: draft\n---\nA body of a few words.\n"
        let repository = try TemporaryRepository([
            "backlog/cairn.yml": "max_file_size: 64\n",
            "backlog/stories/US-1-small.md": small,
            "backlog/stories/US-2-larger.md": larger,
        ])
        let limited = try repository.cairn("check", "--format", "json")
        #expect(limited.status == 1)
        let report = try CheckReport(json: limited.stdout)
        #expect(report.places == ["backlog/stories/US-2-larger.md:1:1 error file-too-large"])
        #expect(
            report.diagnostics.first?.message
                == "the file is \(larger.utf8.count) bytes, over the limit of 64 bytes set by max_file_size; it was not parsed"
        )
        #expect(report.summary == .init(errors: 1, warnings: 0, notes: 0, files: 2, items: 1))

        try repository.write("backlog/cairn.yml", "max_file_size: lots\n")
        let invalid = try repository.cairn("check", "--format", "json")
        #expect(invalid.status == 1)
        let fallback = try CheckReport(json: invalid.stdout)
        #expect(fallback.places == ["backlog/cairn.yml:1:16 error invalid-config"])
        #expect(fallback.diagnostics.first?.message == "max_file_size must be a positive number of bytes")
        #expect(fallback.summary.items == 2)
    }
}
