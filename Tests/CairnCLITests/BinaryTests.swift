import Foundation
import Testing

/// The real `cairn` binary, run as a subprocess in temporary git repositories.
@Suite("cairn binary")
struct BinaryTests {
    static func run(_ arguments: [String], in directory: URL) throws -> Subprocess.Result {
        let executable = try #require(BuiltProducts.executable("cairn"), "cairn is built next to the tests")
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        return try Subprocess.run(executable, arguments, in: directory, environment: environment)
    }

    @Test("a clean backlog exits 0")
    func clean() throws {
        let directory = try BacklogFixture.write()
        try directory.initializeGitRepository()
        let result = try Self.run(["check"], in: directory.url)
        #expect(result.status == 0)
        #expect(result.stdout == "no problems in 4 files (4 items)\n")
        #expect(result.stderr.isEmpty)
    }

    @Test("a dangling reference exits 1 and names file, line, column and rule")
    func dangling() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        try directory.initializeGitRepository()
        try directory.makeDirectory("backlog/stories/sub")
        let result = try Self.run(["check"], in: directory.url.appendingPathComponent("backlog/stories/sub"))
        #expect(result.status == 1)
        let first = result.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("backlog/stories/US-5-broken.md:5:14: error: "))
        #expect(first.hasSuffix(" [dangling-reference]"))
        #expect(first.contains("US-21"))
    }

    @Test("a missing --root directory exits 2")
    func missingRoot() throws {
        let directory = try BacklogFixture.write()
        try directory.initializeGitRepository()
        let result = try Self.run(["check", "--root", "no-such-dir"], in: directory.url)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "Error: backlog directory no-such-dir does not exist\n")
    }

    @Test("usage errors exit 2, help and version 0, and bash completion works")
    func entry() throws {
        let directory = try TemporaryDirectory()
        #expect(try Self.run(["check", "--format", "xml"], in: directory.url).status == 2)
        #expect(try Self.run(["show"], in: directory.url).status == 2)
        #expect(try Self.run(["--help"], in: directory.url).status == 0)
        let version = try Self.run(["--version"], in: directory.url)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        let completion = try Self.run(["--generate-completion-script", "bash"], in: directory.url)
        #expect(completion.status == 0)
        #expect(completion.stdout.hasPrefix("#!/bin/bash"))
    }
}
