import Foundation
import Testing

@testable import CairnKit

/// The baselines ``CheckResultStore`` keeps: found only for the same files,
/// configuration and day, two kept for different numbers of files, and a
/// damaged file never trusted.
@Suite("Check baseline store")
struct CheckBaselineStoreTests {
    static let today = CalendarDate("2026-11-21")

    private static func paths(_ count: Int, prefix: String = "US") -> [String] {
        (1...count).map { "backlog/stories/\(prefix)-\($0).md" }
    }

    private static func baseline(_ paths: [String]) -> CheckBaseline {
        CheckBaseline(
            files: paths.enumerated().map { index, path in
                CheckBaseline.File(
                    path: path, blobID: String(repeating: "a", count: 39) + "\(index % 10)",
                    item: index.isMultiple(of: 3)
                        ? nil
                        : CheckBaseline.ItemSummary(
                            id: "US-\(index % 4)", kind: "story", outline: "outline-\(index)",
                            structure: "structure-\(index)"),
                    hasText: index != 1)
            },
            links: BaselineLinks(
                typeNames: ["depends_on", "parent"], outgoingStart: Array(0...paths.count),
                targets: paths.indices.map { ($0 + 1) % paths.count }, types: paths.indices.map { $0 % 2 }),
            duplicatedIDs: ["US-0", "US-1"], existence: ["docs/design.md": true, "docs/gone.md": false],
            diagnostics: [
                Diagnostic(
                    file: paths[0], location: SourcePosition(line: 2, column: 5), severity: .error,
                    rule: "missing-field", message: "a message", hint: "a hint",
                    notes: [DiagnosticNote(file: paths[0], location: .startOfFile, message: "a note")])
            ])
    }

    private static func listing(_ paths: [String], configurationHash: UInt64 = 7) -> BacklogListing {
        BacklogListing(
            configuration: .default, configurationFile: nil, configurationProblems: [], root: "backlog",
            entries: paths.map { SourceEntry(path: $0) }, configurationHash: configurationHash)
    }

    @Test("a baseline is read back whole for the same files, configuration and day only")
    func roundTrip() throws {
        let directory = try TemporaryDirectory()
        let store = CheckResultStore(gitDirectory: directory.url, cairnVersion: "test")
        let paths = Self.paths(5)
        store.storeBaseline(Self.baseline(paths), configurationHash: 7, today: Self.today)
        let found = try #require(store.baselines(for: Self.listing(paths), today: Self.today).matching)
        let stored = Self.baseline(paths)
        #expect(found.fileCount == stored.fileCount)
        for index in 0..<stored.fileCount {
            #expect(found.hasPath(paths[index], at: index) && !found.hasPath(paths[index] + "x", at: index))
            #expect(found.hasBlobID(String(repeating: "a", count: 39) + "\(index % 10)", at: index))
            #expect(!found.hasBlobID(String(repeating: "b", count: 40), at: index))
            #expect(found.summary(at: index) == stored.summary(at: index))
            #expect(found.hasItem(at: index) == !index.isMultiple(of: 3))
            #expect(found.hasText(at: index) == (index != 1))
        }
        #expect(found.links() == stored.links() && found.links() != nil)
        #expect(found.carriers(of: ["US-1", "US-0", "US-3", "US-", "US-10"]) == ["US-1": 1, "US-0": 4])
        #expect(found.duplicatedIDs == ["US-0", "US-1"])
        #expect(found.existence == Self.baseline(paths).existence)
        #expect(found.diagnostics == Self.baseline(paths).diagnostics)
        #expect(store.baselines(for: Self.listing(paths), today: CalendarDate("2026-11-22")).matching == nil)
        #expect(store.baselines(for: Self.listing(paths), today: nil).matching == nil)
        #expect(store.baselines(for: Self.listing(paths, configurationHash: 8), today: Self.today).matching == nil)
        #expect(store.baselines(for: Self.listing(Self.paths(5, prefix: "BUG")), today: Self.today).matching == nil)
        #expect(store.baselines(for: Self.listing(Self.paths(4)), today: Self.today).matching == nil)
    }

    @Test("two baselines of different numbers of files are kept; one of the same number replaces the other")
    func capacity() throws {
        let directory = try TemporaryDirectory()
        let store = CheckResultStore(gitDirectory: directory.url, cairnVersion: "test")
        let (three, four, five) = (Self.paths(3), Self.paths(4), Self.paths(5))
        store.storeBaseline(Self.baseline(three), configurationHash: 7, today: Self.today)
        store.storeBaseline(Self.baseline(four), configurationHash: 7, today: Self.today)
        #expect(store.baselines(for: Self.listing(three), today: Self.today).matching != nil)
        #expect(store.baselines(for: Self.listing(four), today: Self.today).matching != nil)
        let beforeFive = store.baselines(for: Self.listing(five), today: Self.today)
        #expect(beforeFive.matching == nil && beforeFive.latest?.fileCount == 4)
        store.storeBaseline(Self.baseline(five), configurationHash: 7, today: Self.today)
        #expect(store.baselines(for: Self.listing(three), today: Self.today).matching == nil)
        #expect(store.baselines(for: Self.listing(four), today: Self.today).matching != nil)
        let renamed = Self.paths(5, prefix: "BUG")
        store.storeBaseline(Self.baseline(renamed), configurationHash: 7, today: Self.today)
        #expect(store.baselines(for: Self.listing(five), today: Self.today).matching == nil)
        #expect(store.baselines(for: Self.listing(renamed), today: Self.today).matching != nil)
        #expect(store.baselines(for: Self.listing(four), today: Self.today).matching != nil)
    }

    @Test("files are matched with the baseline's by path and blob id, in one pass over both sorted lists")
    func matchingFiles() {
        let baseline = Self.baseline(["a.md", "b.md", "d.md", "e.md"])
        let id = { (index: Int) in String(repeating: "a", count: 39) + "\(index)" }
        let other = String(repeating: "c", count: 40)
        let found = baseline.indices(
            ofPaths: ["0.md", "a.md", "b.md", "c.md", "e.md", "f.md"],
            blobIDs: [id(0), id(0), other, id(2), id(3), id(3)])
        #expect(found == [nil, 0, nil, nil, 3, nil])
    }

    @Test("a baseline of another day or configuration is dropped by the next write")
    func otherDay() throws {
        let directory = try TemporaryDirectory()
        let store = CheckResultStore(gitDirectory: directory.url, cairnVersion: "test")
        store.storeBaseline(Self.baseline(Self.paths(3)), configurationHash: 7, today: CalendarDate("2026-11-20"))
        store.storeBaseline(Self.baseline(Self.paths(4)), configurationHash: 7, today: Self.today)
        #expect(store.baselines(for: Self.listing(Self.paths(3)), today: CalendarDate("2026-11-20")).matching == nil)
        store.storeBaseline(Self.baseline(Self.paths(3)), configurationHash: 9, today: Self.today)
        #expect(store.baselines(for: Self.listing(Self.paths(4)), today: Self.today).matching == nil)
        #expect(
            store.baselines(for: Self.listing(Self.paths(3), configurationHash: 9), today: Self.today).matching != nil)
    }

    @Test("a damaged or foreign baseline file is not read", arguments: ["truncated", "flipped", "garbage", "version"])
    func damagedFile(damage: String) throws {
        let directory = try TemporaryDirectory()
        let paths = Self.paths(5)
        CheckResultStore(gitDirectory: directory.url, cairnVersion: "test").storeBaseline(
            Self.baseline(paths), configurationHash: 7, today: Self.today)
        let url = directory.url.appendingPathComponent("cairn/check-baseline")
        var bytes = try [UInt8](Data(contentsOf: url))
        switch damage {
        case "truncated": bytes.removeLast(3)
        case "flipped": bytes[bytes.count - 20] ^= 0x01
        case "garbage": bytes = Array(repeating: 0x5A, count: bytes.count)
        default: break
        }
        try Data(bytes).write(to: url)
        let version = damage == "version" ? "other" : "test"
        let store = CheckResultStore(gitDirectory: directory.url, cairnVersion: version)
        #expect(store.baselines(for: Self.listing(paths), today: Self.today).matching == nil)
    }
}
