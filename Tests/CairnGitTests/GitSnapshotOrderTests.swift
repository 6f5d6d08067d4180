import Foundation
import Testing

@testable import CairnGit

/// The order and names of a snapshot's children when the index or a tree
/// holds what plain sorting by bytes would get wrong: names around a
/// folder's, names that are not ASCII or not UTF-8, and an index whose
/// entries are out of order.
@Suite("GitSnapshot order")
struct GitSnapshotOrderTests {
    private static func repository(_ scratch: Scratch) throws -> GitRepository {
        try #require(
            try GitRepository.discover(containing: scratch.url, environment: .empty(currentDirectory: scratch.url)))
    }

    /// Stages a blob of `content` at each path, given as raw bytes; returns the blob ids.
    private static func stage(_ files: [(path: [UInt8], content: String)], in scratch: Scratch) throws -> [String] {
        var ids: [String] = []
        var info: [UInt8] = []
        for file in files {
            let id = try run(["hash-object", "-w", "--stdin"], input: Array(file.content.utf8), in: scratch)
            ids.append(id)
            info += Array("100644 \(id)\t".utf8) + file.path + [UInt8(ascii: "\n")]
        }
        _ = try run(["update-index", "--add", "--index-info"], input: info, in: scratch)
        return ids
    }

    private static func run(_ arguments: [String], input: [UInt8], in scratch: Scratch) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = arguments
        process.currentDirectoryURL = scratch.url
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        try process.run()
        stdin.fileHandleForWriting.write(Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure(command: "git " + arguments.joined(separator: " "), status: process.terminationStatus)
        }
        return String(decoding: output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    @Test("folders named like files plus `-`, `.` or `0` come where their name and `/` sort")
    func folderNames() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        for path in ["x.md", "x-y/a.md", "x.y/b.md", "x/c.md", "x0/d.md", "x/y-z.md", "x/y/w.md"] {
            try scratch.write(path, "\(path)\n")
        }
        try scratch.gitOutput(["add", "."])
        try scratch.gitOutput(["commit", "--quiet", "-m", "files"])
        let repository = try Self.repository(scratch)
        for snapshot in [try repository.indexSnapshot(), try repository.snapshot(of: "HEAD")] {
            #expect(try snapshot.children(of: "")?.map(\.path) == ["x-y", "x.md", "x.y", "x", "x0"])
            #expect(try snapshot.children(of: "x")?.map(\.path) == ["x/c.md", "x/y-z.md", "x/y"])
            #expect(try snapshot.node(at: "x.y") == .directory(path: "x.y"))
            #expect(try snapshot.node(at: "x.md")?.path == "x.md")
        }
    }

    @Test("names beyond ASCII sort as strings, not as bytes; bytes that are not UTF-8 are repaired")
    func nonASCIINames() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let decomposed = Array("e\u{301}.md".utf8)  // sorts before f.md as bytes, after it as a string
        let latin1 = Array("caf".utf8) + [0xE9] + Array(".md".utf8)  // not UTF-8
        let ids = try Self.stage(
            [(Array("f.md".utf8), "f\n"), (decomposed, "e\n"), (latin1, "cafe\n"), (Array("d/x.md".utf8), "x\n")],
            in: scratch)
        try scratch.gitOutput(["commit", "--quiet", "-m", "files"])
        let repository = try Self.repository(scratch)
        #expect(GitIndexFile.read(at: repository.indexFilePath)?.isASCII == false)
        for snapshot in [try repository.indexSnapshot(), try repository.snapshot(of: "HEAD")] {
            let children = try #require(try snapshot.children(of: ""))
            #expect(children.map(\.path) == ["caf\u{FFFD}.md", "d", "f.md", "e\u{301}.md"])
            #expect(
                children.compactMap { node -> String? in
                    if case .entry(let entry) = node { return entry.id }
                    return nil
                } == [ids[2], ids[0], ids[1]])
            #expect(try snapshot.node(at: "e\u{301}.md")?.path == "e\u{301}.md")
            #expect(try snapshot.entries(under: "").map(\.path) == ["caf\u{FFFD}.md", "d/x.md", "f.md", "e\u{301}.md"])
        }
    }

    @Test("an index written out of order, with a path twice, lists in order and keeps the later entry")
    func unsortedIndex() throws {
        let scratch = try Scratch()
        try scratch.git("init", "--quiet")
        let ids = try ["z\n", "first\n", "a\n", "second\n"].map {
            try Self.run(["hash-object", "-w", "--stdin"], input: Array($0.utf8), in: scratch)
        }
        let index = Self.indexFile([("b/z.md", ids[0]), ("a.md", ids[1]), ("b/a.md", ids[2]), ("a.md", ids[3])])
        try Data(index).write(to: scratch.url.appendingPathComponent(".git/index"))
        let repository = try Self.repository(scratch)
        let snapshot = try repository.indexSnapshot()
        #expect(try snapshot.children(of: "")?.map(\.path) == ["a.md", "b"])
        #expect(try snapshot.children(of: "b")?.map(\.path) == ["b/a.md", "b/z.md"])
        #expect(
            try snapshot.entries(under: "") == [
                GitSnapshot.Entry(path: "a.md", mode: .regular, id: ids[3]),
                GitSnapshot.Entry(path: "b/a.md", mode: .regular, id: ids[2]),
                GitSnapshot.Entry(path: "b/z.md", mode: .regular, id: ids[0]),
            ])
    }

    /// A version 2 index of regular files, in the order given, with a zero
    /// checksum (which the reader, as git, does not verify).
    private static func indexFile(_ entries: [(path: String, id: String)]) -> [UInt8] {
        func bigEndian<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
            withUnsafeBytes(of: value.bigEndian, Array.init)
        }
        var bytes = Array("DIRC".utf8) + bigEndian(UInt32(2)) + bigEndian(UInt32(entries.count))
        for entry in entries {
            let start = bytes.count
            bytes += [UInt8](repeating: 0, count: 24) + bigEndian(UInt32(0o100644)) + [UInt8](repeating: 0, count: 12)
            var id = [UInt8]()
            var digits = entry.id.makeIterator()
            while let high = digits.next(), let low = digits.next() {
                id.append(UInt8(String([high, low]), radix: 16) ?? 0)
            }
            bytes += id + bigEndian(UInt16(entry.path.utf8.count)) + Array(entry.path.utf8)
            let length = (bytes.count - start + 8) & ~7
            bytes += [UInt8](repeating: 0, count: start + length - bytes.count)
        }
        return bytes + [UInt8](repeating: 0, count: 20)
    }
}
