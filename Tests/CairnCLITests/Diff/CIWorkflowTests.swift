import Foundation
import Testing
import Yams

/// The CI examples in docs/ci/ are valid YAML of the expected shape, and the
/// scripts in them run: each `cairn` step is executed with bash, as the CI
/// service would, against a real clone with a pull-request branch, using the
/// built binary.
@Suite("docs/ci: the GitHub Actions and GitLab CI examples")
struct CIWorkflowTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/ci")

    static func document(_ name: String) throws -> Node {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try #require(try Yams.compose(yaml: text))
    }

    /// A clone of a repository whose `main` holds a clean backlog, on a
    /// branch `feature` that changes a story and — when `breaking` — adds a
    /// dangling reference.
    static func pullRequest(breaking: Bool) throws -> (clone: URL, keep: [AnyObject]) {
        let origin = try DiffHistory([
            "backlog/stories/US-1-pay.md": "---\nid: US-1\ntitle: Pay\nstatus: draft\npriority: must\n---\n",
            "backlog/stories/US-2-cart.md": "---\nid: US-2\ntitle: Cart\nstatus: draft\npriority: should\n---\n",
        ])
        let parent = try TemporaryDirectory()
        try GitCommand.run(["clone", "--quiet", origin.url.path, "clone"], in: parent.url, home: origin.home.url)
        let clone = parent.url.appendingPathComponent("clone")
        let dependency = breaking ? "depends_on: [US-9]\n" : "depends_on: [US-2]\n"
        try Data("---\nid: US-1\ntitle: Pay\nstatus: draft\npriority: must\n\(dependency)---\n".utf8)
            .write(to: clone.appendingPathComponent("backlog/stories/US-1-pay.md"))
        for arguments in [["checkout", "--quiet", "-b", "feature"], ["commit", "--quiet", "-am", "change"]] {
            try GitCommand.run(arguments, in: clone, home: origin.home.url)
        }
        return (clone, [origin, parent])
    }

    /// What GitHub puts in the expressions the workflow's `env` maps use,
    /// for the pull request of ``pullRequest(breaking:)``.
    static let pullRequestValues = [
        "${{ github.base_ref }}": "main", "${{ github.event.pull_request.head.sha }}": "feature",
    ]

    /// Runs `script` with bash as CI services do (`-e -o pipefail`), with the
    /// built `cairn` first on `PATH` and `environment` added.
    static func run(_ script: String, in directory: URL, environment: [String: String]) throws -> Subprocess.Result {
        let cairn = try #require(BuiltProducts.executable("cairn"))
        let home = directory.appendingPathComponent(".git/test-home")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        var variables = GitCommand.environment(home: home, environment)
        variables["PATH"] = cairn.deletingLastPathComponent().path + ":" + (variables["PATH"] ?? "/usr/bin:/bin")
        return try Subprocess.run(
            URL(fileURLWithPath: "/bin/bash"), ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", script],
            in: directory, environment: variables)
    }

    @Test("GitHub Actions: a valid workflow whose cairn steps run, upload SARIF, comment and gate on new errors")
    func gitHubActions() throws {
        let workflow = try Self.document("github-actions.yml")
        #expect(workflow["on"]?["pull_request"] != nil)
        let steps = try #require(workflow["jobs"]?["backlog"]?["steps"]?.sequence)
        let uses = steps.compactMap { $0["uses"]?.string }
        #expect(uses.contains { $0.hasPrefix("github/codeql-action/upload-sarif@") })
        #expect(uses.contains { $0.hasPrefix("marocchino/sticky-pull-request-comment@") })
        #expect(uses.allSatisfy { $0.contains("@") }, "every action is pinned to a version")
        let upload = try #require(steps.first { $0["uses"]?.string?.contains("upload-sarif") == true })
        #expect(upload["with"]?["sarif_file"]?.string == "cairn.sarif")
        let comment = try #require(steps.first { $0["uses"]?.string?.contains("pull-request-comment") == true })
        #expect(comment["with"]?["path"]?.string == "cairn-diff.md")

        let cairnSteps = steps.filter { $0["id"]?.string != "install" && $0["run"]?.string?.contains("cairn ") == true }
        #expect(cairnSteps.count == 4)
        for breaking in [true, false] {
            let (clone, keep) = try Self.pullRequest(breaking: breaking)
            var statuses: [Int32] = []
            for step in cairnSteps {
                let script = try #require(step["run"]?.string)
                #expect(!script.contains("${{"), "GitHub values reach scripts through env only")
                var environment: [String: String] = ["GITHUB_WORKSPACE": clone.path]
                for (key, value) in step["env"]?.mapping ?? [:] {
                    guard let name = key.string, let expression = value.string else { continue }
                    environment[name] = Self.pullRequestValues[expression] ?? expression
                }
                let result = try Self.run(script, in: clone, environment: environment)
                #expect(result.status <= 1, "\(result.stderr)")
                statuses.append(result.status)
            }
            // check, describe, gate on new errors, check the whole backlog (on push)
            #expect(statuses == (breaking ? [0, 0, 1, 1] : [0, 0, 0, 0]))
            let sarif = try JSONSerialization.jsonObject(
                with: Data(contentsOf: clone.appendingPathComponent("cairn.sarif")))
            #expect((sarif as? NSDictionary)?["version"] as? String == "2.1.0")
            let comment = try String(contentsOf: clone.appendingPathComponent("cairn-diff.md"), encoding: .utf8)
            #expect(comment.hasPrefix("## Backlog changes: `the merge base of origin/main and feature"))
            #expect(comment.contains("#### US-1 · Pay"))
            _ = keep
        }
    }

    @Test("GitLab CI: a valid job whose script checks, describes and gates a merge request, and checks main")
    func gitLabCI() throws {
        let pipeline = try Self.document("gitlab-ci.yml")
        let job = try #require(pipeline["cairn"])
        #expect(job["image"]?.string == "swift:6.3-bookworm")
        let artifacts = job["artifacts"]?["paths"]?.sequence?.compactMap { $0.string }
        #expect(artifacts == ["gl-cairn.sarif", "cairn-diff.md"])
        let lines = job["script"]?.sequence?.compactMap { $0.string } ?? []
        #expect(lines.count == 2)
        let script = lines.joined(separator: "\n")
        for breaking in [true, false] {
            let (clone, keep) = try Self.pullRequest(breaking: breaking)
            let request = try Self.run(
                script, in: clone,
                environment: ["CI_MERGE_REQUEST_IID": "7", "CI_MERGE_REQUEST_TARGET_BRANCH_NAME": "main"])
            #expect(request.status == (breaking ? 1 : 0), "\(request.stderr)")
            let note = try String(contentsOf: clone.appendingPathComponent("cairn-diff.md"), encoding: .utf8)
            #expect(note.hasPrefix("## Backlog changes: `the merge base of origin/main and HEAD"))
            #expect(FileManager.default.fileExists(atPath: clone.appendingPathComponent("gl-cairn.sarif").path))

            let onMain = try Self.run(script, in: clone, environment: [:])
            #expect(onMain.status == (breaking ? 1 : 0))
            _ = keep
        }
    }
}
