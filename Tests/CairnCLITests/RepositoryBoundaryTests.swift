import Foundation
import Testing

/// The real binary reads nothing outside the repository, however cairn.yml
/// or the links around the backlog point, and survives hostile nesting depth.
@Suite("cairn binary: repository boundary and nesting depth")
struct RepositoryBoundaryTests {
    static let story = "---\nid: US-1\ntitle: Inside\nstatus: draft\n---\n"
    static let secret = "---\nid: US-99\ntitle: Secret\nstatus: draft\n---\n"

    @Test("a root in cairn.yml that leaves the repository is invalid-config; the default root is read")
    func configuredRootOutside() throws {
        let repository = try TemporaryRepository(["backlog/stories/US-1-inside.md": Self.story])
        try Data(Self.secret.utf8).write(to: repository.outside.appendingPathComponent("US-99-secret.md"))
        for root in ["../outside", repository.outside.path, "docs/../../outside"] {
            try repository.write("backlog/cairn.yml", "root: \(root)\n")
            let result = try repository.cairn("check", "--format", "json")
            #expect(result.status == 1, "root: \(root)")
            let report = try CheckReport(json: result.stdout)
            #expect(report.places == ["backlog/cairn.yml:1:7 error invalid-config"], "root: \(root)")
            #expect(report.summary.items == 1, "root: \(root)")
        }
        #expect(try repository.cairn("show", "US-99").status == 2)
    }

    @Test("a backlog folder that is a symbolic link out of the repository is reported, not walked")
    func backlogLinkOutside() throws {
        let repository = try TemporaryRepository(["README.md": "# App\n"])
        try Data(Self.secret.utf8).write(to: repository.outside.appendingPathComponent("US-99-secret.md"))
        try repository.symlink("backlog", to: "../outside")
        let result = try repository.cairn("check", "--format", "json")
        #expect(result.status == 0)
        let report = try CheckReport(json: result.stdout)
        #expect(report.places == ["backlog:1:1 warning symlink-escape"])
        #expect(report.summary.items == 0)

        // A link that stays inside the repository is followed.
        try repository.remove("backlog")
        try repository.write("docs/product/stories/US-1-inside.md", Self.story)
        try repository.symlink("backlog", to: "docs/product")
        let inside = try repository.cairn("check")
        #expect(inside.status == 0)
        #expect(inside.stdout == "no problems in 1 file (1 item)\n")
    }

    @Test("cairn.yml that is a symbolic link out of the repository is not followed")
    func configurationLinkOutside() throws {
        let repository = try TemporaryRepository(["backlog/stories/US-1-inside.md": Self.story])
        try Data("max_file_size: 10\n".utf8).write(to: repository.outside.appendingPathComponent("cairn.yml"))
        try repository.symlink("backlog/cairn.yml", to: "../../outside/cairn.yml")
        let result = try repository.cairn("check", "--format", "json")
        let report = try CheckReport(json: result.stdout)
        #expect(!report.diagnostics.contains { $0.rule == "file-too-large" })
        #expect(report.places == ["backlog/cairn.yml:1:1 error invalid-config"])
    }

    /// Nesting that costs one stack frame or more per level in Yams' composer
    /// or in CairnMarkdown's tree walk, in files far below the size limit.
    static let nestings: [(name: String, content: String)] = [
        ("YAML flow sequences", "---\nid: US-1\ntitle: A\nlabels: " + repeated("[", "]", 50_000) + "\n---\n"),
        (
            "YAML block sequences",
            "---\nid: US-1\ntitle: A\nlabels:\n  " + String(repeating: "- ", count: 50_000) + "x\n---\n"
        ),
        (
            "Markdown block quotes",
            "---\nid: US-1\ntitle: A\nstatus: draft\n---\n" + String(repeating: ">", count: 100_000) + " x\n"
        ),
        ("Markdown emphasis", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n" + repeated("*", "*", 100_000) + "\n"),
    ]

    private static func repeated(_ open: String, _ close: String, _ count: Int) -> String {
        String(repeating: open, count: count) + "x" + String(repeating: close, count: count)
    }

    @Test("deep nesting is reported or read, never a crash", arguments: nestings.indices)
    func deepNesting(index: Int) throws {
        let (name, content) = Self.nestings[index]
        let repository = try TemporaryRepository(["backlog/stories/US-1-deep.md": content])
        let result = try repository.cairn("check", "--format", "json", environment: ["SWIFT_BACKTRACE": "enable=no"])
        let report = try #require(
            try? CheckReport(json: result.stdout), "\(name): exit \(result.status), no JSON report")
        if name.hasPrefix("YAML") {
            #expect(result.status == 1, "\(name)")
            #expect(report.diagnostics.map(\.rule) == ["front-matter-syntax"], "\(name)")
            #expect(report.diagnostics.first?.message.contains("more than 64 levels deep") == true, "\(name)")
        } else {
            #expect(result.status == 0, "\(name): \(report.diagnostics)")
        }
    }
}
