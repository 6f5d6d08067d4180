import Foundation
import Testing

/// `cairn check` in-process: exit statuses, formats, path filters and `--root`.
@Suite("cairn check")
struct CheckCommandTests {
    static let danglingText = """
        backlog/stories/US-5-broken.md:5:14: error: US-5 depends_on names US-21, which is not an item of the backlog [dangling-reference]
        depends_on: [US-21]
                     ^
          hint: did you mean US-1?


        """

    @Test("a clean backlog exits 0 with a summary")
    func clean() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("check", in: directory)
                == RunResult(status: 0, stdout: "no problems in 4 files (4 items)\n", stderr: ""))
    }

    @Test("an error exits 1 with the diagnostic, source line, caret and hint")
    func error() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        #expect(
            cairn("check", in: directory)
                == RunResult(status: 1, stdout: Self.danglingText + "1 error in 5 files (5 items)\n", stderr: ""))
    }

    @Test("warnings alone exit 0")
    func warningsOnly() throws {
        let directory = try BacklogFixture.write([
            BacklogFixture.danglingPath: BacklogFixture.dangling,
            "backlog/cairn.yml": "rules:\n  dangling-reference: warning\n",
        ])
        let result = cairn("check", in: directory)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("backlog/stories/US-5-broken.md:5:14: warning: "))
        #expect(result.stdout.hasSuffix("\n1 warning in 5 files (5 items)\n"))
    }

    @Test("--format json prints the exact object")
    func json() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        let result = cairn("check", "--format", "json", in: directory)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                {"diagnostics":[{"column":14,"file":"backlog/stories/US-5-broken.md","hint":"did you mean US-1?","line":5,\
                "message":"US-5 depends_on names US-21, which is not an item of the backlog","notes":[],\
                "rule":"dangling-reference","severity":"error"}],"schemaVersion":1,\
                "summary":{"errors":1,"files":5,"items":5,"notes":0,"warnings":0}}

                """)
    }

    @Test("--format github prints workflow commands")
    func github() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        let result = cairn("check", "--format", "github", in: directory)
        #expect(result.status == 1)
        #expect(
            result.stdout == """
                ::error file=backlog/stories/US-5-broken.md,line=5,col=14,title=dangling-reference::US-5 depends_on names \
                US-21, which is not an item of the backlog%0Ahint: did you mean US-1?
                1 error in 5 files (5 items)

                """)
    }

    @Test("--format sarif lists every registered rule and the result")
    func sarif() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        let result = cairn("check", "--format", "sarif", in: directory)
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["version"] as? String == "0.1.0")
        let ruleIDs = (driver["rules"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ruleIDs == RuleIDs.all)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results.first?["ruleId"] as? String == "dangling-reference")
        #expect(results.first?["ruleIndex"] as? Int == RuleIDs.all.firstIndex(of: "dangling-reference"))
    }

    @Test("paths limit the report to those files and directories, and the summary to them")
    func paths() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        try directory.initializeGitRepository()
        #expect(
            cairn("check", "backlog/epics", "backlog/objectives/OBJ-1-grow-checkout.md", in: directory)
                == RunResult(status: 0, stdout: "no problems in 2 files (2 items)\n", stderr: ""))
        #expect(
            cairn("check", "stories", in: directory, subdirectory: "backlog")
                == RunResult(status: 1, stdout: Self.danglingText + "1 error in 3 files (3 items)\n", stderr: ""))
        #expect(
            cairn("check", "US-5-broken.md", in: directory, subdirectory: "backlog/stories").status == 1)
        #expect(
            cairn("check", ".", in: directory, subdirectory: "backlog/epics")
                == RunResult(status: 0, stdout: "no problems in 1 file (1 item)\n", stderr: ""))
    }

    @Test("a path that does not exist is a usage error")
    func missingPath() throws {
        let directory = try BacklogFixture.write()
        #expect(
            cairn("check", "backlog/nope", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: no such file or directory: backlog/nope\n"))
    }

    @Test("--root reads the backlog from another directory, relative to the current one")
    func root() throws {
        let directory = try TemporaryDirectory()
        for (path, content) in BacklogFixture.clean {
            try directory.write("docs/" + path.replacingOccurrences(of: "backlog/", with: "product/"), content)
        }
        #expect(
            cairn("check", "--root", "docs/product", in: directory)
                == RunResult(status: 0, stdout: "no problems in 4 files (4 items)\n", stderr: ""))
        #expect(
            cairn("check", "--root", "product", in: directory, subdirectory: "docs")
                == RunResult(status: 0, stdout: "no problems in 4 files (4 items)\n", stderr: ""))
        try directory.write("docs/product/stories/US-5-broken.md", BacklogFixture.dangling)
        // Outside git, a backlog root above the current directory is its own repository root.
        let outside = cairn("check", "--root", "..", in: directory, subdirectory: "docs/product/stories")
        #expect(outside.status == 1)
        #expect(outside.stdout.hasPrefix("stories/US-5-broken.md:5:14: error: "))
        // In git, paths are relative to the repository root.
        try directory.initializeGitRepository()
        let inside = cairn("check", "--root", "..", in: directory, subdirectory: "docs/product/stories")
        #expect(inside.status == 1)
        #expect(inside.stdout.hasPrefix("docs/product/stories/US-5-broken.md:5:14: error: "))
    }

    @Test("in a git repository, the backlog is found from any subdirectory")
    func repositoryDiscovery() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        try directory.initializeGitRepository()
        try directory.makeDirectory("Sources/deep")
        #expect(
            cairn("check", in: directory, subdirectory: "Sources/deep")
                == RunResult(status: 1, stdout: Self.danglingText + "1 error in 5 files (5 items)\n", stderr: ""))
        #expect(
            cairn("check", "--format", "json", "../../backlog/epics", in: directory, subdirectory: "Sources/deep")
                .status == 0)
    }

    @Test("a missing backlog or --root directory is an I/O failure")
    func missingBacklog() throws {
        let directory = try TemporaryDirectory()
        #expect(
            cairn("check", in: directory)
                == RunResult(
                    status: 2, stdout: "",
                    stderr: "Error: backlog directory \(directory.url.path)/backlog does not exist\n"))
        #expect(
            cairn("check", "--root", "nowhere", in: directory)
                == RunResult(status: 2, stdout: "", stderr: "Error: backlog directory nowhere does not exist\n"))
    }

    @Test("colour only on a terminal without NO_COLOR")
    func colour() throws {
        let directory = try BacklogFixture.write([BacklogFixture.danglingPath: BacklogFixture.dangling])
        let escape = "\u{1B}["
        #expect(cairn("check", in: directory, isTerminal: true).stdout.contains(escape))
        #expect(
            !cairn("check", in: directory, environment: ["NO_COLOR": "1"], isTerminal: true).stdout.contains(escape))
        #expect(!cairn("check", in: directory, isTerminal: false).stdout.contains(escape))
    }

    @Test("an unknown format is a usage error")
    func unknownFormat() throws {
        let directory = try BacklogFixture.write()
        let result = cairn("check", "--format", "xml", in: directory)
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("Error: The value 'xml' is invalid for '--format <format>'."))
    }
}
