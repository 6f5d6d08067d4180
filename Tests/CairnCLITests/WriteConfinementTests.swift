import Foundation
import Testing

/// Writing commands never write outside the repository, whatever `cairn.yml`
/// or a committed symbolic link says.
@Suite("Writes stay inside the repository")
struct WriteConfinementTests {
    @Test("cairn new refuses a kind folder that is a symbolic link out of the repository; nothing is written")
    func symlinkedFolder() throws {
        let directory = try BacklogFixture.write()
        try directory.initializeGitRepository()
        let outside = try TemporaryDirectory()
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent("backlog/bugs").deletingLastPathComponent(),
            withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: directory.url.appendingPathComponent("backlog/bugs").path, withDestinationPath: outside.url.path)
        let result = cairn("new", "bug", "Escape", "--force", in: directory)
        #expect(result.status == 2)
        #expect(
            result.stderr.contains(
                "cannot write backlog/bugs/BUG-1-escape.md: its folder backlog/bugs leads to \(outside.url.path), "
                    + "outside the repository; nothing was written"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.url.path).isEmpty)
    }

    @Test("a kind folder with .. in cairn.yml is an invalid-config error, and cairn new writes inside")
    func dotDotFolder() throws {
        let directory = try BacklogFixture.write(["cairn.yml": "kinds:\n  bug:\n    folder: ../../outside\n"])
        try directory.initializeGitRepository()
        let check = cairn("check", in: directory)
        #expect(check.status == 1)
        #expect(
            check.stdout.contains(
                "cairn.yml:3:13: error: folder must be a folder inside the backlog root, such as stories [invalid-config]"
            ), "\(check.stdout)")
        let result = cairn("new", "bug", "Stays inside", "--force", in: directory)
        #expect(result.stdout == "Wrote backlog/bugs/BUG-1-stays-inside.md\n", "\(result.stderr)")
    }
}
