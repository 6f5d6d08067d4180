import Foundation
import Testing

@testable import CairnKit

@Suite("ChangeValidator")
struct ChangeValidatorTests {
    private func item(_ id: String, dependsOn: String? = nil) -> String {
        let dependency = dependsOn.map { "depends_on: [\($0)]\n" } ?? ""
        return "---\nid: \(id)\nkind: story\ntitle: Story \(id)\nstatus: draft\n\(dependency)---\n\nText.\n"
    }

    private let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    private func backlog(_ files: [String: String]) throws -> Backlog {
        for (path, content) in files { try directory.write(path, content) }
        return try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
    }

    @Test("a change that adds a dangling reference is reported, with the backlog as it would be")
    func introducesError() throws {
        let before = try backlog(["backlog/US-1.md": item("US-1")])
        var changes = ChangeSet()
        changes.write(item("US-1", dependsOn: "US-9"), to: "backlog/US-1.md")
        let validation = try ChangeValidator().validate(changes, on: before)
        #expect(validation.introducedErrors.map(\.rule) == ["dangling-reference"])
        #expect(validation.introducedErrors.map(\.file) == ["backlog/US-1.md"])
        #expect(validation.after.graph.item(ItemID("US-1")!) != nil)
    }

    @Test("errors the backlog already had are not blamed on the change, even when lines move")
    func existingErrorsTolerated() throws {
        let before = try backlog([
            "backlog/US-1.md": item("US-1", dependsOn: "US-9"), "backlog/US-2.md": item("US-2"),
        ])
        var changes = ChangeSet()
        changes.write(
            "---\nid: US-1\nkind: story\ntitle: Moved down\n\nstatus: draft\ndepends_on: [US-9]\n---\n",
            to: "backlog/US-1.md")
        changes.write(item("US-2", dependsOn: "US-1"), to: "backlog/US-2.md")
        #expect(try ChangeValidator().validate(changes, on: before).introducedErrors.isEmpty)
    }

    @Test("a second error of the same rule in the same file is introduced")
    func surplusOfSameRule() throws {
        let before = try backlog(["backlog/US-1.md": item("US-1", dependsOn: "US-9")])
        var changes = ChangeSet()
        changes.write(item("US-1", dependsOn: "US-9, US-8"), to: "backlog/US-1.md")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.count == 1)
        #expect(introduced.first?.message.contains("US-8") == true)
    }

    @Test("a moved file's existing errors are compared under its new path")
    func moves() throws {
        let before = try backlog(["backlog/US-1.md": item("US-1", dependsOn: "US-9")])
        var changes = ChangeSet()
        changes.write(item("US-1", dependsOn: "US-9"), to: "backlog/stories/US-1.md")
        changes.delete("backlog/US-1.md")
        let moved = try ChangeValidator().validate(
            changes, on: before, moves: ["backlog/US-1.md": "backlog/stories/US-1.md"])
        #expect(moved.introducedErrors.isEmpty)
        let unmoved = try ChangeValidator().validate(changes, on: before)
        #expect(unmoved.introducedErrors.map(\.file) == ["backlog/stories/US-1.md"])
    }

    @Test("removing an item that others depend on introduces their dangling references")
    func deletion() throws {
        let before = try backlog([
            "backlog/US-1.md": item("US-1"), "backlog/US-2.md": item("US-2", dependsOn: "US-1"),
        ])
        var changes = ChangeSet()
        changes.delete("backlog/US-1.md")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.map(\.file) == ["backlog/US-2.md"])
    }

    @Test("a change to cairn.yml judges every file under the new configuration, not as parsed before")
    func configurationChange() throws {
        let before = try backlog([
            "backlog/US-1.md": "---\nid: US-1\nkind: story\ntitle: One\nstatus: draft\npriority: should\n---\n"
        ])
        var changes = ChangeSet()
        changes.write("priorities: [must, could]\n", to: "cairn.yml")
        let introduced = try ChangeValidator().validate(changes, on: before).introducedErrors
        #expect(introduced.map(\.rule) == ["invalid-value"])
        #expect(introduced.map(\.file) == ["backlog/US-1.md"])
    }
}
