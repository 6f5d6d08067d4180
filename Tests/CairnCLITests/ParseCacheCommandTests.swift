import Foundation
import Testing

/// The parse cache as the `cairn` binary uses it: the same output with and
/// without it, and processes that write it at the same time.
@Suite("Parse cache (binary)")
struct ParseCacheCommandTests {
    /// A committed backlog of `count` stories, every tenth with a dangling
    /// dependency.
    private static func repository(stories count: Int) throws -> TemporaryDirectory {
        var files: [String: String] = [:]
        for number in 1...count {
            let dependency = number % 10 == 0 ? "US-\(number + 100_000)" : "US-\(max(1, number - 1))"
            files["backlog/stories/US-\(number)-story.md"] = """
                ---
                id: US-\(number)
                title: Story \(number)
                status: draft
                depends_on: [\(dependency)]
                ---
                Mentions [[US-\(number)]] and https://example.com/\(number).

                ## Acceptance criteria
                - [ ] ~~first~~ second
                """
        }
        let repository = try TemporaryDirectory()
        for (path, content) in files { try repository.write(path, content) }
        try repository.initCommittingEverything()
        return repository
    }

    private static func cacheURL(_ repository: TemporaryDirectory) -> URL {
        repository.url.appendingPathComponent(".git/cairn/parse-cache")
    }

    @Test("check prints the same with a fresh cache, a warm cache and --no-cache")
    func sameOutput() throws {
        let repository = try Self.repository(stories: 120)
        let uncached = try cairn(repository, "check", "--no-cache", "--format", "json")
        #expect(!FileManager.default.fileExists(atPath: Self.cacheURL(repository).path))
        let first = try cairn(repository, "check", "--format", "json")
        #expect(FileManager.default.fileExists(atPath: Self.cacheURL(repository).path))
        let warm = try cairn(repository, "check", "--format", "json")
        #expect(uncached.status == 1)
        #expect(first.stdout == uncached.stdout)
        #expect(warm.stdout == uncached.stdout)
        #expect(try cairn(repository, "check").stdout == cairn(repository, "check", "--no-cache").stdout)
    }

    @Test("processes writing the cache at the same time leave a whole, usable cache")
    func concurrentWriters() throws {
        let repository = try Self.repository(stories: 300)
        let expected = try cairn(repository, "check", "--no-cache", "--format", "json").stdout
        for _ in 0..<3 {
            try? FileManager.default.removeItem(at: Self.cacheURL(repository))
            // Without this, the runs would report the stored result, or
            // check from the baseline, and not parse at all.
            for stored in ["check-results", "check-baseline"] {
                try? FileManager.default.removeItem(
                    at: Self.cacheURL(repository).deletingLastPathComponent().appendingPathComponent(stored))
            }
            let outputs = OutputStore()
            let root = repository.url
            DispatchQueue.concurrentPerform(iterations: 3) { _ in
                outputs.append((try? CairnBinary.run(["check", "--format", "json"], in: root).stdout) ?? "failed")
            }
            #expect(outputs.values == [expected, expected, expected])
            let written = try Data(contentsOf: Self.cacheURL(repository))
            // A warm run finds every file in the cache and leaves it as it is.
            #expect(try cairn(repository, "check", "--format", "json").stdout == expected)
            #expect(try Data(contentsOf: Self.cacheURL(repository)) == written)
        }
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: Self.cacheURL(repository).deletingLastPathComponent().path)
        // No temporary file is left behind; the record of the working tree
        // appears once the files are two seconds old, which a slow run reaches.
        #expect(Set(leftovers).subtracting(["stat-cache"]) == ["check-baseline", "check-results", "parse-cache"])
    }
}

private func cairn(_ repository: TemporaryDirectory, _ arguments: String...) throws -> Subprocess.Result {
    try CairnBinary.run(arguments, in: repository.url)
}

/// Outputs collected from concurrent runs.
private final class OutputStore: @unchecked Sendable {
    // @unchecked: `collected` is only touched while holding `lock`.
    private let lock = NSLock()
    private var collected: [String] = []

    func append(_ output: String) {
        lock.withLock { collected.append(output) }
    }

    var values: [String] { lock.withLock { collected } }
}
