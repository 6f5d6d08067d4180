import Foundation
import Testing

/// `cairn set --commit` killed between its steps, and two of them racing:
/// the real binary in real repositories, checked with git itself. The kill
/// points come from the `CAIRN_TEST_PAUSE_AT` seam (`FaultTestPause`).
@Suite("cairn binary: faults on write")
struct WriteFaultTests {
    /// Where the write stands when the process dies at each step.
    struct KillPoint: CustomTestStringConvertible, Sendable {
        var step: String
        /// Whether the new bytes have replaced the file.
        var fileReplaced: Bool
        /// What `git status --porcelain` says about the story.
        var status: String
        /// Whether the locks of HEAD and its branch are left behind, as a
        /// killed `git commit` leaves them.
        var referenceLocksLeft: Bool

        var testDescription: String { step }
    }

    static let killPoints = [
        KillPoint(step: "temp-written", fileReplaced: false, status: "", referenceLocksLeft: false),
        KillPoint(step: "temp-synced", fileReplaced: false, status: "", referenceLocksLeft: false),
        KillPoint(step: "renamed", fileReplaced: true, status: " M", referenceLocksLeft: false),
        KillPoint(step: "objects-written", fileReplaced: true, status: " M", referenceLocksLeft: false),
        KillPoint(step: "references-locked", fileReplaced: true, status: " M", referenceLocksLeft: true),
        KillPoint(step: "index-written", fileReplaced: true, status: "M ", referenceLocksLeft: true),
    ]

    @Test("killed at any step: the old file or the new one, never a corrupt repository", arguments: killPoints)
    func killed(at point: KillPoint) throws {
        let backlog = try CommittedBacklog()
        try PausedCairn.killed(at: point.step, in: backlog, "set", "US-1", "status=ready", "--commit")

        #expect(
            try backlog.read(CommittedBacklog.story)
                == (point.fileReplaced ? CommittedBacklog.ready : CommittedBacklog.original))
        try backlog.expectSound(commits: 1)
        let leftovers = try backlog.list("backlog/stories").filter { $0.hasPrefix(".US-1-pay.md.cairn-") }
        #expect(leftovers.count == (point.fileReplaced ? 0 : 1))
        let status = try backlog.git("status", "--porcelain")
        // A temporary file left by the kill is untracked until the next write of the file removes it.
        let expectedStatus = leftovers.map { "?? backlog/stories/\($0)\n" }.joined()
        #expect(status == (point.status.isEmpty ? expectedStatus : "\(point.status) \(CommittedBacklog.story)\n"))
        let locks = [".git/HEAD.lock", ".git/refs/heads/main.lock", ".git/refs/heads/master.lock"].filter {
            FileManager.default.fileExists(atPath: backlog.repository.url.appendingPathComponent($0).path)
        }
        #expect(locks.count == (point.referenceLocksLeft ? 2 : 0))
        // Whatever state the kill left, the backlog reads as it is on disk; a leftover is hidden.
        let check = try backlog.cairn("check", "--format", "json")
        #expect(check.status == 0, "\(check.stdout)")
        #expect(try CheckReport(json: check.stdout).summary.files == 2)

        if !point.fileReplaced {
            // The next write finishes the job and removes the dead process's temporary file.
            let again = try backlog.cairn("set", "US-1", "status=ready", "--commit")
            #expect(again.status == 0, "\(again.stderr)")
            #expect(try backlog.list("backlog/stories") == ["US-1-pay.md", "US-2-ship.md"])
            #expect(try backlog.git("status", "--porcelain").isEmpty)
            try backlog.expectSound(commits: 2)
        } else if point.referenceLocksLeft {
            // Like git after a killed commit: the stale locks stop the next commit, before it writes.
            let blocked = try backlog.cairn("set", "US-2", "status=ready", "--commit")
            #expect(blocked.status == 2)
            #expect(blocked.stderr.contains("cannot commit, so nothing was written"))
            #expect(blocked.stderr.contains(".lock' exists); if none is running, remove that file and try again"))
            #expect(try backlog.git("status", "--porcelain") == status)
        } else {
            // The value is already on disk: nothing to write; the change waits to be committed with git.
            let again = try backlog.cairn("set", "US-1", "status=ready", "--commit")
            #expect(again.status == 0)
            #expect(again.stdout == "Nothing to change: US-1: status ready → ready\n")
            try backlog.git("commit", "-q", "-am", "US-1 ready")
            try backlog.expectSound(commits: 2)
        }
    }

    @Test("two set --commit racing on different items both land, in a line of commits (four rounds)")
    func raceOnDifferentItems() throws {
        for _ in 0..<4 {
            let backlog = try CommittedBacklog()
            let results = try Self.race(
                in: backlog, ["set", "US-1", "status=ready", "--commit"], ["set", "US-2", "status=ready", "--commit"])
            try backlog.expectSound(commits: 1 + results.filter { $0.status == 0 }.count)
            for result in results where result.status != 0 {
                #expect(result.status == 2)
                #expect(Self.clearRaceFailure(result.stderr), "\(result.stderr)")
            }
            // A loser is written but not committed, or refused before writing
            // ("nothing was written"): either way its file is whole, old or new.
            for (index, path) in [CommittedBacklog.story, CommittedBacklog.otherStory].enumerated() {
                let refused = results[index].status != 0 && results[index].stderr.contains("nothing was written")
                let text = try backlog.read(path)
                #expect(text.contains(refused ? "status: draft\n" : "status: ready\n"), "\(results[index].stderr)")
            }
            #expect(try backlog.read(CommittedBacklog.story) != CommittedBacklog.original || results[0].status != 0)
            let committed = try backlog.git("log", "--format=%s")
            for (index, result) in results.enumerated() where result.status == 0 {
                #expect(committed.contains("US-\(index + 1): status draft → ready"))
            }
        }
    }

    @Test("two set --commit racing on the same item: one value wins whole, history stays linear (four rounds)")
    func raceOnSameItem() throws {
        for _ in 0..<4 {
            let backlog = try CommittedBacklog()
            let results = try Self.race(
                in: backlog, ["set", "US-1", "status=ready", "--commit"],
                ["set", "US-1", "status=done", "--commit"])
            let landed = results.filter { $0.status == 0 }.count
            #expect(landed >= 1)
            try backlog.expectSound(commits: 1 + landed)
            for result in results where result.status != 0 {
                #expect(Self.clearRaceFailure(result.stderr), "\(result.stderr)")
            }
            let text = try backlog.read(CommittedBacklog.story)
            #expect(
                [CommittedBacklog.ready, CommittedBacklog.original.replacingOccurrences(of: "draft", with: "done")]
                    .contains(text))
        }
    }

    /// Runs two cairn commands at once and returns both results.
    private static func race(in backlog: CommittedBacklog, _ first: [String], _ second: [String]) throws
        -> [Subprocess.Result]
    {
        let directory = backlog.repository.url
        let environment = backlog.environment()
        let group = DispatchGroup()
        let results = RaceResults()
        for (index, arguments) in [first, second].enumerated() {
            group.enter()
            DispatchQueue.global().async {
                results.set(
                    index,
                    Result {
                        try CairnBinary.run(arguments, in: directory, environment: environment)
                    })
                group.leave()
            }
        }
        group.wait()
        return try results.all()
    }

    /// A losing racer's error names the reason and whether the file was written.
    private static func clearRaceFailure(_ stderr: String) -> Bool {
        stderr.hasPrefix("Error: cannot commit, so nothing was written: ")
            || stderr.hasPrefix("Error: the change is written but not committed: ")
    }
}

/// The two results of a race, filled in from two threads.
private final class RaceResults: @unchecked Sendable {
    // @unchecked: every access holds `lock`.
    private let lock = NSLock()
    private var results: [Int: Result<Subprocess.Result, any Error>] = [:]

    func set(_ index: Int, _ result: Result<Subprocess.Result, any Error>) {
        lock.withLock { results[index] = result }
    }

    func all() throws -> [Subprocess.Result] {
        try lock.withLock {
            try [0, 1].map { try results[$0]?.get() ?? { throw Subprocess.Failure(message: "no result") }() }
        }
    }
}

/// Runs the built cairn with `CAIRN_TEST_PAUSE_AT` set, waits until it says
/// it has stopped at the step, and kills it there with SIGKILL.
enum PausedCairn {
    static func killed(at step: String, in backlog: CommittedBacklog, _ arguments: String...) throws {
        guard let executable = BuiltProducts.executable("cairn") else {
            throw Subprocess.Failure(message: "cairn is not built next to the tests; run swift build first")
        }
        let marker = try TemporaryDirectory()
        let markerFile = marker.url.appendingPathComponent("paused").path
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = backlog.repository.url
        process.environment = backlog.environment([
            "CAIRN_TEST_PAUSE_AT": step, "CAIRN_TEST_PAUSE_MARKER": markerFile,
        ])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: markerFile), process.isRunning, Date() < deadline {
            usleep(10_000)
        }
        let paused = FileManager.default.fileExists(atPath: markerFile)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        guard paused else {
            throw Subprocess.Failure(message: "cairn never stopped at \(step) (exit \(process.terminationStatus))")
        }
        #expect(process.terminationReason == .uncaughtSignal)
    }
}
