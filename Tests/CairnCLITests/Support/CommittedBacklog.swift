import Foundation

/// A repository with one commit holding two stories, for tests that write
/// with `cairn set --commit` and then check the result with git itself.
final class CommittedBacklog {
    static let story = "backlog/stories/US-1-pay.md"
    static let otherStory = "backlog/stories/US-2-ship.md"
    /// US-1 as committed.
    static let original = "---\nid: US-1\ntitle: Pay\nstatus: draft\n---\n## Acceptance criteria\n- [ ] Paid.\n"
    /// US-1 after `cairn set US-1 status=ready`.
    static let ready = original.replacingOccurrences(of: "status: draft", with: "status: ready")

    let repository: TemporaryRepository
    /// `HOME` for git and cairn: an empty global configuration.
    private let home: TemporaryDirectory
    /// Whether a tmpfs is mounted on the repository root, to unmount at the end.
    private var mounted = false

    /// A repository with the backlog committed. With `tmpfsSize` (such as
    /// `"1m"`), the repository root is first made a tmpfs of that size, so
    /// that tests can fill it or make it read-only; that needs root and
    /// CAP_SYS_ADMIN (see ``Mounting``).
    init(tmpfsSize: String? = nil) throws {
        repository = try TemporaryRepository()
        home = try TemporaryDirectory()
        if let tmpfsSize {
            try Mounting.mount(["-t", "tmpfs", "-o", "size=\(tmpfsSize)", "tmpfs", repository.url.path])
            mounted = true
            try git("init", "--quiet")
        }
        try repository.write(Self.story, Self.original)
        try repository.write(
            Self.otherStory, "---\nid: US-2\ntitle: Ship\nstatus: draft\n---\n## Acceptance criteria\n- [ ] Shipped.\n")
        try git("add", "-A")
        try git("commit", "-q", "-m", "Backlog")
    }

    deinit {
        guard mounted else { return }
        try? Mounting.mount(["-o", "remount,rw", repository.url.path])
        try? Mounting.unmount(repository.url.path)
    }

    /// The environment cairn and git run with: an isolated `HOME`, a fixed
    /// identity, and `extra`.
    func environment(_ extra: [String: String] = [:]) -> [String: String] {
        GitCommand.environment(home: home.url, extra.merging(["NO_COLOR": "1"]) { first, _ in first })
    }

    /// Runs git here; throws with its output when it fails.
    @discardableResult
    func git(_ arguments: String...) throws -> String {
        try GitCommand.run(arguments, in: repository.url, home: home.url).stdout
    }

    /// Runs the built cairn here.
    func cairn(_ arguments: String..., environment extra: [String: String] = [:]) throws -> Subprocess.Result {
        try CairnBinary.run(arguments, in: repository.url, environment: environment(extra))
    }

    /// The bytes of `path` (relative to the repository root) as text.
    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: repository.url.appendingPathComponent(path)), as: UTF8.self)
    }

    /// The names in the folder `path` (relative to the repository root), sorted.
    func list(_ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: repository.url.appendingPathComponent(path).path).sorted()
    }

    /// The checks every fault test ends with: `git fsck --strict` finds
    /// nothing wrong and history is a single line of commits.
    func expectSound(commits: Int) throws {
        try git("fsck", "--strict", "--no-progress")
        let merges = try git("rev-list", "--merges", "--count", "HEAD")
        let count = try git("rev-list", "--count", "HEAD")
        guard merges == "0\n", count == "\(commits)\n" else {
            throw Subprocess.Failure(
                message: "expected \(commits) commits in a line, found \(count) with \(merges) merges")
        }
    }
}

/// Mounting file systems for tests of full and read-only disks. Needs root
/// and CAP_SYS_ADMIN; ``refusal`` says why it is not available here.
enum Mounting {
    /// Why this machine cannot mount a tmpfs, or `nil` when it can: found
    /// once by mounting and unmounting one in a temporary folder.
    static let refusal: String? = {
        guard getuid() == 0 else { return "mounting a tmpfs needs root; these tests run as uid \(getuid())" }
        do {
            let point = try TemporaryDirectory()
            try mount(["-t", "tmpfs", "-o", "size=64k", "tmpfs", point.url.path])
            try unmount(point.url.path)
            return nil
        } catch {
            return "this machine refuses to mount a tmpfs: \(error)"
        }
    }()

    static func mount(_ arguments: [String]) throws {
        try run("/bin/mount", arguments)
    }

    static func unmount(_ path: String) throws {
        try run("/bin/umount", [path])
    }

    private static func run(_ program: String, _ arguments: [String]) throws {
        let result = try Subprocess.run(
            URL(fileURLWithPath: program), arguments, in: URL(fileURLWithPath: "/"))
        guard result.status == 0 else {
            throw Subprocess.Failure(message: "\(program) \(arguments.joined(separator: " ")): \(result.stderr)")
        }
    }
}
