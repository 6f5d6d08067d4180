import Foundation
import Testing

@testable import CairnKit

@Suite("ChangeOverlaySource")
struct ChangeOverlaySourceTests {
    private func overlay(_ directory: TemporaryDirectory, _ build: (inout ChangeSet) -> Void) -> ChangeOverlaySource {
        var changes = ChangeSet()
        build(&changes)
        return ChangeOverlaySource(base: WorkingTreeSource(root: directory.url), changes: changes)
    }

    @Test("planned writes replace and add files, deletions hide them, the listing stays sorted")
    func listing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "one")
        try directory.write("backlog/US-2.md", "two")
        try directory.write("backlog/US-3.md", "three")
        let source = overlay(directory) { changes in
            changes.write("ONE", to: "backlog/US-1.md")
            changes.delete("backlog/US-2.md")
            changes.write("new", to: "backlog/stories/US-0.md")
        }
        let entries = try source.markdownFiles(under: "backlog", ignoring: [])
        #expect(entries.map(\.path) == ["backlog/US-1.md", "backlog/US-3.md", "backlog/stories/US-0.md"])
        #expect(entries.map(\.size) == [3, 5, 3])
        #expect(try source.contents(of: "backlog/US-1.md") == Array("ONE".utf8))
        #expect(try source.contents(of: "backlog/US-2.md") == nil)
        #expect(try source.contents(of: "backlog/US-3.md") == Array("three".utf8))
        #expect(!source.exists("backlog/US-2.md"))
        #expect(source.exists("backlog/stories"))
    }

    @Test("a planned file is listed only where the working tree would list it")
    func listedLikeTheWorkingTree() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "one")
        let source = overlay(directory) { changes in
            changes.write("x", to: "backlog/drafts/US-2.md")
            changes.write("x", to: "backlog/.hidden/US-3.md")
            changes.write("x", to: "backlog/notes.txt")
            changes.write("x", to: "elsewhere/US-4.md")
            changes.write("x", to: "backlog/stories/US-5.markdown")
        }
        let entries = try source.markdownFiles(under: "backlog", ignoring: [GlobPattern("drafts")])
        #expect(entries.map(\.path) == ["backlog/US-1.md", "backlog/stories/US-5.markdown"])
    }
}
