import Foundation
import Testing

@testable import CairnKit

@Suite("WorkingTreeSource")
struct WorkingTreeSourceTests {
    private func listing(
        _ directory: TemporaryDirectory, under root: String = "backlog", ignoring ignore: [String] = []
    )
        throws -> [SourceEntry]
    {
        try WorkingTreeSource(root: directory.url).markdownFiles(under: root, ignoring: ignore.map(GlobPattern.init))
    }

    @Test("Markdown files only, sorted by path, with their sizes")
    func markdownOnly() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/stories/US-2.md", "two")
        try directory.write("backlog/stories/US-10.md", "ten!")
        try directory.write("backlog/epics/EP-1.markdown", "e")
        try directory.write("backlog/notes.txt", "no")
        try directory.write("backlog/cairn.yml", "root: backlog\n")
        try directory.write("backlog/IMAGE.MD.png", "no")
        try directory.write("outside/US-3.md", "not under the backlog")
        let entries = try listing(directory)
        #expect(
            entries.map(\.path) == [
                "backlog/epics/EP-1.markdown", "backlog/stories/US-10.md", "backlog/stories/US-2.md",
            ])
        #expect(entries.map(\.size) == [1, 4, 3])
        #expect(entries.allSatisfy { $0.problem == nil })
    }

    @Test("hidden files and folders are skipped")
    func hidden() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/.git/HEAD.md", "x")
        try directory.write("backlog/.drafts/US-1.md", "x")
        try directory.write("backlog/.US-2.md.swp.md", "x")
        try directory.write("backlog/US-3.md", "x")
        #expect(try listing(directory).map(\.path) == ["backlog/US-3.md"])
    }

    @Test("ignore globs match paths relative to the backlog root")
    func ignore() throws {
        let directory = try TemporaryDirectory()
        for path in [
            "backlog/drafts/US-1.md", "backlog/drafts/deep/US-2.md", "backlog/US-3.tmp.md",
            "backlog/stories/US-4.tmp.md",
            "backlog/stories/README.md", "backlog/README.md", "backlog/stories/US-5.md",
        ] {
            try directory.write(path, "x")
        }
        let entries = try listing(
            directory, ignoring: ["drafts/**", "*.tmp.md", "**/README.md", "backlog/stories/US-5.md"])
        #expect(entries.map(\.path) == ["backlog/stories/US-4.tmp.md", "backlog/stories/US-5.md"])
    }

    @Test("with the repository root as backlog root, globs are relative to it")
    func rootAsBacklog() throws {
        let directory = try TemporaryDirectory()
        try directory.write("US-1.md", "x")
        try directory.write("docs/guide.md", "x")
        try directory.write("stories/US-2.md", "x")
        #expect(try listing(directory, under: "", ignoring: ["docs/**"]).map(\.path) == ["US-1.md", "stories/US-2.md"])
    }

    @Test("a symbolic link to a file or folder inside the repository is followed")
    func linkInside() throws {
        let directory = try TemporaryDirectory()
        try directory.write("shared/EP-1.md", "epic")
        try directory.write("shared/nested/US-7.md", "story!")
        try directory.write("docs/PRD-1.txt", "prd text")
        try directory.link("backlog/EP-1.md", to: "../shared/EP-1.md")
        try directory.link("backlog/prds/PRD-1.md", to: "../../docs/PRD-1.txt")
        try directory.link("backlog/linked", to: "../shared/nested")
        try directory.link("backlog/absolute.md", to: directory.url.appendingPathComponent("shared/EP-1.md").path)
        let entries = try listing(directory)
        #expect(
            entries.map(\.path) == [
                "backlog/EP-1.md", "backlog/absolute.md", "backlog/linked/US-7.md", "backlog/prds/PRD-1.md",
            ])
        #expect(entries.map(\.size) == [4, 4, 6, 8])
        #expect(entries.allSatisfy { $0.problem == nil })
        #expect(
            try WorkingTreeSource(root: directory.url).contents(of: "backlog/linked/US-7.md") == Array("story!".utf8))
    }

    @Test("a symbolic link leaving the repository is reported, not followed")
    func linkOutside() throws {
        let directory = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        try elsewhere.write("US-9.md", "outside")
        try elsewhere.write("folder/US-10.md", "outside")
        try elsewhere.write("notes.txt", "outside")
        let outsideFile = elsewhere.url.appendingPathComponent("US-9.md").resolvingSymlinksInPath().path
        let outsideFolder = elsewhere.url.appendingPathComponent("folder").resolvingSymlinksInPath().path
        try directory.link("backlog/US-9.md", to: outsideFile)
        try directory.link("backlog/folder", to: outsideFolder)
        try directory.link("backlog/notes.txt", to: elsewhere.url.appendingPathComponent("notes.txt").path)
        try directory.link("backlog/up.md", to: "../../" + elsewhere.url.lastPathComponent + "/US-9.md")
        let entries = try listing(directory)
        #expect(entries.map(\.path) == ["backlog/US-9.md", "backlog/folder", "backlog/up.md"])
        #expect(
            entries.map(\.problem) == [
                .symlinkOutsideRepository(target: outsideFile), .symlinkOutsideRepository(target: outsideFolder),
                .symlinkOutsideRepository(target: outsideFile),
            ])
    }

    @Test(
        "paths are sorted as whole paths: a folder's entries after a sibling named like the folder plus more, long and non-ASCII names"
    )
    func wholePathOrder() throws {
        let directory = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        try elsewhere.write("US-7.md", "outside")
        for path in [
            "a/US-1.md", "a-b.md", "a.md", "a b/US-2.md", "A/US-3.md", "é/US-4.md", "e/US-5.md", "z.md", "a/b/US-6.md",
            "a/b-c.md", "US-12345-b.md", "US-12345-a.md", "US-12345.md", "US-1234é.md", "US-12345/US-8.md",
            "long-name-one.md", "long-name-on.md",
        ] {
            try directory.write("backlog/" + path, "---\nid: X\n---\n")
        }
        let outsideFolder = elsewhere.url.resolvingSymlinksInPath().path
        try directory.link("backlog/link", to: outsideFolder)
        try directory.write("backlog/link-1.md", "---\nid: X\n---\n")
        let paths = try listing(directory).map(\.path)
        #expect(paths == paths.sorted())
        #expect(paths.count == 19)
        #expect(paths.contains("backlog/link"))
    }

    @Test("dangling links and link loops are reported, not skipped and not fatal")
    func brokenLinks() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "fine")
        try directory.link("backlog/gone.md", to: "missing.md")
        try directory.link("backlog/ping.md", to: "pong.md")
        try directory.link("backlog/pong.md", to: "ping.md")
        try directory.link("backlog/self.md", to: "self.md")
        try directory.link("backlog/vanished.md", to: "/nonexistent-\(UUID().uuidString)/US-2.md")
        let entries = try listing(directory)
        #expect(
            entries.map(\.path) == [
                "backlog/US-1.md", "backlog/gone.md", "backlog/ping.md", "backlog/pong.md", "backlog/self.md",
                "backlog/vanished.md",
            ])
        #expect(entries[0].problem == nil)
        for entry in entries.dropFirst() {
            guard case .unreadable = entry.problem else {
                Issue.record("\(entry.path): \(String(describing: entry.problem))")
                continue
            }
        }
    }

    @Test("a folder linked back to an ancestor is walked once")
    func folderLoop() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/stories/US-1.md", "x")
        try directory.link("backlog/stories/again", to: "..")
        let entries = try listing(directory)
        #expect(entries.map(\.path) == ["backlog/stories/US-1.md"])
    }

    @Test("a backlog directory that is missing, or a file, throws")
    func missingDirectory() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog.md", "x")
        #expect(throws: SourceError.self) { try listing(directory, under: "nowhere") }
        #expect(throws: SourceError.self) { try listing(directory, under: "backlog.md") }
    }

    @Test("contents and existence")
    func contents() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", Data([0xEF, 0xBB, 0xBF, 0x41, 0x00]))
        let source = WorkingTreeSource(root: directory.url)
        #expect(try source.contents(of: "backlog/US-1.md") == [0xEF, 0xBB, 0xBF, 0x41, 0x00])
        #expect(try source.contents(of: "backlog/US-2.md") == nil)
        try directory.link("backlog/gone.md", to: "missing.md")
        #expect(throws: SourceError.self) { try source.contents(of: "backlog/gone.md") }
        #expect(!source.exists("backlog/gone.md"))
        #expect(source.exists("backlog"))
        #expect(source.exists("backlog/US-1.md"))
        #expect(!source.exists("backlog/US-2.md"))
    }

    @Test("the root is stored with symbolic links resolved")
    func resolvedRoot() throws {
        let directory = try TemporaryDirectory()
        try directory.write("real/backlog/US-1.md", "x")
        try directory.link("alias", to: "real")
        let source = WorkingTreeSource(root: directory.url.appendingPathComponent("alias"))
        #expect(source.root.path == directory.url.appendingPathComponent("real").resolvingSymlinksInPath().path)
        #expect(try source.markdownFiles(under: "backlog", ignoring: []).map(\.path) == ["backlog/US-1.md"])
    }
}
