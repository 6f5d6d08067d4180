import Foundation
import Testing

@testable import CairnKit

@Suite("AtomicFileWriter and ChangeApplier")
struct AtomicFileWriterTests {
    private func mode(_ url: URL) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int) ?? -1
    }

    private func siblings(_ url: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path).sorted()
    }

    @Test("replaces the content, keeps the mode, leaves no temporary file")
    func replaces() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "old")
        let url = directory.url.appendingPathComponent("backlog/US-1.md")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
        try AtomicFileWriter.write(Array("new\r\n".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("new\r\n".utf8))
        #expect(try mode(url) == 0o640)
        #expect(try siblings(url) == ["US-1.md"])
    }

    @Test("creates missing folders; a new file gets 0666 less the umask")
    func creates() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("backlog/stories/deep/US-2.md")
        try AtomicFileWriter.write(Array("x".utf8), to: url)
        #expect(try Data(contentsOf: url) == Data("x".utf8))
        let mask = umask(0o022)
        umask(mask)
        #expect(try mode(url) == Int(0o666 & ~mask))
    }

    @Test("a symbolic link or a folder at the target is refused and left as it was")
    func refusesNonRegular() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/real.md", "real")
        let link = directory.url.appendingPathComponent("backlog/link.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.md")
        #expect(throws: EditError.self) { try AtomicFileWriter.write(Array("x".utf8), to: link) }
        #expect(try String(contentsOf: link, encoding: .utf8) == "real")
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("backlog/folder.md"), withIntermediateDirectories: true)
        #expect(throws: EditError.self) {
            try AtomicFileWriter.write(Array("x".utf8), to: directory.url.appendingPathComponent("backlog/folder.md"))
        }
        #expect(try siblings(link) == ["folder.md", "link.md", "real.md"])
    }

    @Test("the applier writes before it deletes, and names what was done when it fails")
    func applier() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "one")
        try directory.write("backlog/blocker.md/keep", "a folder named like a file")
        var changes = ChangeSet()
        changes.write("moved", to: "backlog/stories/US-1.md")
        changes.delete("backlog/US-1.md")
        try ChangeApplier(root: directory.url).apply(changes)
        #expect(
            try String(contentsOf: directory.url.appendingPathComponent("backlog/stories/US-1.md"), encoding: .utf8)
                == "moved")
        #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("backlog/US-1.md").path))

        var failing = ChangeSet()
        failing.write("a", to: "backlog/a.md")
        failing.write("b", to: "backlog/blocker.md")
        let error = #expect(throws: ChangeApplicationError.self) {
            try ChangeApplier(root: directory.url).apply(failing)
        }
        #expect(error?.completed == ["backlog/a.md"])
        #expect(error?.description.contains("already written: backlog/a.md") == true)
    }
}
