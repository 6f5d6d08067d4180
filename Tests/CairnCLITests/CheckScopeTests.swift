import Foundation
import Testing

/// The real binary's view of where it runs: path filters, the repository
/// root from a subdirectory, `--root`, failures that exit 2, and Cairn's own
/// backlog.
@Suite("cairn binary: paths, roots and exit statuses")
struct CheckScopeTests {
    @Test("a file path reports only that file's diagnostics")
    func pathFilter() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        let result = try repository.cairn("check", "--format", "json", "backlog/stories/US-1-x.md")
        #expect(result.status == 1)
        let report = try CheckReport(json: result.stdout)
        #expect(
            report.places == [
                "backlog/stories/US-1-x.md:4:9 error missing-acceptance-criteria",
                "backlog/stories/US-1-x.md:7:14 warning priority-inversion",
            ])
        #expect(report.summary == .init(errors: 1, warnings: 1, notes: 0, files: 1, items: 1))

        // A file whose only problem is a warning exits 0; a folder takes all its files.
        let warningOnly = try repository.cairn("check", "backlog/epics/EP-1-checkout.md")
        #expect(warningOnly.status == 0)
        #expect(warningOnly.stdout.hasSuffix("\n1 warning in 1 file (1 item)\n"))
        let epics = try CheckReport(json: try repository.cairn("check", "--format", "json", "backlog/epics").stdout)
        #expect(epics.places == BrokenBacklog.places.filter { $0.hasPrefix("backlog/epics/") })
    }

    @Test("from a subdirectory, the repository root is found and paths stay relative to it")
    func subdirectory() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        try repository.makeDirectory("Sources/App/deep")
        for directory in ["backlog/stories", "Sources/App/deep"] {
            let result = try repository.cairn("check", "--format", "json", in: directory)
            #expect(result.status == 1, "from \(directory)")
            #expect(try CheckReport(json: result.stdout).places == BrokenBacklog.places, "from \(directory)")
        }
        // Path arguments are relative to the current directory.
        let relative = try repository.cairn("check", "--format", "json", "US-1-x.md", in: "backlog/stories")
        #expect(try CheckReport(json: relative.stdout).places.count == 2)
    }

    @Test("an absolute path through a symbolic link to the repository is inside it")
    func pathThroughSymlink() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        let link = repository.url.deletingLastPathComponent()
            .appendingPathComponent("link-\(repository.url.lastPathComponent)")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: repository.url)
        defer { try? FileManager.default.removeItem(at: link) }
        let path = link.appendingPathComponent("backlog/stories/US-1-x.md").path
        let result = try repository.cairn("check", "--format", "json", path)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try CheckReport(json: result.stdout).places.count == 2)
    }

    @Test("--root checks another backlog folder with its own cairn.yml")
    func otherRoot() throws {
        let repository = try TemporaryRepository(BrokenBacklog.files)
        for (path, content) in CompleteBacklog.files where path.hasPrefix("backlog/") {
            try repository.write("products/mobile/" + path.dropFirst("backlog/".count), content)
        }
        // BUG-1's link climbs to the repository's docs/, which is not there
        // from products/mobile/bugs: this cairn.yml, not backlog/cairn.yml, applies.
        try repository.write("products/mobile/cairn.yml", "rules:\n  broken-link: off\n")
        let clean = try repository.cairn("check", "--root", "products/mobile")
        #expect(clean.status == 0)
        #expect(
            clean.stdout == "no problems in \(CompleteBacklog.itemCount) files (\(CompleteBacklog.itemCount) items)\n")

        // Relative to the current directory; diagnostics relative to the repository root.
        try repository.write(
            "products/mobile/stories/US-7-new.md", "---\nid: US-7\ntitle: New\nstatus: draft\nparent: EP-9\n---\n")
        let broken = try repository.cairn("check", "--format", "json", "--root", "mobile", in: "products")
        #expect(broken.status == 1)
        #expect(
            try CheckReport(json: broken.stdout).places == [
                "products/mobile/stories/US-7-new.md:5:9 error dangling-reference"
            ])
    }

    @Test("a missing backlog directory exits 2 with a clear message")
    func missingBacklog() throws {
        let repository = try TemporaryRepository(["README.md": "# App\n"])
        let result = try repository.cairn("check")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: backlog directory \(repository.url.path)/backlog does not exist\n")
        let root = try repository.cairn("check", "--root", "docs/backlog")
        #expect(root.status == 2)
        #expect(root.stderr == "Error: backlog directory docs/backlog does not exist\n")
    }

    @Test("an unknown option exits 2 with ArgumentParser's message and the usage")
    func unknownOption() throws {
        let repository = try TemporaryRepository(CompleteBacklog.files)
        let result = try repository.cairn("check", "--frobnicate")
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: Unknown option '--frobnicate'\nUsage: cairn check "))
    }

    @Test("Cairn's own backlog passes")
    func ownBacklog() throws {
        let packageRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = try CairnBinary.run(["check"], in: packageRoot)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.isEmpty)
    }
}
