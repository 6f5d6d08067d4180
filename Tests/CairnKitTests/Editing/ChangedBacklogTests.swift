import Foundation
import Testing

@testable import CairnKit

@Suite("ChangedBacklog")
struct ChangedBacklogTests {
    private let folder: StoryFolder

    init() throws {
        folder = try StoryFolder()
    }

    private func applying(_ changes: ChangeSet, to before: Backlog) -> Backlog {
        ChangedBacklog(loader: BacklogLoader()).applying(
            changes, to: before, source: ChangeOverlaySource(base: before.source, changes: changes))
    }

    @Test("written, rewritten and deleted files, merged in path order, the rest taken as loaded")
    func writesAndDeletions() throws {
        let before = try folder.backlog([
            "backlog/US-1.md": StoryFolder.item("US-1"), "backlog/US-3.md": StoryFolder.item("US-3"),
            "backlog/US-5.md": StoryFolder.item("US-5"),
        ])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-2", dependsOn: "US-1"), to: "backlog/US-2.md")
        changes.write(StoryFolder.item("US-3", dependsOn: "US-9"), to: "backlog/US-3.md")
        changes.write(StoryFolder.item("US-6"), to: "backlog/US-6.md")
        changes.delete("backlog/US-5.md")
        let after = applying(changes, to: before)
        #expect(
            after.files.map(\.path) == ["backlog/US-1.md", "backlog/US-2.md", "backlog/US-3.md", "backlog/US-6.md"])
        #expect(after.parsedPaths == ["backlog/US-2.md", "backlog/US-3.md", "backlog/US-6.md"])
        #expect(after.graph.danglingReferences.map(\.reference.target.description) == ["US-9"])
        #expect(after.file(at: "backlog/US-5.md") == nil)
        let reference = try #require(after.graph.item(ItemID("US-2")!)?.references.first)
        #expect(reference.target == ItemID("US-1"))
    }

    @Test("the written files a walk would not list are left out: ignored, hidden, not Markdown, outside the root")
    func unlistedWrites() throws {
        let before = try folder.backlog([
            "cairn.yml": "ignore: [\"drafts/**\"]\n", "backlog/US-1.md": StoryFolder.item("US-1"),
        ])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-2"), to: "backlog/drafts/US-2.md")
        changes.write(StoryFolder.item("US-3"), to: "backlog/.hidden/US-3.md")
        changes.write("notes", to: "backlog/notes.txt")
        changes.write(StoryFolder.item("US-4"), to: "docs/US-4.md")
        changes.write(StoryFolder.item("US-5"), to: "backlog/US-5.md")
        let after = applying(changes, to: before)
        #expect(after.files.map(\.path) == ["backlog/US-1.md", "backlog/US-5.md"])
    }

    @Test("a written file over the size limit is reported as too large, as a load reports it")
    func tooLargeWrite() throws {
        let before = try folder.backlog([
            "cairn.yml": "max_file_size: 100\n", "backlog/US-1.md": StoryFolder.item("US-1"),
        ])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-2") + String(repeating: "x", count: 200), to: "backlog/US-2.md")
        let after = applying(changes, to: before)
        let written = try #require(after.file(at: "backlog/US-2.md"))
        #expect(written.item == nil)
        guard case .tooLarge = written.problems.first else {
            Issue.record("expected a too-large problem, got \(written.problems)")
            return
        }
    }

    @Test("a change touches the configuration when it writes or deletes cairn.yml, or a file that could become it")
    func configurationTouch() throws {
        let before = try folder.backlog([
            "backlog/cairn.yml": "statuses: [draft, done]\n", "backlog/US-1.md": StoryFolder.item("US-1"),
        ])
        func touches(_ path: String, deleting: Bool = false) -> Bool {
            var changes = ChangeSet()
            if deleting { changes.delete(path) } else { changes.write("x", to: path) }
            return ChangedBacklog.touchesConfiguration(changes, of: before)
        }
        #expect(touches("backlog/cairn.yml"))
        #expect(touches("backlog/cairn.yml", deleting: true))
        #expect(touches("cairn.yml"))
        #expect(touches("team/cairn.yml"))
        #expect(!touches("backlog/US-1.md"))
        #expect(!touches("backlog/cairn.yml.md"))
    }

    @Test(
        "the files are those a full load of the changed backlog lists, in the same order",
        arguments: [
            ["+backlog/A-1.md", "-backlog/US-5.md"], ["=backlog/US-1.md", "+backlog/US-9.md"],
            ["-backlog/US-1.md", "-backlog/US-3.md", "=backlog/US-5.md"], ["+backlog/US-4.md", "=backlog/US-3.md"],
            ["-backlog/US-1.md", "-backlog/US-3.md", "-backlog/US-5.md", "+backlog/US-2.md"],
        ])
    func sameFilesAsFullLoad(edits: [String]) throws {
        let before = try folder.backlog([
            "backlog/US-1.md": StoryFolder.item("US-1"), "backlog/US-3.md": StoryFolder.item("US-3"),
            "backlog/US-5.md": StoryFolder.item("US-5"),
        ])
        var changes = ChangeSet()
        for edit in edits {
            let path = String(edit.dropFirst())
            if edit.hasPrefix("-") {
                changes.delete(path)
            } else {
                changes.write(StoryFolder.item("US-8"), to: path)
            }
        }
        let overlay = ChangeOverlaySource(base: before.source, changes: changes)
        let full = try BacklogLoader().load(from: overlay)
        let after = applying(changes, to: before)
        #expect(after.files.map(\.path) == full.files.map(\.path))
        #expect(after.graph.items.map(\.path) == full.graph.items.map(\.path))
    }
}
