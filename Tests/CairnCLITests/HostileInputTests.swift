import Foundation
import Testing

/// The hostile inputs of issue 7 that `HostileBacklogTests` and
/// `RepositoryBoundaryTests` do not cover: size, depth, fences at the very
/// end, a folder named like an item, unreadable files and merge conflicts.
/// Each runs the real binary and asserts the exact diagnostics and the exit
/// status; big files are generated in the temporary repository.
@Suite("cairn binary: more hostile input")
struct HostileInputTests {
    private static func story(_ number: Int, _ title: String, body: String = "") -> String {
        "---\nid: US-\(number)\ntitle: \(title)\nstatus: draft\n---\n" + body
    }

    @Test("a 50 MB file is file-too-large at once, without being read into memory")
    func fiftyMegabytes() throws {
        let repository = try TemporaryRepository()
        var bytes = Array(Self.story(1, "Huge").utf8)
        let line = Array(repeating: UInt8(ascii: "x"), count: 79) + [UInt8(ascii: "\n")]
        bytes.reserveCapacity(50_000_000)
        while bytes.count + line.count <= 50_000_000 { bytes += line }
        bytes += Array(repeating: UInt8(ascii: "y"), count: 50_000_000 - bytes.count)
        try repository.write("backlog/stories/US-1-huge.md", bytes: bytes)

        let clock = ContinuousClock()
        let start = clock.now
        let result = try repository.measuredCairn("check", "--format", "json")
        #expect(clock.now - start < .seconds(10))
        #expect(result.peakResidentBytes > 0 && result.peakResidentBytes < 256 << 20)
        #expect(result.status == 1)
        let report = try CheckReport(json: result.stdout)
        #expect(report.places == ["backlog/stories/US-1-huge.md:1:1 error file-too-large"])
        #expect(
            report.diagnostics.first?.message
                == "the file is 50000000 bytes, over the limit of 1048576 bytes set by max_file_size; it was not parsed"
        )
        #expect(report.summary == .init(errors: 1, warnings: 0, notes: 0, files: 1, items: 0))
    }

    @Test("10,000 nested list levels in the body are read without recursion: a clean item")
    func nestedLists() throws {
        let body = String(repeating: "- ", count: 10_000) + "deep\n"
        let repository = try TemporaryRepository([
            "backlog/stories/US-2-lists.md": Self.story(2, "Lists", body: "## Acceptance criteria\n\n" + body)
        ])
        let result = try repository.cairn("check", "--format", "json", environment: ["SWIFT_BACKTRACE": "enable=no"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try CheckReport(json: result.stdout)
        #expect(report.places.isEmpty)
        #expect(report.summary == .init(errors: 0, warnings: 0, notes: 0, files: 1, items: 1))
        let shown = try repository.cairn("show", "US-2")
        #expect(shown.status == 0)
        #expect(shown.stdout.hasPrefix("id:    US-2\nkind:  story\ntitle: Lists\n"))
    }

    @Test("a 1 MB single line, in the body or as the title, is read whole: a clean item")
    func megabyteLine() throws {
        let line = String(repeating: "y", count: 1_000_000)
        let repository = try TemporaryRepository([
            "backlog/stories/US-3-line.md": Self.story(3, "Line", body: line + "\n"),
            "backlog/stories/US-4-title.md": Self.story(4, line),
        ])
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 0)
        let report = try CheckReport(json: result.stdout)
        #expect(report.places.isEmpty)
        #expect(report.summary == .init(errors: 0, warnings: 0, notes: 0, files: 2, items: 2))
        let listed = try repository.cairn("list", "--format", "json")
        #expect(listed.status == 0)
        #expect(listed.stdout.contains("\"title\":\"\(line)\""))
    }

    @Test("a fence as the last bytes: closing, it ends the front matter; alone, it is never closed")
    func fenceAtEndOfFile() throws {
        let repository = try TemporaryRepository([
            "backlog/stories/US-5-no-newline.md": "---\nid: US-5\ntitle: No newline\nstatus: draft\n---",
            "backlog/stories/US-6-newline.md": "---\nid: US-6\ntitle: Newline\nstatus: draft\n---\n",
            "backlog/stories/US-7-only-fence.md": "---",
            "backlog/stories/US-8-only-fence-newline.md": "---\n",
        ])
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 1)
        let report = try CheckReport(json: result.stdout)
        #expect(
            report.places == [
                "backlog/stories/US-7-only-fence.md:1:1 error front-matter-syntax",
                "backlog/stories/US-8-only-fence-newline.md:1:1 error front-matter-syntax",
            ])
        for entry in report.diagnostics {
            #expect(entry.message == "front matter opened by --- on line 1 is never closed; end it with a line of ---")
        }
        #expect(report.summary == .init(errors: 2, warnings: 0, notes: 0, files: 4, items: 2))
        #expect(try repository.cairn("show", "US-5").stdout.contains("title: No newline\n"))
    }

    @Test("a folder named x.md is a folder: walked, never opened as a file, its items read")
    func folderNamedMarkdown() throws {
        let repository = try TemporaryRepository([
            "backlog/stories/US-9-folder.md/US-10-inside.md": Self.story(10, "Inside")
        ])
        try repository.makeDirectory("backlog/stories/US-11-empty.md")
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 0)
        let report = try CheckReport(json: result.stdout)
        #expect(report.places.isEmpty)
        #expect(report.summary == .init(errors: 0, warnings: 0, notes: 0, files: 1, items: 1))
        #expect(
            try repository.cairn("show", "US-10").stdout.contains(
                "path:  backlog/stories/US-9-folder.md/US-10-inside.md\n"))
    }

    @Test("a file and a folder that cannot be read are unreadable-file; as root, cairn runs as nobody to see it")
    func unreadable() throws {
        let repository = try TemporaryRepository([
            "backlog/stories/US-12-readable.md": Self.story(12, "Readable"),
            "backlog/stories/US-13-locked.md": Self.story(13, "Locked"),
            "backlog/epics/EP-1-locked.md": "---\nid: EP-1\ntitle: Locked away\nstatus: draft\n---\n",
        ])
        let run = try UnprivilegedCairn(repository)
        try run.makeUnreadable("backlog/stories/US-13-locked.md")
        try run.makeUnreadable("backlog/epics")
        // So that the temporary folder can be removed when not running as root.
        defer { chmod(repository.url.appendingPathComponent("backlog/epics").path, 0o755) }

        let result = try run.cairn("check", "--format", "json")
        #expect(result.status == 1, "\(result.stderr)")
        let report = try CheckReport(json: result.stdout)
        #expect(
            report.places == [
                "backlog/epics:1:1 error unreadable-file",
                "backlog/stories/US-13-locked.md:1:1 error unreadable-file",
            ])
        #expect(
            report.diagnostics.map(\.message) == [
                "the file cannot be read: cannot list the directory",
                "the file cannot be read: cannot read backlog/stories/US-13-locked.md: Permission denied",
            ])
        #expect(report.summary == .init(errors: 2, warnings: 0, notes: 0, files: 3, items: 1))
    }
}

/// Runs cairn so that file permissions apply to it. Root reads a `chmod 000`
/// file anyway, so as root (as in CI) the repository is handed to `nobody`
/// and cairn runs as `nobody` through util-linux's `setpriv`.
private struct UnprivilegedCairn {
    static let nobody = "65534"
    let repository: TemporaryRepository
    /// Whether cairn runs as `nobody`.
    let dropsPrivileges: Bool

    init(_ repository: TemporaryRepository) throws {
        self.repository = repository
        dropsPrivileges = getuid() == 0
        if dropsPrivileges {
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
                throw Subprocess.Failure(message: "running as root without /usr/bin/setpriv to drop privileges")
            }
            let owner = Self.nobody + ":" + Self.nobody
            let parent = repository.url.deletingLastPathComponent()
            let chown = try Subprocess.run(
                URL(fileURLWithPath: "/bin/chown"), ["-R", owner, parent.path], in: parent)
            guard chown.status == 0 else { throw Subprocess.Failure(message: "chown: \(chown.stderr)") }
        }
    }

    /// Takes every permission away from `path` (relative to the repository root).
    func makeUnreadable(_ path: String) throws {
        guard chmod(repository.url.appendingPathComponent(path).path, 0) == 0 else {
            throw Subprocess.Failure(message: "chmod \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Runs cairn in the repository, as `nobody` when this process is root;
    /// `HOME` is the folder next to the repository, which that user owns.
    func cairn(_ arguments: String...) throws -> Subprocess.Result {
        guard let executable = BuiltProducts.executable("cairn") else {
            throw Subprocess.Failure(message: "cairn is not built next to the tests; run swift build first")
        }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["HOME"] = repository.outside.path
        environment["XDG_CONFIG_HOME"] = repository.outside.path
        environment["NO_COLOR"] = "1"
        guard dropsPrivileges else {
            return try Subprocess.run(executable, arguments, in: repository.url, environment: environment)
        }
        let drop = ["--reuid=\(Self.nobody)", "--regid=\(Self.nobody)", "--clear-groups", executable.path]
        return try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/setpriv"), drop + arguments, in: repository.url, environment: environment)
    }
}
