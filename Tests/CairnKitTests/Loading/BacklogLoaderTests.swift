import CairnKit
import Foundation
import Testing

@Suite("BacklogLoader")
struct BacklogLoaderTests {
    static let rules: Set<String> = ["dangling-reference", "dependency-cycle", "front-matter-syntax"]

    private func load(_ directory: TemporaryDirectory, root: String? = nil) throws -> Backlog {
        try BacklogLoader(knownRuleIDs: Self.rules).load(from: WorkingTreeSource(root: directory.url), root: root)
    }

    private func story(_ id: String, _ extra: String = "") -> String {
        "---\nid: \(id)\ntitle: Story \(id)\nstatus: draft\n\(extra)---\nBody\n"
    }

    @Test("without cairn.yml: defaults, the backlog folder, every file parsed and the graph built")
    func noConfiguration() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/stories/US-2.md", story("US-2", "depends_on: [US-1]\n"))
        try directory.write("backlog/stories/US-1.md", story("US-1"))
        try directory.write("backlog/notes/broken.md", "no front matter\n")
        let backlog = try load(directory)
        #expect(backlog.configuration == .default)
        #expect(backlog.configurationPath == nil)
        #expect(backlog.configurationProblems.isEmpty)
        #expect(backlog.root == "backlog")
        #expect(
            backlog.files.map(\.path) == [
                "backlog/notes/broken.md", "backlog/stories/US-1.md", "backlog/stories/US-2.md",
            ])
        #expect(backlog.file(at: "backlog/notes/broken.md")?.problems == [.missingFrontMatter(.noOpeningFence)])
        #expect(backlog.graph.items.map(\.id.description) == ["US-1", "US-2"])
        #expect(backlog.graph.dependencies(of: 1) == [0])
        #expect(backlog.file(at: "backlog/US-9.md") == nil)
    }

    @Test("cairn.yml at the repository root comes before backlog/cairn.yml")
    func rootConfigurationFirst() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "priorities: [p0, p1]\n")
        try directory.write("backlog/cairn.yml", "priorities: [low, high]\n")
        try directory.write("backlog/US-1.md", story("US-1"))
        let backlog = try load(directory)
        #expect(backlog.configurationPath == "cairn.yml")
        #expect(backlog.configuration.priorities == ["p0", "p1"])
    }

    @Test("backlog/cairn.yml is used when the root has none")
    func backlogConfiguration() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/cairn.yml", "priorities: [low, high]\n")
        try directory.write("backlog/US-1.md", story("US-1"))
        let backlog = try load(directory)
        #expect(backlog.configurationPath == "backlog/cairn.yml")
        #expect(backlog.configuration.priorities == ["low", "high"])
    }

    @Test("an explicit root's cairn.yml comes first, and the explicit root wins over root:")
    func explicitRoot() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "priorities: [p0]\n")
        try directory.write("docs/plan/cairn.yml", "root: elsewhere\npriorities: [now, later]\n")
        try directory.write("docs/plan/US-1.md", story("US-1"))
        try directory.write("backlog/US-2.md", story("US-2"))
        let backlog = try load(directory, root: "./docs/plan/")
        #expect(backlog.configurationPath == "docs/plan/cairn.yml")
        #expect(backlog.configuration.priorities == ["now", "later"])
        #expect(backlog.root == "docs/plan")
        #expect(backlog.files.map(\.path) == ["docs/plan/US-1.md"])
    }

    @Test("an explicit root without its own cairn.yml falls back to the usual places")
    func explicitRootFallback() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "priorities: [p0]\n")
        try directory.write("plan/US-1.md", story("US-1"))
        let backlog = try load(directory, root: "plan")
        #expect(backlog.configurationPath == "cairn.yml")
        #expect(backlog.root == "plan")
    }

    @Test("root: in cairn.yml moves the backlog; ignore applies under it")
    func configuredRoot() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "root: planning\nignore: [\"drafts/**\"]\n")
        try directory.write("planning/US-1.md", story("US-1"))
        try directory.write("planning/drafts/US-2.md", story("US-2"))
        try directory.write("backlog/US-3.md", story("US-3"))
        let backlog = try load(directory)
        #expect(backlog.root == "planning")
        #expect(backlog.files.map(\.path) == ["planning/US-1.md"])
    }

    @Test("root: . is the repository root")
    func dotRoot() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "root: .\n")
        try directory.write("US-1.md", story("US-1"))
        let backlog = try load(directory)
        #expect(backlog.root == "")
        #expect(backlog.files.map(\.path) == ["US-1.md"])
    }

    @Test("a file over max_file_size is reported, not parsed; one at the limit is parsed")
    func tooLarge() throws {
        let directory = try TemporaryDirectory()
        let atLimit = story("US-1")
        try directory.write("cairn.yml", "max_file_size: \(atLimit.utf8.count)\n")
        try directory.write("backlog/US-1.md", atLimit)
        try directory.write("backlog/US-2.md", story("US-2") + "x")
        let backlog = try load(directory)
        #expect(backlog.file(at: "backlog/US-1.md")?.item?.id == ItemID("US-1"))
        let large = try #require(backlog.file(at: "backlog/US-2.md"))
        #expect(large.problems == [.tooLarge(size: atLimit.utf8.count + 1, limit: atLimit.utf8.count)])
        #expect(large.item == nil)
        #expect(large.source == nil)
        // Showing a diagnostic never reads a file that was too large to parse.
        #expect(backlog.sourceText(of: "backlog/US-2.md") == nil)
    }

    @Test("loaded files keep no text; the lines of any text file are read when asked for")
    func textsReadOnDemand() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", story("US-1"))
        try directory.write("backlog/broken.md", "no front matter\nsecond line\n")
        try directory.write("backlog/binary.md", Data([0x2D, 0x00, 0x01]))
        let backlog = try load(directory)
        #expect(backlog.files.allSatisfy { $0.source == nil })
        #expect(backlog.sourceText(of: "backlog/US-1.md")?.line(2) == "id: US-1")
        #expect(backlog.sourceText(of: "backlog/broken.md")?.line(2) == "second line")
        #expect(backlog.sourceText(of: "backlog/binary.md") == nil)
        #expect(backlog.sourceText(of: "backlog/none.md") == nil)
    }

    @Test("a cairn.yml that is not UTF-8 is a problem at the bad byte; the defaults serve")
    func configurationNotUTF8() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", Data("root: plan\npriorities: [caf".utf8 + [0xE9] + "]\n".utf8))
        try directory.write("backlog/US-1.md", story("US-1"))
        let backlog = try load(directory)
        #expect(backlog.configurationPath == "cairn.yml")
        #expect(backlog.configuration == .default)
        #expect(
            backlog.configurationProblems == [
                ConfigurationProblem(
                    message: "cairn.yml is not UTF-8 text", location: SourcePosition(line: 2, column: 17))
            ])
        #expect(backlog.files.map(\.path) == ["backlog/US-1.md"])
    }

    @Test("a binary cairn.yml is a problem too")
    func configurationBinary() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", Data([0x72, 0x00]))
        try directory.write("backlog/US-1.md", story("US-1"))
        let backlog = try load(directory)
        #expect(
            backlog.configurationProblems == [
                ConfigurationProblem(
                    message: "cairn.yml is not UTF-8 text", location: SourcePosition(line: 1, column: 2))
            ])
    }

    @Test("problems in cairn.yml are kept with the backlog")
    func configurationProblems() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/cairn.yml", "colour: red\n")
        try directory.write("backlog/US-1.md", story("US-1"))
        let backlog = try load(directory)
        #expect(backlog.configurationProblems.map(\.message) == ["unknown setting \"colour\""])
        #expect(backlog.configurationProblems.map(\.location) == [SourcePosition(line: 1, column: 1)])
    }

    @Test("the configuration decides how files parse")
    func configurationApplies() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "kinds:\n  risk: {prefix: RISK, required_fields: [id]}\n")
        try directory.write("backlog/RISK-1.md", "---\nid: RISK-1\n---\n")
        let backlog = try load(directory)
        #expect(backlog.files.first?.fieldProblems == [])
        #expect(backlog.graph.items.map(\.kind) == ["risk"])
    }

    @Test("files the listing flags are kept with their problem")
    func listedProblems() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", story("US-1"))
        let link = directory.url.appendingPathComponent("backlog/gone.md")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "missing.md")
        let backlog = try load(directory)
        #expect(backlog.files.map(\.path) == ["backlog/US-1.md", "backlog/gone.md"])
        guard case .unreadable = backlog.file(at: "backlog/gone.md")?.problems.first else {
            Issue.record("\(String(describing: backlog.file(at: "backlog/gone.md")?.problems))")
            return
        }
    }

    @Test("a cairn.yml that cannot be read is a configuration problem, not passed over")
    func unreadableConfiguration() throws {
        let broken = try TemporaryDirectory()
        try broken.write("backlog/US-1.md", story("US-1"))
        let link = broken.url.appendingPathComponent("cairn.yml")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "shared/cairn.yml")
        let fromLink = try load(broken)
        #expect(fromLink.configurationPath == "cairn.yml")
        #expect(
            fromLink.configurationProblems.map(\.message) == [
                "cannot read cairn.yml: the symbolic link is broken or loops; the default configuration is used"
            ])

        let folder = try TemporaryDirectory()
        try folder.write("backlog/US-1.md", story("US-1"))
        try folder.write("cairn.yml/x", "not a file")
        let fromFolder = try load(folder)
        #expect(
            fromFolder.configurationProblems.map(\.message) == [
                "cannot read cairn.yml: it is not a regular file; the default configuration is used"
            ])
        #expect(fromFolder.files.map(\.path) == ["backlog/US-1.md"])
    }

    @Test("a cairn.yml that is a named pipe is reported without being opened")
    func pipeConfiguration() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/US-1.md", story("US-1"))
        #expect(mkfifo(directory.url.appendingPathComponent("cairn.yml").path, 0o600) == 0)
        let backlog = try load(directory)
        #expect(
            backlog.configurationProblems.map(\.message) == [
                "cannot read cairn.yml: it is not a regular file; the default configuration is used"
            ])
    }

    @Test("a missing backlog folder throws")
    func missingBacklog() throws {
        let directory = try TemporaryDirectory()
        try directory.write("README.md", "x")
        #expect(throws: SourceError.self) { try load(directory) }
        #expect(throws: SourceError.self) { try load(directory, root: "plan") }
    }

    @Test("a missing backlog folder throws with a parse cache too, which is read while listing")
    func missingBacklogWithCache() throws {
        let directory = try TemporaryDirectory()
        try directory.write("README.md", "x")
        let cache = ParseCacheStore(gitDirectory: directory.url.appendingPathComponent(".git"), cairnVersion: "test")
        let loader = BacklogLoader(knownRuleIDs: Self.rules)
        #expect(throws: SourceError.self) {
            try loader.load(from: WorkingTreeSource(root: directory.url), cache: cache)
        }
        try directory.write("backlog/US-1.md", story("US-1"))
        let loaded = try loader.load(from: WorkingTreeSource(root: directory.url), cache: cache)
        #expect(loaded.files.map(\.path) == ["backlog/US-1.md"])
        #expect(FileManager.default.fileExists(atPath: cache.url.path))
        let cached = try loader.load(from: WorkingTreeSource(root: directory.url), cache: cache)
        #expect(cached.parsedPaths.isEmpty)
        #expect(cached.files.first?.item?.title == "Story US-1")
    }
}
