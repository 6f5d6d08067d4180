import CairnCLI
import CairnKit
import Foundation
import Testing

/// Stored check results (`.git/cairn/check-results`) as the `cairn` binary
/// uses them: a repeated check reports exactly what a full check would,
/// and anything its diagnostics depend on makes it check again.
@Suite("Stored check results (binary)")
struct CheckResultCommandTests {
    /// A committed backlog with an error (a dangling dependency), a file
    /// without front matter, a binary file, and a story linking to a
    /// design document outside the backlog that does not exist yet.
    private static func repository() throws -> TemporaryDirectory {
        let repository = try TemporaryDirectory()
        try repository.write(
            "backlog/stories/US-1-pay.md",
            "---\nid: US-1\ntitle: Pay\nstatus: ready\ndepends_on: [US-9]\n---\nSee [the design](../../docs/pay.md).\n")
        try repository.write("backlog/stories/US-2-refund.md", "---\nid: US-2\ntitle: Refund\nstatus: draft\n---\n")
        try repository.write("backlog/stories/notes.md", "Just notes, no front matter.\n")
        try FileManager.default.createDirectory(
            at: repository.url.appendingPathComponent("backlog/assets"), withIntermediateDirectories: true)
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]).write(
            to: repository.url.appendingPathComponent("backlog/assets/logo.md"))
        try repository.initCommittingEverything()
        return repository
    }

    private static func resultsURL(_ repository: TemporaryDirectory) -> URL {
        repository.url.appendingPathComponent(".git/cairn/check-results")
    }

    /// The inode of the results file, or of another file in `.git/cairn/`:
    /// every write renames a new file over it, so an unchanged inode means
    /// the file was not written.
    private static func resultsFileIdentity(_ repository: TemporaryDirectory, name: String = "check-results")
        throws -> Int?
    {
        let url = resultsURL(repository).deletingLastPathComponent().appendingPathComponent(name)
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.systemFileNumber] as? NSNumber)?.intValue
    }

    /// What a full check prints, in `format`, with `arguments` added.
    private static func fullCheck(_ repository: TemporaryDirectory, _ arguments: [String] = [], format: String)
        throws -> String
    {
        try CairnBinary.run(["check", "--no-cache", "--format", format] + arguments, in: repository.url).stdout
    }

    @Test("a repeated check reports the stored result in every format, exactly as a full check, and leaves it as it is")
    func repeatedCheck() throws {
        let repository = try Self.repository()
        let first = try CairnBinary.run(["check"], in: repository.url)
        #expect(first.status == 1)
        let stored = try Self.resultsFileIdentity(repository)
        #expect(stored != nil)
        for format in ["text", "json", "sarif", "github"] {
            let repeated = try CairnBinary.run(["check", "--format", format], in: repository.url)
            #expect(repeated.status == 1)
            #expect(repeated.stdout == (try Self.fullCheck(repository, format: format)))
        }
        #expect(try Self.resultsFileIdentity(repository) == stored)
        let text = try Self.fullCheck(repository, format: "text")
        #expect(text.contains("dangling-reference") && text.contains("broken-link"))
        #expect(text.contains("4 files (2 items)"))
    }

    @Test(
        "edits of a story's text, title, status or links are checked from the baseline; one where a reference dangles loads the backlog; all as a full check"
    )
    func editsFromTheBaseline() throws {
        let repository = try Self.repository()
        // Enough files that two changed are fewer than one in 16.
        for number in 11..<41 {
            try repository.write(
                "backlog/stories/US-\(number)-more.md", "---\nid: US-\(number)\ntitle: More\nstatus: draft\n---\n")
        }
        try repository.write(
            "backlog/stories/US-10-after.md", "---\nid: US-10\ntitle: After\nstatus: done\ndepends_on: [US-1]\n---\n")
        let first = try CairnBinary.run(["check"], in: repository.url)
        #expect(first.stdout.contains("US-10 is done but depends on US-1"))
        let baseline = try Self.resultsFileIdentity(repository, name: "check-baseline")
        #expect(baseline != nil)
        let story = "backlog/stories/US-1-pay.md"
        let text = try String(contentsOf: repository.url.appendingPathComponent(story), encoding: .utf8)
        try repository.write(story, text + "\n- [ ] pays\nSee [gone](gone.md).\n")
        for format in ["text", "json"] {
            let checked = try CairnBinary.run(["check", "--format", format], in: repository.url)
            #expect(checked.stdout == (try Self.fullCheck(repository, format: format)))
        }
        #expect(try Self.fullCheck(repository, format: "text").contains("gone.md"))
        #expect(try Self.resultsFileIdentity(repository, name: "check-baseline") == baseline)
        try repository.write(story, text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Renamed "))
        let renamed = try CairnBinary.run(["check", "--format", "json"], in: repository.url)
        #expect(renamed.stdout == (try Self.fullCheck(repository, format: "json")))
        #expect(try Self.resultsFileIdentity(repository, name: "check-baseline") == baseline)
        try repository.write(story, text.replacingOccurrences(of: "status: ready", with: "status: done"))
        let done = try CairnBinary.run(["check", "--format", "json"], in: repository.url)
        #expect(done.stdout == (try Self.fullCheck(repository, format: "json")))
        #expect(!done.stdout.contains("US-10 is done but depends on US-1"))
        #expect(try Self.resultsFileIdentity(repository, name: "check-baseline") == baseline)
        try repository.write(
            "backlog/stories/US-10-after.md", "---\nid: US-10\ntitle: After\nstatus: done\ndepends_on: [US-2]\n---\n")
        let relinked = try CairnBinary.run(["check", "--format", "json"], in: repository.url)
        #expect(relinked.stdout == (try Self.fullCheck(repository, format: "json")))
        #expect(relinked.stdout.contains("US-10 is done but depends on US-2"))
        #expect(try Self.resultsFileIdentity(repository, name: "check-baseline") == baseline)
        try repository.write(
            story, text.replacingOccurrences(of: "status: ready", with: "status: ready\npriority: must"))
        let checked = try CairnBinary.run(["check", "--format", "json"], in: repository.url)
        #expect(checked.stdout == (try Self.fullCheck(repository, format: "json")))
        #expect(try Self.resultsFileIdentity(repository, name: "check-baseline") != baseline)
    }

    @Test("a scoped check from a stored result reports and counts only its scope")
    func scopedCheck() throws {
        let repository = try Self.repository()
        _ = try CairnBinary.run(["check"], in: repository.url)
        let stored = try Self.resultsFileIdentity(repository)
        for scope in ["backlog/stories/US-1-pay.md", "backlog/assets", "backlog/stories/US-2-refund.md"] {
            let scoped = try CairnBinary.run(["check", scope, "--format", "json"], in: repository.url)
            #expect(scoped.stdout == (try Self.fullCheck(repository, [scope], format: "json")))
        }
        #expect(try Self.resultsFileIdentity(repository) == stored)
    }

    @Test("editing, adding or removing a file, or cairn.yml, checks again; going back finds the older result")
    func changedFiles() throws {
        let repository = try Self.repository()
        let original = try CairnBinary.run(["check"], in: repository.url).stdout
        let changes: [(path: String, content: String?)] = [
            (
                "backlog/stories/US-2-refund.md",
                "---\nid: US-2\ntitle: Refund\nstatus: draft\ndepends_on: [US-2]\n---\n"
            ),
            ("backlog/stories/US-3-split.md", "---\nid: US-3\ntitle: Split\nstatus: ready\n---\n"),
            ("backlog/stories/US-2-refund.md", nil),
            ("cairn.yml", "rules:\n  dangling-reference: off\n"),
        ]
        for change in changes {
            let file = repository.url.appendingPathComponent(change.path)
            let before = try? Data(contentsOf: file)
            if let content = change.content {
                try repository.write(change.path, content)
            } else {
                try FileManager.default.removeItem(at: file)
            }
            let changed = try CairnBinary.run(["check"], in: repository.url).stdout
            #expect(changed == (try Self.fullCheck(repository, format: "text")))
            #expect(changed != original)
            if let before { try before.write(to: file) } else { try FileManager.default.removeItem(at: file) }
            #expect(try CairnBinary.run(["check"], in: repository.url).stdout == original)
        }
    }

    @Test("a file that a link names appearing or disappearing outside the backlog checks again")
    func linkedFileOutsideTheBacklog() throws {
        let repository = try Self.repository()
        let broken = try CairnBinary.run(["check"], in: repository.url).stdout
        #expect(broken.contains("broken-link"))
        try repository.write("docs/pay.md", "# Paying\n")
        let fixed = try CairnBinary.run(["check"], in: repository.url).stdout
        #expect(!fixed.contains("broken-link"))
        #expect(fixed == (try Self.fullCheck(repository, format: "text")))
        try FileManager.default.removeItem(at: repository.url.appendingPathComponent("docs/pay.md"))
        #expect(try CairnBinary.run(["check"], in: repository.url).stdout == broken)
    }

    @Test("the staged backlog and the working tree keep results of their own")
    func stagedAndWorkingTree() throws {
        let repository = try Self.repository()
        try repository.write(
            "backlog/stories/US-2-refund.md", "---\nid: US-2\ntitle: Refund\nstatus: draft\nowner: ana\n---\n")
        try repository.git("add", "backlog/stories/US-2-refund.md")
        try repository.write("backlog/stories/US-2-refund.md", "---\nid: US-2\ntitle: Refund\nstatus: nonsense\n---\n")
        for _ in 0..<2 {
            for arguments in [["--staged"], []] {
                let checked = try CairnBinary.run(["check", "--format", "json"] + arguments, in: repository.url)
                #expect(checked.stdout == (try Self.fullCheck(repository, arguments, format: "json")))
            }
        }
    }

    @Test("a damaged or foreign results file is ignored and rewritten", arguments: ["truncated", "flipped", "garbage"])
    func damagedFile(damage: String) throws {
        let repository = try Self.repository()
        _ = try CairnBinary.run(["check"], in: repository.url)
        let url = Self.resultsURL(repository)
        var bytes = [UInt8](try Data(contentsOf: url))
        switch damage {
        case "truncated": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count - 2] ^= 0x40
        default: bytes = Array("not a cache at all".utf8)
        }
        try Data(bytes).write(to: url)
        let checked = try CairnBinary.run(["check", "--format", "json"], in: repository.url)
        #expect(checked.stdout == (try Self.fullCheck(repository, format: "json")))
        #expect(try Data(contentsOf: url) != Data(bytes))
        let rewritten = try Self.resultsFileIdentity(repository)
        _ = try CairnBinary.run(["check"], in: repository.url)
        #expect(try Self.resultsFileIdentity(repository) == rewritten)
    }

    @Test("the day is part of a result: a release whose date passes is reported the next day")
    func today() throws {
        let repository = try Self.repository()
        try repository.write(
            "backlog/releases/REL-1-spring.md",
            "---\nid: REL-1\ntitle: Spring\nstatus: planned\ndate: 2026-03-20\n---\n")
        try repository.write(
            "backlog/stories/US-2-refund.md", "---\nid: US-2\ntitle: Refund\nstatus: draft\nrelease: REL-1\n---\n")
        func check(on day: String) throws -> String {
            let date = try #require(CalendarDate(day))
            return CairnCommand.run(["check", "backlog/stories/US-2-refund.md"], in: repository.url, today: date).stdout
        }
        let before = try check(on: "2026-03-19")
        let after = try check(on: "2026-03-21")
        #expect(!before.contains("release-order"))
        #expect(after.contains("release-order"))
        #expect(try check(on: "2026-03-19") == before)
    }

    @Test("once files have settled they are known by Cairn's record of them, and a rewrite right after is still seen")
    func settledFiles() throws {
        let repository = try Self.repository()
        let statCache = repository.url.appendingPathComponent(".git/cairn/stat-cache")
        Thread.sleep(forTimeInterval: 2.2)
        // As any `git status` does, so that the index vouches for every file.
        try repository.git("status", "--short")
        let first = try CairnBinary.run(["check"], in: repository.url).stdout
        #expect(FileManager.default.fileExists(atPath: statCache.path))
        #expect(try CairnBinary.run(["check"], in: repository.url).stdout == first)

        // The same size, within the same second: only the change time tells.
        try repository.write(
            "backlog/stories/US-2-refund.md", "---\nid: US-2\ntitle: Refund\nstatus: dreft\n---\n")
        let edited = try CairnBinary.run(["check"], in: repository.url).stdout
        #expect(edited != first)
        #expect(edited == (try Self.fullCheck(repository, format: "text")))
        #expect(edited.contains("dreft"))
    }

    @Test("--no-cache neither reads nor writes stored results")
    func noCache() throws {
        let repository = try Self.repository()
        _ = try CairnBinary.run(["check", "--no-cache"], in: repository.url)
        #expect(!FileManager.default.fileExists(atPath: Self.resultsURL(repository).path))
        #expect(
            !FileManager.default.fileExists(atPath: repository.url.appendingPathComponent(".git/cairn/stat-cache").path)
        )
    }
}
