import CairnKit
import Foundation
import Testing

/// `cairn init` in-process, in fresh git repositories.
@Suite("cairn init")
struct InitCommandTests {
    static let kinds = Configuration.default.kinds

    private func repository(_ files: [String: String] = [:]) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.initializeGitRepository()
        for (path, content) in files { try directory.write(path, content) }
        return directory
    }

    private func exists(_ path: String, in directory: TemporaryDirectory) -> Bool {
        FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(path).path)
    }

    @Test("writes cairn.yml, a folder per kind and a template per kind, and the result checks clean")
    func setUp() throws {
        let directory = try repository()
        let result = cairn("init", in: directory)
        let templates = Self.kinds.map { "Templates/\($0.name).md" }
        let expected = (templates + Self.kinds.map { "backlog/\($0.folder)/.gitkeep" } + ["cairn.yml"]).sorted()
        #expect(result == RunResult(status: 0, stdout: expected.map { "Wrote \($0)\n" }.joined(), stderr: ""))
        for path in expected { #expect(exists(path, in: directory), "\(path)") }
        let text = try String(contentsOf: directory.url.appendingPathComponent("cairn.yml"), encoding: .utf8)
        #expect(text == ConfigurationFileText.commented(.default))
        #expect(
            cairn("check", in: directory)
                == RunResult(status: 0, stdout: "no problems in 0 files (0 items)\n", stderr: ""))
    }

    @Test("runs from a subfolder and writes at the repository root")
    func fromSubfolder() throws {
        let directory = try repository(["src/main.swift": "print(1)\n"])
        #expect(cairn("init", in: directory, subdirectory: "src").status == 0)
        #expect(exists("cairn.yml", in: directory) && exists("Templates/story.md", in: directory))
        #expect(!exists("src/cairn.yml", in: directory))
    }

    @Test("refuses when any file it would write exists, lists them all, and writes nothing")
    func refusesToOverwrite() throws {
        let directory = try repository(["Templates/story.md": "ours\n", "backlog/cairn.yml": "priorities: [high]\n"])
        let result = cairn("init", in: directory)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(
            result.stderr
                == "Error: cairn init writes nothing, since these files exist already:\n  Templates/story.md\n"
                + "  backlog/cairn.yml\nMove them aside to start afresh.\n")
        #expect(!exists("cairn.yml", in: directory) && !exists("Templates/epic.md", in: directory))
        let story = try String(contentsOf: directory.url.appendingPathComponent("Templates/story.md"), encoding: .utf8)
        #expect(story == "ours\n")
    }

    @Test("a second run refuses: everything is there already")
    func secondRun() throws {
        let directory = try repository()
        #expect(cairn("init", in: directory).status == 0)
        let again = cairn("init", in: directory)
        #expect(again.status == 2)
        #expect(again.stderr.contains("  cairn.yml\n"))
    }

    @Test("keeps existing backlog folders and their items, adding no .gitkeep to them")
    func existingBacklog() throws {
        let directory = try repository([
            "backlog/stories/US-1-a.md": "---\nid: US-1\ntitle: A\nstatus: draft\n---\n"
        ])
        let result = cairn("init", in: directory)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("backlog/stories/.gitkeep"))
        #expect(exists("backlog/epics/.gitkeep", in: directory))
    }

    @Test("outside a git repository it exits 2 and writes nothing")
    func outsideGit() throws {
        let directory = try TemporaryDirectory()
        let result = cairn("init", in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.contains("is not in a git repository; run git init first"))
        #expect(!exists("cairn.yml", in: directory))
    }
}
