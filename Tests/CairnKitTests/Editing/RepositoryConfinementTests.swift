import CairnKit
import Foundation
import Testing

/// No change may write or remove a file outside the repository: not through
/// `..`, not through a symbolic link committed in place of a folder.
@Suite("RepositoryConfinement")
struct RepositoryConfinementTests {
    /// A repository folder and, beside it, a folder outside it.
    private final class Layout {
        let directory: TemporaryDirectory
        let repository: URL

        init() throws {
            directory = try TemporaryDirectory()
            repository = directory.url.appendingPathComponent("repo")
            try FileManager.default.createDirectory(
                at: repository.appendingPathComponent("backlog/stories"), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                at: directory.url.appendingPathComponent("outside"), withIntermediateDirectories: true)
        }

        func link(_ path: String, to target: String) throws {
            try FileManager.default.createSymbolicLink(
                atPath: repository.appendingPathComponent(path).path, withDestinationPath: target)
        }

        func check(writing path: String) throws(EditError) {
            var changes = ChangeSet()
            changes.write("---\nid: US-1\n---\n", to: path)
            try RepositoryConfinement.check(changes, root: repository)
        }

        func check(removing path: String) throws(EditError) {
            var changes = ChangeSet()
            changes.delete(path)
            try RepositoryConfinement.check(changes, root: repository)
        }
    }

    @Test(
        "paths inside the repository pass, existing folders or not",
        arguments: ["backlog/stories/US-1.md", "backlog/new/deeper/US-1.md", "US-1.md", "cairn.yml"])
    func inside(path: String) throws {
        try Layout().check(writing: path)
    }

    @Test("a symbolic link to a folder inside the repository passes")
    func linkInside() throws {
        let layout = try Layout()
        try layout.link("backlog/epics", to: "stories")
        try layout.check(writing: "backlog/epics/EP-1.md")
    }

    @Test(
        "a path with .. or an absolute path is refused",
        arguments: ["../outside/US-1.md", "backlog/../../x.md", "/tmp/x.md"])
    func dotDot(path: String) throws {
        #expect(throws: EditError.cannotWrite(path, reason: "the path leads out of the repository")) {
            try Layout().check(writing: path)
        }
    }

    @Test("a folder that is a symbolic link out of the repository is refused, for writes and removals")
    func linkOutside() throws {
        let layout = try Layout()
        try layout.link("backlog/escape", to: "../../outside")
        let outside = layout.directory.url.appendingPathComponent("outside").resolvingSymlinksInPath().path
        let reason = "its folder backlog/escape leads to \(outside), outside the repository"
        #expect(throws: EditError.cannotWrite("backlog/escape/US-1.md", reason: reason)) {
            try layout.check(writing: "backlog/escape/US-1.md")
        }
        #expect(throws: EditError.cannotWrite("backlog/escape/new/US-1.md", reason: reason)) {
            try layout.check(writing: "backlog/escape/new/US-1.md")
        }
        #expect(throws: EditError.cannotWrite("backlog/escape/US-1.md", reason: reason)) {
            try layout.check(removing: "backlog/escape/US-1.md")
        }
    }

    @Test("a folder that is a broken or looping symbolic link is refused", arguments: ["nowhere", "loop"])
    func brokenLink(target: String) throws {
        let layout = try Layout()
        try layout.link("backlog/loop", to: target)
        #expect(throws: EditError.self) { try layout.check(writing: "backlog/loop/US-1.md") }
    }
}
