import Foundation
import Testing

@testable import CairnKit

/// `WorkingTreeSource.contents(of:)` on every kind of path a backlog folder
/// can hold: regular files of any size, links inside and outside the
/// repository, broken and looping links, folders, named pipes and sockets
/// named `*.md`, and files that are not there.
@Suite("WorkingTreeSource reading")
struct WorkingTreeSourceReadingTests {
    /// The reason of the `SourceError.unreadable` that reading `path` throws.
    private func reason(_ source: WorkingTreeSource, _ path: String) -> String? {
        do {
            _ = try source.contents(of: path)
            return nil
        } catch SourceError.unreadable(let errorPath, let reason) {
            #expect(errorPath == path)
            return reason
        } catch {
            Issue.record("unexpected error \(error)")
            return nil
        }
    }

    @Test("regular files of every size are read whole: empty, one byte, page sizes, large")
    func sizes() throws {
        let directory = try TemporaryDirectory()
        let source = WorkingTreeSource(root: directory.url)
        for size in [0, 1, 4095, 4096, 4097, 65_536, 300_001] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            try directory.write("backlog/US-\(size).md", Data(bytes))
            #expect(try source.contents(of: "backlog/US-\(size).md") == bytes, "size \(size)")
        }
    }

    @Test("a file that is not there, or below a file, is nil")
    func missing() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "x")
        let source = WorkingTreeSource(root: directory.url)
        #expect(try source.contents(of: "backlog/US-2.md") == nil)
        #expect(try source.contents(of: "nowhere/US-2.md") == nil)
        #expect(try source.contents(of: "backlog/US-1.md/US-3.md") == nil)
    }

    @Test("a link to a file inside the repository is followed, also through a linked folder")
    func linkInside() throws {
        let directory = try TemporaryDirectory()
        try directory.write("shared/EP-1.md", "epic")
        try directory.link("backlog/EP-1.md", to: "../shared/EP-1.md")
        try directory.link("backlog/chain.md", to: "EP-1.md")
        try directory.link("backlog/shared", to: "../shared")
        let source = WorkingTreeSource(root: directory.url)
        #expect(try source.contents(of: "backlog/EP-1.md") == Array("epic".utf8))
        #expect(try source.contents(of: "backlog/chain.md") == Array("epic".utf8))
        #expect(try source.contents(of: "backlog/shared/EP-1.md") == Array("epic".utf8))
    }

    @Test("a link leaving the repository is refused, naming its target")
    func linkOutside() throws {
        let directory = try TemporaryDirectory()
        let elsewhere = try TemporaryDirectory()
        try elsewhere.write("US-9.md", "outside")
        let target = elsewhere.url.appendingPathComponent("US-9.md").resolvingSymlinksInPath().path
        try directory.link("backlog/US-9.md", to: target)
        let source = WorkingTreeSource(root: directory.url)
        #expect(
            reason(source, "backlog/US-9.md") == "it links to \(target), outside the repository, and is not followed")
    }

    @Test("broken and looping links are reported")
    func brokenLinks() throws {
        let directory = try TemporaryDirectory()
        try directory.link("backlog/gone.md", to: "missing.md")
        try directory.link("backlog/ping.md", to: "pong.md")
        try directory.link("backlog/pong.md", to: "ping.md")
        let source = WorkingTreeSource(root: directory.url)
        #expect(reason(source, "backlog/gone.md") == "the symbolic link is broken or loops")
        #expect(reason(source, "backlog/ping.md") == "the symbolic link is broken or loops")
    }

    @Test("a folder named *.md, directly or through a link, is not a regular file")
    func folder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/folder.md/US-1.md", "x")
        try directory.link("backlog/linked.md", to: "folder.md")
        let source = WorkingTreeSource(root: directory.url)
        #expect(reason(source, "backlog/folder.md") == "it is not a regular file")
        #expect(reason(source, "backlog/linked.md") == "it is not a regular file")
    }

    @Test("a named pipe is refused at once, never waited on")
    func namedPipe() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "x")
        let pipe = directory.url.appendingPathComponent("backlog/pipe.md").path
        #expect(mkfifo(pipe, 0o644) == 0)
        try directory.link("backlog/linked-pipe.md", to: "pipe.md")
        let source = WorkingTreeSource(root: directory.url)
        #expect(reason(source, "backlog/pipe.md") == "it is not a regular file")
        #expect(reason(source, "backlog/linked-pipe.md") == "it is not a regular file")
    }

    @Test("a socket named *.md is not a regular file")
    func socket() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", "x")
        let path = directory.url.appendingPathComponent("backlog/socket.md").path
        let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        try #require(path.utf8.count < capacity)
        withUnsafeMutableBytes(of: &address.sun_path) { buffer in
            buffer.copyBytes(from: Array(path.utf8) + [0])
        }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        try #require(bound == 0)
        try directory.link("backlog/linked-socket.md", to: "socket.md")
        let source = WorkingTreeSource(root: directory.url)
        #expect(reason(source, "backlog/socket.md") == "it is not a regular file")
        #expect(reason(source, "backlog/linked-socket.md") == "it is not a regular file")
    }

    @Test("a file that grew or shrank after its size was taken is read to its actual end")
    func sizeChanged() throws {
        let directory = try TemporaryDirectory()
        let bytes = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 13) }
        try directory.write("US-1.md", Data(bytes))
        let path = directory.url.appendingPathComponent("US-1.md").path
        for expectedSize in [0, 5, 199_999, 200_000, 200_001, 1_000_000] {
            let descriptor = open(path, O_RDONLY)
            try #require(descriptor >= 0)
            defer { close(descriptor) }
            let reader = FileDescriptorReader(descriptor: descriptor, path: "US-1.md")
            #expect(try reader.readAll(expectedSize: expectedSize) == bytes, "expected size \(expectedSize)")
        }
    }

    @Test("a read error is reported with the system's words")
    func readError() {
        let reader = FileDescriptorReader(descriptor: -1, path: "backlog/US-1.md")
        #expect {
            try reader.readAll(expectedSize: 10)
        } throws: { error in
            "\(error)" == "cannot read backlog/US-1.md: \(String(cString: strerror(EBADF)))"
        }
    }
}
