import Foundation
import Testing

@testable import CairnKit

@Suite("ChangeValidator")
struct ChangeValidatorTests {
    private let folder: StoryFolder

    init() throws {
        folder = try StoryFolder()
    }

    @Test("a change that adds a dangling reference is reported, with the backlog as it would be")
    func introducesError() throws {
        let before = try folder.backlog(["backlog/US-1.md": StoryFolder.item("US-1")])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-1", dependsOn: "US-9"), to: "backlog/US-1.md")
        let validation = try ChangeValidator().validate(changes, on: before)
        #expect(validation.introducedErrors.map(\.rule) == ["dangling-reference"])
        #expect(validation.introducedErrors.map(\.file) == ["backlog/US-1.md"])
        #expect(validation.after.graph.item(ItemID("US-1")!) != nil)
    }

    @Test("errors the backlog already had are not blamed on the change, even when lines move")
    func existingErrorsTolerated() throws {
        let before = try folder.backlog([
            "backlog/US-1.md": StoryFolder.item("US-1", dependsOn: "US-9"), "backlog/US-2.md": StoryFolder.item("US-2"),
        ])
        var changes = ChangeSet()
        changes.write(
            "---\nid: US-1\nkind: story\ntitle: Moved down\n\nstatus: draft\ndepends_on: [US-9]\n---\n",
            to: "backlog/US-1.md")
        changes.write(StoryFolder.item("US-2", dependsOn: "US-1"), to: "backlog/US-2.md")
        #expect(try ChangeValidator().validate(changes, on: before).introducedErrors.isEmpty)
    }

    @Test("a second error of the same rule in the same file is introduced")
    func surplusOfSameRule() throws {
        let before = try folder.backlog(["backlog/US-1.md": StoryFolder.item("US-1", dependsOn: "US-9")])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-1", dependsOn: "US-9, US-8"), to: "backlog/US-1.md")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.count == 1)
        #expect(introduced.first?.message.contains("US-8") == true)
    }

    @Test("a moved file's existing errors are compared under its new path")
    func moves() throws {
        let before = try folder.backlog(["backlog/US-1.md": StoryFolder.item("US-1", dependsOn: "US-9")])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-1", dependsOn: "US-9"), to: "backlog/stories/US-1.md")
        changes.delete("backlog/US-1.md")
        let moved = try ChangeValidator().validate(
            changes, on: before, moves: ["backlog/US-1.md": "backlog/stories/US-1.md"])
        #expect(moved.introducedErrors.isEmpty)
        let unmoved = try ChangeValidator().validate(changes, on: before)
        #expect(unmoved.introducedErrors.map(\.file) == ["backlog/stories/US-1.md"])
    }

    @Test("removing an item that others depend on introduces their dangling references")
    func deletion() throws {
        let before = try folder.backlog([
            "backlog/US-1.md": StoryFolder.item("US-1"), "backlog/US-2.md": StoryFolder.item("US-2", dependsOn: "US-1"),
        ])
        var changes = ChangeSet()
        changes.delete("backlog/US-1.md")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.map(\.file) == ["backlog/US-2.md"])
    }

    @Test("a change to cairn.yml judges every file under the new configuration, not as parsed before")
    func configurationChange() throws {
        let before = try folder.backlog([
            "backlog/US-1.md": "---\nid: US-1\nkind: story\ntitle: One\nstatus: draft\npriority: should\n---\n"
        ])
        var changes = ChangeSet()
        changes.write("priorities: [must, could]\n", to: "cairn.yml")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.map(\.rule) == ["invalid-value"])
        #expect(introduced.map(\.file) == ["backlog/US-1.md"])
    }

    @Test("an error of another rule is introduced beside the errors a file already had")
    func newRuleBesideExistingErrors() throws {
        let before = try folder.backlog([
            "backlog/US-1.md": StoryFolder.item("US-1", dependsOn: "US-9"), "backlog/US-2.md": StoryFolder.item("US-2"),
        ])
        var changes = ChangeSet()
        changes.write("---\nid: US-1\nkind: story\nstatus: draft\ndepends_on: [US-9]\n---\n", to: "backlog/US-1.md")
        changes.write(StoryFolder.item("US-2", dependsOn: "US-7"), to: "backlog/US-2.md")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.map(\.rule) == ["missing-field", "dangling-reference"])
        #expect(introduced.map(\.file) == ["backlog/US-1.md", "backlog/US-2.md"])
    }

    @Test("a change that fixes every error introduces none")
    func fixesEveryError() throws {
        let before = try folder.backlog(["backlog/US-1.md": StoryFolder.item("US-1", dependsOn: "US-9")])
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-1"), to: "backlog/US-1.md")
        let validation = try ChangeValidator().validate(changes, on: before)
        #expect(validation.introducedErrors.isEmpty)
        #expect(BacklogChecker().check(before).map(\.rule) == ["dangling-reference"])
    }

    @Test("the backlog after the change lists the files loaded before, with their blob ids, and the change")
    func afterListsLoadedFiles() throws {
        for (path, content) in [
            "backlog/US-1.md": StoryFolder.item("US-1"), "backlog/US-2.md": StoryFolder.item("US-2"),
        ] {
            try folder.directory.write(path, content)
        }
        let cache = ParseCacheStore(
            gitDirectory: folder.directory.url.appendingPathComponent("git"), cairnVersion: "test")
        let before = try BacklogLoader().load(from: WorkingTreeSource(root: folder.directory.url), cache: cache)
        try folder.directory.write("backlog/US-3.md", StoryFolder.item("US-3"))
        var changes = ChangeSet()
        changes.write(StoryFolder.item("US-4", dependsOn: "US-1"), to: "backlog/US-4.md")
        let after = try ChangeValidator().validate(changes, on: before).after
        #expect(after.files.map(\.path) == ["backlog/US-1.md", "backlog/US-2.md", "backlog/US-4.md"])
        #expect(after.blobIDs["backlog/US-1.md"] == before.blobIDs["backlog/US-1.md"])
        #expect(after.blobIDs["backlog/US-1.md"] != nil)
    }

    @Test("a change to cairn.yml's ignore patterns lists the files again under the new patterns")
    func ignoreChangeRelists() throws {
        let before = try folder.backlog([
            "backlog/US-1.md": StoryFolder.item("US-1"),
            "backlog/old/US-2.md": StoryFolder.item("US-2", dependsOn: "US-1"),
        ])
        var changes = ChangeSet()
        changes.write("ignore: [\"old/**\"]\n", to: "cairn.yml")
        let after = try ChangeValidator().validate(changes, on: before).after
        #expect(after.files.map(\.path) == ["backlog/US-1.md"])
    }
}
