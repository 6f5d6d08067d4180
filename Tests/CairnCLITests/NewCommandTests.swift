import CairnCLI
import CairnKit
import Foundation
import Testing

/// `cairn new` in-process, in git repositories set up by `cairn init`.
@Suite("cairn new")
struct NewCommandTests {
    /// A repository with a commit of what `cairn init` writes.
    private func initialized() throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        try directory.initializeGitRepository()
        #expect(cairn("init", in: directory).status == 0)
        try git(["add", "."], in: directory)
        try git(["commit", "--quiet", "-m", "init"], in: directory)
        return directory
    }

    private func git(_ arguments: [String], in directory: TemporaryDirectory) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = directory.url.path
        environment["GIT_CONFIG_GLOBAL"] = directory.url.appendingPathComponent(".gitconfig-test").path
        for role in ["AUTHOR", "COMMITTER"] {
            environment["GIT_\(role)_NAME"] = "Test"
            environment["GIT_\(role)_EMAIL"] = "test@example.com"
        }
        let result = try Subprocess.run(
            URL(fileURLWithPath: "/usr/bin/git"), arguments, in: directory.url, environment: environment)
        guard result.status == 0 else { throw Subprocess.Failure(message: "git \(arguments): \(result.stderr)") }
    }

    private func run(_ arguments: [String], in directory: TemporaryDirectory) -> RunResult {
        let result = CairnCommand.run(arguments, in: directory.url)
        return RunResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    private func read(_ path: String, in directory: TemporaryDirectory) throws -> String {
        try String(contentsOf: directory.url.appendingPathComponent(path), encoding: .utf8)
    }

    private func exists(_ path: String, in directory: TemporaryDirectory) -> Bool {
        FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(path).path)
    }

    /// An executable shell script in `directory`, for `$EDITOR`.
    private func script(_ name: String, _ body: String, in directory: TemporaryDirectory) throws -> String {
        let path = directory.url.appendingPathComponent(name).path
        try directory.write(name, "#!/bin/sh\n" + body)
        guard chmod(path, 0o755) == 0 else { throw Subprocess.Failure(message: "chmod \(path) failed") }
        return path
    }

    @Test("writes backlog/<folder>/<ID>-<slug>.md from the built-in template")
    func story() throws {
        let directory = try initialized()
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("Templates"))
        let result = cairn("new", "story", "Pay with Apple Pay", "--set", "created=2026-11-21", in: directory)
        #expect(
            result
                == RunResult(status: 0, stdout: "Wrote backlog/stories/US-1-pay-with-apple-pay.md\n", stderr: ""))
        #expect(
            try read("backlog/stories/US-1-pay-with-apple-pay.md", in: directory) == """
                ---
                id: US-1
                kind: story
                title: Pay with Apple Pay
                status: draft
                created: 2026-11-21
                ---

                As a …, I want …, so that ….

                ## Acceptance criteria

                - [ ] Given …, when …, then ….

                """)
        #expect(cairn("check", in: directory).status == 0)
    }

    @Test("each new item of a kind takes the next id; created is today")
    func nextID() throws {
        let directory = try initialized()
        #expect(cairn("new", "bug", "First", in: directory).stdout == "Wrote backlog/bugs/BUG-1-first.md\n")
        #expect(cairn("new", "bug", "Second", in: directory).stdout == "Wrote backlog/bugs/BUG-2-second.md\n")
        #expect(cairn("new", "epic", "😀", in: directory).stdout == "Wrote backlog/epics/EP-1.md\n")
        let text = try read("backlog/bugs/BUG-2-second.md", in: directory)
        let created = try #require(text.split(separator: "\n").first { $0.hasPrefix("created: ") })
        #expect(CalendarDate(created.dropFirst("created: ".count)) != nil)
    }

    @Test("--parent links the new item; a parent that does not exist is refused with the diagnostic")
    func parent() throws {
        let directory = try initialized()
        #expect(cairn("new", "epic", "Checkout", in: directory).status == 0)
        #expect(cairn("new", "story", "Pay", "--parent", "EP-1", in: directory).status == 0)
        #expect(try read("backlog/stories/US-1-pay.md", in: directory).contains("\nparent: EP-1\n"))
        let dangling = cairn("new", "story", "Refund", "--parent", "EP-9", in: directory)
        #expect(dangling.status == 1)
        #expect(dangling.stderr.contains("[dangling-reference]"))
        #expect(dangling.stderr.contains("Refused: the change would add 1 error; nothing was written."))
        #expect(!exists("backlog/stories/US-2-refund.md", in: directory))
        let forced = cairn("new", "story", "Refund", "--parent", "EP-9", "--force", in: directory)
        #expect(forced.status == 0)
        #expect(exists("backlog/stories/US-2-refund.md", in: directory))
    }

    @Test("a template in the repository's Templates/ is used instead of the built-in one")
    func overrideTemplate() throws {
        let directory = try initialized()
        try directory.write(
            "Templates/story.md",
            "---\nid: {{id}}\ntitle: {{title}}\nstatus: {{status}}\nowner: {{#owner}}{{owner}}{{/owner}}{{^owner}}nobody{{/owner}}\n---\n\n# {{title_text}}\n\n- [ ] Done\n"
        )
        #expect(cairn("new", "story", "Pay: now", in: directory).status == 0)
        #expect(
            try read("backlog/stories/US-1-pay-now.md", in: directory)
                == "---\nid: US-1\ntitle: \"Pay: now\"\nstatus: draft\nowner: nobody\n---\n\n# Pay: now\n\n- [ ] Done\n"
        )
    }

    @Test("a broken template is an error naming the file; nothing is written")
    func brokenTemplate() throws {
        let directory = try initialized()
        try directory.write("Templates/epic.md", "---\nid: {{id}}\n{{#parent}}\n---\n")
        let result = cairn("new", "epic", "Checkout", in: directory)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("Error: Templates/epic.md:5:1: a section is never closed"))
        #expect(!exists("backlog/epics/EP-1-checkout.md", in: directory))
    }

    @Test("an unknown kind is a usage error that lists the kinds")
    func unknownKind() throws {
        let directory = try initialized()
        let result = cairn("new", "stroy", "Pay", in: directory)
        #expect(
            result
                == RunResult(
                    status: 2, stdout: "",
                    stderr: "Error: unknown kind \"stroy\" (did you mean story?); the kinds are story, epic, prd, "
                        + "mrd, objective, key-result, release, feedback, bug\n"))
    }

    @Test(
        "bad arguments are usage errors", arguments: [["--parent", "epic"], ["--set", "priority"], ["--set", "=x"]])
    func badArguments(extra: [String]) throws {
        let directory = try initialized()
        let result = run(["new", "story", "Pay"] + extra, in: directory)
        #expect(result.status == 2)
        #expect(!exists("backlog/stories/US-1-pay.md", in: directory))
    }

    @Test("the id is one past the highest taken on any branch, not just the working tree")
    func otherBranches() throws {
        let directory = try initialized()
        for number in 1...3 { #expect(cairn("new", "story", "Mine \(number)", in: directory).status == 0) }
        try git(["add", "."], in: directory)
        try git(["commit", "--quiet", "-m", "three stories"], in: directory)
        try git(["switch", "--quiet", "-c", "teammate"], in: directory)
        try directory.write("backlog/stories/US-7-theirs.md", "---\nid: US-7\ntitle: Theirs\nstatus: draft\n---\n")
        try git(["add", "."], in: directory)
        try git(["commit", "--quiet", "-m", "theirs"], in: directory)
        try git(["switch", "--quiet", "-"], in: directory)
        #expect(!exists("backlog/stories/US-7-theirs.md", in: directory))
        #expect(cairn("new", "story", "Next", in: directory).stdout == "Wrote backlog/stories/US-8-next.md\n")
    }

    @Test("the branch id cache is written, sees branches made after it, and --no-cache neither reads nor writes it")
    func branchIDCache() throws {
        let directory = try initialized()
        let cache = ".git/cairn/branch-ids"
        #expect(cairn("new", "story", "First", "--no-cache", in: directory).status == 0)
        #expect(!exists(cache, in: directory))
        #expect(cairn("new", "story", "Second", in: directory).stdout == "Wrote backlog/stories/US-2-second.md\n")
        #expect(exists(cache, in: directory))
        try git(["switch", "--quiet", "-c", "teammate"], in: directory)
        try directory.write("backlog/stories/US-20-theirs.md", "---\nid: US-20\ntitle: Theirs\nstatus: draft\n---\n")
        try git(["add", "backlog/stories/US-20-theirs.md"], in: directory)
        try git(["commit", "--quiet", "-m", "theirs"], in: directory)
        try git(["switch", "--quiet", "-"], in: directory)
        #expect(cairn("new", "story", "Third", in: directory).stdout == "Wrote backlog/stories/US-21-third.md\n")
        // --no-cache neither reads nor rewrites a damaged cache; the next run rebuilds it.
        try directory.write(cache, "damaged")
        #expect(
            cairn("new", "story", "Fourth", "--no-cache", in: directory).stdout
                == "Wrote backlog/stories/US-22-fourth.md\n")
        #expect(try read(cache, in: directory) == "damaged")
        #expect(cairn("new", "story", "Fifth", in: directory).stdout == "Wrote backlog/stories/US-23-fifth.md\n")
        let rebuilt = try Data(contentsOf: directory.url.appendingPathComponent(cache))
        #expect(rebuilt.starts(with: Array("CAIRNBI".utf8)))
    }

    @Test("--edit opens $EDITOR on the new file and then checks it")
    func edit() throws {
        let directory = try initialized()
        let editor = try script("append.sh", "printf 'Added by the editor.\\n' >> \"$1\"\n", in: directory)
        let result = cairn("new", "story", "Pay", "--edit", in: directory, environment: ["EDITOR": editor])
        #expect(
            result
                == RunResult(
                    status: 0, stdout: "Wrote backlog/stories/US-1-pay.md\nno problems in 1 file (1 item)\n",
                    stderr: ""))
        #expect(try read("backlog/stories/US-1-pay.md", in: directory).hasSuffix("then ….\nAdded by the editor.\n"))
    }

    @Test("$VISUAL comes before $EDITOR, and may carry arguments")
    func visual() throws {
        let directory = try initialized()
        let visual = try script("visual.sh", "printf '%s\\n' \"$1\" >> \"$2\"\n", in: directory)
        let editor = try script("editor.sh", "exit 1\n", in: directory)
        let result = cairn(
            "new", "epic", "Checkout", "--edit", in: directory,
            environment: ["VISUAL": "\(visual) 'From VISUAL'", "EDITOR": editor])
        #expect(result.status == 0, "\(result)")
        #expect(try read("backlog/epics/EP-1-checkout.md", in: directory).hasSuffix("From VISUAL\n"))
    }

    @Test("an edit that breaks the item is reported with its diagnostics and exit status 1")
    func brokenEdit() throws {
        let directory = try initialized()
        let editor = try script(
            "break.sh", "printf -- '---\\nid: US-1\\ntitle: Pay\\nstatus: bogus\\n---\\n' > \"$1\"\n", in: directory)
        let result = cairn("new", "story", "Pay", "--edit", in: directory, environment: ["EDITOR": editor])
        #expect(result.status == 1)
        #expect(result.stdout.contains("backlog/stories/US-1-pay.md:4:9: error: "))
        #expect(result.stdout.hasSuffix("1 error in 1 file (1 item)\n"))
    }

    @Test("an editor that fails is an error; the file stays for another try")
    func failingEditor() throws {
        let directory = try initialized()
        let editor = try script("fail.sh", "exit 3\n", in: directory)
        let result = cairn("new", "story", "Pay", "--edit", in: directory, environment: ["EDITOR": editor])
        #expect(result.status == 2)
        #expect(result.stderr.contains("failed (status 3)"))
        #expect(exists("backlog/stories/US-1-pay.md", in: directory))
    }
}
