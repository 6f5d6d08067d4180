import CairnGit
import CairnSynthetic
import Foundation
import Testing

@testable import CairnKit

/// Checks after edits, through the stored results and the baseline, in a
/// real git repository: each reports exactly what a full check without any
/// cache reports, and only edits that change no id, no kind, and nothing
/// the rules of the backlog scope report are checked from the baseline.
@Suite("Incremental check")
struct IncrementalCheckTests {
    static let today = CalendarDate("2026-11-21")

    /// A generated backlog with errors plus files each edit below aims at,
    /// committed.
    private static func repository() throws -> GitSandbox {
        let sandbox = try GitSandbox()
        for file in SyntheticBacklog(itemCount: 300, seed: 7, errorRate: 0.05).files() {
            try sandbox.write("backlog/" + file.path, file.content)
        }
        try sandbox.write("docs/design.md", "# Design\n")
        try sandbox.write(
            "backlog/stories/US-9001-ready.md", "---\nid: US-9001\ntitle: Ready\nstatus: ready\n---\nNo criteria yet.\n"
        )
        try sandbox.write(
            "backlog/stories/US-9002-linked.md",
            "---\nid: US-9002\ntitle: Linked\nstatus: draft\n---\nSee [the design](../../docs/design.md).\n")
        try sandbox.write(
            "backlog/stories/US-9003-twin.md", "---\nid: US-9003\ntitle: Twin\nstatus: draft\n---\nOne.\n")
        try sandbox.write(
            "backlog/stories/US-9003-other-twin.md", "---\nid: US-9003\ntitle: Other\nstatus: draft\n---\nTwo.\n")
        try sandbox.write("backlog/notes/broken.md", "no front matter\n")
        for (path, text) in linkedItems { try sandbox.write("backlog/" + path, text) }
        try sandbox.git("add", "-A")
        try sandbox.git("commit", "--quiet", "-m", "backlog")
        return sandbox
    }

    /// Items that rules of the links scope read across links, each
    /// within two links of an item an edit below changes.
    private static let linkedItems = [
        ("releases/REL-9001-spring.md", "---\nid: REL-9001\ntitle: Spring\nstatus: draft\ndate: 2999-04-01\n---\n"),
        ("releases/REL-9002-autumn.md", "---\nid: REL-9002\ntitle: Autumn\nstatus: draft\ndate: 2999-10-01\n---\n"),
        (
            "stories/US-9010-late.md",
            "---\nid: US-9010\ntitle: Late\nstatus: ready\nrelease: REL-9002\ndepends_on: [US-9011]\n---\n"
        ),
        ("stories/US-9011-early.md", "---\nid: US-9011\ntitle: Early\nstatus: draft\nrelease: REL-9001\n---\n"),
        ("epics/EP-9001-custom.md", "---\nid: EP-9001\ntitle: Custom\nstatus: in-progress\n---\n"),
        ("epics/EP-9002-finished.md", "---\nid: EP-9002\ntitle: Finished\nstatus: done\n---\n"),
        ("stories/US-9012-child.md", "---\nid: US-9012\ntitle: Child\nstatus: draft\nparent: EP-9001\n---\n"),
        (
            "stories/US-9013-must.md",
            "---\nid: US-9013\ntitle: Must\nstatus: ready\npriority: must\ndepends_on: [US-9014]\n---\n"
        ),
        ("stories/US-9014-should.md", "---\nid: US-9014\ntitle: Should\nstatus: draft\npriority: should\n---\n"),
        ("objectives/OBJ-9001-kiosks.md", "---\nid: OBJ-9001\ntitle: Kiosks\nstatus: ready\n---\n"),
        (
            "key-results/KR-9001-live.md",
            "---\nid: KR-9001\ntitle: Live\nstatus: draft\nparent: OBJ-9001\ntarget: 10\n---\n"
        ),
        ("stories/US-9015-kiosk.md", "---\nid: US-9015\ntitle: Kiosk\nstatus: draft\nkey_results: [KR-9001]\n---\n"),
    ]

    /// The working tree, or the index when `staged`, checked as
    /// `cairn check` checks it.
    private static func check(_ sandbox: GitSandbox, staged: Bool = false) throws -> (
        report: String, loadedWhole: Bool
    ) {
        let repository = try #require(try GitRepository.discover(containing: sandbox.url))
        let directory = repository.commonDirectory
        let source: any BacklogSource =
            staged
            ? GitSnapshotSource(snapshot: try repository.indexSnapshot(), workingTree: sandbox.url)
            : WorkingTreeSource(
                root: sandbox.url,
                blobIDs: WorkingTreeBlobIDs(statCache: nil, gitIndex: { repository.indexStatData() }))
        let runner = CheckRunner(
            checker: BacklogChecker(today: today),
            parseCache: ParseCacheStore(gitDirectory: directory, cairnVersion: "test"),
            results: CheckResultStore(gitDirectory: directory, cairnVersion: "test"))
        let outcome = try runner.check(source, root: nil, scopes: [])
        return (try render(outcome.report, outcome.sources), outcome.backlog != nil)
    }

    /// The working tree loaded and checked whole, without any cache.
    private static func fullCheck(_ sandbox: GitSandbox) throws -> String {
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: sandbox.url))
        return try render(BacklogChecker(today: today).report(on: backlog, scopes: []), SourceLookup(backlog: backlog))
    }

    private static func render(_ report: CheckReport, _ sources: SourceLookup) throws -> String {
        let text = TextDiagnosticRenderer(colour: false).render(
            report.diagnostics, sources: sources, summary: report.summary)
        return try JSONDiagnosticRenderer.render(report.diagnostics, summary: report.summary) + text
    }

    private static func append(_ text: String, to path: String, in sandbox: GitSandbox) throws {
        let url = sandbox.url.appendingPathComponent(path)
        try sandbox.write(path, try String(contentsOf: url, encoding: .utf8) + text)
    }

    private static func replace(_ old: String, with new: String, in path: String, of sandbox: GitSandbox) throws {
        let url = sandbox.url.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(old))
        try sandbox.write(path, text.replacingOccurrences(of: old, with: new))
    }

    /// One edit and whether the check after it loads the whole backlog.
    private struct Edit: Sendable {
        var name: String
        var loadsWhole: Bool
        var apply: @Sendable (GitSandbox) throws -> Void
    }

    private static let edits: [Edit] = [
        Edit(name: "a paragraph appended to a story", loadsWhole: false) {
            try append("\nMore words.\n", to: "backlog/stories/US-9003-twin.md", in: $0)
        },
        Edit(name: "acceptance criteria added to a ready story", loadsWhole: false) {
            try append("\n- [ ] it works\n", to: "backlog/stories/US-9001-ready.md", in: $0)
        },
        Edit(name: "a link broken", loadsWhole: false) {
            try replace("docs/design.md", with: "docs/missing.md", in: "backlog/stories/US-9002-linked.md", of: $0)
        },
        Edit(name: "merge conflict markers in a body", loadsWhole: false) {
            try append("<<<<<<< ours\nA\n=======\nB\n>>>>>>> theirs\n", to: "backlog/stories/US-9002-linked.md", in: $0)
        },
        Edit(name: "a file without front matter rewritten", loadsWhole: false) {
            try $0.write("backlog/notes/broken.md", "still no front matter, longer now\n")
        },
        Edit(name: "two bodies edited", loadsWhole: false) {
            try append("\nThree.\n", to: "backlog/stories/US-9003-twin.md", in: $0)
            try append("\nFour.\n", to: "backlog/stories/US-9003-other-twin.md", in: $0)
        },
        Edit(name: "a title changed", loadsWhole: false) {
            try replace("title: Ready", with: "title: Ready soon", in: "backlog/stories/US-9001-ready.md", of: $0)
        },
        Edit(name: "a duplicated id's title changed", loadsWhole: false) {
            try replace("title: Twin", with: "title: Twin, renamed", in: "backlog/stories/US-9003-twin.md", of: $0)
        },
        Edit(name: "a title given a value of the wrong type", loadsWhole: false) {
            try replace("title: Ready soon", with: "title: [a, b]", in: "backlog/stories/US-9001-ready.md", of: $0)
        },
        Edit(name: "a title folded over two lines", loadsWhole: false) {
            try replace(
                "title: [a, b]", with: "title: >\n  Ready\n  again", in: "backlog/stories/US-9001-ready.md", of: $0)
        },
        Edit(name: "a priority set", loadsWhole: false) {
            try replace(
                "status: draft", with: "status: draft\npriority: must", in: "backlog/stories/US-9002-linked.md", of: $0)
        },
        Edit(name: "a status changed", loadsWhole: false) {
            try replace("status: ready", with: "status: done", in: "backlog/stories/US-9001-ready.md", of: $0)
        },
        Edit(name: "an epic marked done while a story under it is open", loadsWhole: false) {
            try replace("in-progress", with: "done", in: "backlog/epics/EP-9001-custom.md", of: $0)
        },
        Edit(name: "a dependency of a must-have lowered to could", loadsWhole: false) {
            try replace("priority: should", with: "priority: could", in: "backlog/stories/US-9014-should.md", of: $0)
        },
        Edit(name: "a dependency's release moved after the dependent's", loadsWhole: false) {
            try replace("2999-04-01", with: "2999-12-01", in: "backlog/releases/REL-9001-spring.md", of: $0)
        },
        Edit(name: "an objective dropped, two links from the work for it", loadsWhole: false) {
            try replace("status: ready", with: "status: dropped", in: "backlog/objectives/OBJ-9001-kiosks.md", of: $0)
        },
        Edit(name: "the objective and the epic restored together", loadsWhole: false) {
            try replace("status: dropped", with: "status: ready", in: "backlog/objectives/OBJ-9001-kiosks.md", of: $0)
            try replace("status: done", with: "status: in-progress", in: "backlog/epics/EP-9001-custom.md", of: $0)
        },
        Edit(name: "an open story moved under an epic that is done", loadsWhole: false) {
            try replace("parent: EP-9001", with: "parent: EP-9002", in: "backlog/stories/US-9012-child.md", of: $0)
        },
        Edit(name: "a dependency added to a must-have", loadsWhole: false) {
            try replace(
                "depends_on: [US-9014]", with: "depends_on: [US-9014, US-9011]",
                in: "backlog/stories/US-9013-must.md", of: $0)
        },
        Edit(name: "a mention of a known item added", loadsWhole: false) {
            try append("\nSee [[US-9011]] and [[EP-9001]].\n", to: "backlog/stories/US-9015-kiosk.md", in: $0)
        },
        Edit(name: "a dependency removed", loadsWhole: false) {
            try replace("depends_on: [US-9011]\n", with: "", in: "backlog/stories/US-9010-late.md", of: $0)
        },
        Edit(name: "a dependency restored", loadsWhole: false) {
            try replace(
                "status: ready\n", with: "status: ready\ndepends_on: [US-9011]\n",
                in: "backlog/stories/US-9010-late.md", of: $0)
        },
        Edit(name: "a dependency that closes a cycle", loadsWhole: true) {
            try replace(
                "release: REL-9001", with: "release: REL-9001\ndepends_on: [US-9010]",
                in: "backlog/stories/US-9011-early.md", of: $0)
        },
        Edit(name: "the cycle broken at its other end", loadsWhole: true) {
            try replace("depends_on: [US-9011]\n", with: "", in: "backlog/stories/US-9010-late.md", of: $0)
        },
        Edit(name: "the open story moved back from the epic that is done", loadsWhole: false) {
            try replace("parent: EP-9002", with: "parent: EP-9001", in: "backlog/stories/US-9012-child.md", of: $0)
        },
        Edit(name: "a dependency on an unknown item added", loadsWhole: true) {
            try replace(
                "priority: could", with: "priority: could\ndepends_on: [US-8887]",
                in: "backlog/stories/US-9014-should.md", of: $0)
        },
        Edit(name: "the unknown dependency pointed at a known item", loadsWhole: true) {
            try replace("US-8887", with: "US-9001", in: "backlog/stories/US-9014-should.md", of: $0)
        },
        Edit(name: "a dependency that closes a cycle of three", loadsWhole: true) {
            try replace(
                "status: done", with: "status: done\ndepends_on: [US-9013]", in: "backlog/stories/US-9001-ready.md",
                of: $0)
        },
        Edit(name: "a dependency on an id two files carry", loadsWhole: true) {
            try replace(
                "key_results: [KR-9001]", with: "key_results: [KR-9001]\ndepends_on: [US-9003]",
                in: "backlog/stories/US-9015-kiosk.md", of: $0)
        },
        Edit(name: "an id changed", loadsWhole: true) {
            try replace("id: US-9014", with: "id: US-9016", in: "backlog/stories/US-9014-should.md", of: $0)
        },
        Edit(name: "a mention of an unknown item added to a body", loadsWhole: true) {
            try append("\nSee [[US-8888]].\n", to: "backlog/stories/US-9003-twin.md", in: $0)
        },
        Edit(name: "front matter given to the file without it", loadsWhole: true) {
            try $0.write("backlog/notes/broken.md", "---\nid: US-9004\ntitle: Notes\nstatus: draft\n---\n")
        },
        Edit(name: "a story made binary", loadsWhole: true) {
            try Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01]).write(
                to: $0.url.appendingPathComponent("backlog/stories/US-9002-linked.md"))
        },
        Edit(name: "a body edited after the binary file came back", loadsWhole: true) {
            try $0.write(
                "backlog/stories/US-9002-linked.md",
                "---\nid: US-9002\ntitle: Linked\nstatus: draft\n---\nSee [the design](../../docs/design.md).\n")
        },
        Edit(name: "the body edited back", loadsWhole: false) {
            try append("\nAgain.\n", to: "backlog/stories/US-9002-linked.md", in: $0)
        },
        Edit(name: "a file added", loadsWhole: true) {
            try $0.write("backlog/stories/US-9005-new.md", "---\nid: US-9005\ntitle: New\nstatus: draft\n---\n")
        },
        Edit(name: "a file removed", loadsWhole: true) {
            try FileManager.default.removeItem(
                at: $0.url.appendingPathComponent("backlog/stories/US-9003-other-twin.md"))
        },
        Edit(name: "a body edited once more", loadsWhole: false) {
            try append("\nOnce more.\n", to: "backlog/stories/US-9002-linked.md", in: $0)
        },
        Edit(name: "the linked file outside the backlog removed", loadsWhole: true) {
            try FileManager.default.removeItem(at: $0.url.appendingPathComponent("docs/design.md"))
        },
    ]

    @Test(
        "every edit reports what a full check reports; only edits that keep ids, kinds and structure rules skip loading"
    )
    func editsMatchFullChecks() throws {
        try expectFullChecks(after: Self.edits)
    }

    @Test("a reference to an id two files carry is resolved as the whole backlog resolves it")
    func duplicatedIDsAmongLinkedItems() throws {
        try expectFullChecks(after: [
            Edit(name: "an item under the twin id, and the second twin done with a dependency", loadsWhole: true) {
                try $0.write(
                    "backlog/stories/US-9020-under-twin.md",
                    "---\nid: US-9020\ntitle: Under\nstatus: draft\nparent: US-9003\ndepends_on: [US-9011]\n---\n")
                try Self.replace(
                    "status: draft", with: "status: done\ndepends_on: [US-9011]",
                    in: "backlog/stories/US-9003-twin.md", of: $0)
            },
            Edit(name: "the status of the dependency they share changed", loadsWhole: true) {
                try Self.replace(
                    "status: draft", with: "status: in-progress", in: "backlog/stories/US-9011-early.md", of: $0)
            },
            Edit(name: "a mention added to the dependency they share", loadsWhole: true) {
                try Self.append("\nSee [[EP-9001]].\n", to: "backlog/stories/US-9011-early.md", in: $0)
            },
        ])
    }

    @Test("links edited in several items at once, and an item made to name itself")
    func severalItemsRelinked() throws {
        try expectFullChecks(after: [
            Edit(name: "two items link to each other's neighbours", loadsWhole: false) {
                try Self.replace(
                    "release: REL-9001", with: "release: REL-9001\nrelates_to: [US-9013]",
                    in: "backlog/stories/US-9011-early.md", of: $0)
                try Self.replace(
                    "depends_on: [US-9014]", with: "depends_on: [US-9014, US-9012]",
                    in: "backlog/stories/US-9013-must.md", of: $0)
            },
            Edit(name: "a story given a parent while another loses its own", loadsWhole: false) {
                try Self.replace("parent: EP-9001\n", with: "", in: "backlog/stories/US-9012-child.md", of: $0)
                try Self.replace(
                    "priority: should", with: "priority: should\nparent: EP-9001",
                    in: "backlog/stories/US-9014-should.md", of: $0)
            },
            Edit(name: "an item that mentions itself", loadsWhole: true) {
                try Self.append("\nSee [[US-9015]].\n", to: "backlog/stories/US-9015-kiosk.md", in: $0)
            },
        ])
    }

    /// Checks after each of `edits` in turn, each against a full check.
    private func expectFullChecks(after edits: [Edit]) throws {
        let sandbox = try Self.repository()
        let first = try Self.check(sandbox)
        #expect(first.loadedWhole)
        #expect(first.report == (try Self.fullCheck(sandbox)))
        for edit in edits {
            try edit.apply(sandbox)
            let checked = try Self.check(sandbox)
            #expect(checked.report == (try Self.fullCheck(sandbox)), "\(edit.name)")
            #expect(checked.loadedWhole == edit.loadsWhole, "\(edit.name)")
            let again = try Self.check(sandbox)
            #expect(again.report == checked.report && !again.loadedWhole, "\(edit.name), checked again")
            try expectStoredSummariesAreFresh(sandbox, edit.name)
        }
    }

    /// The stored baseline's item summaries, most of them carried over from
    /// earlier baselines, are those of the files it holds as they are now.
    private func expectStoredSummariesAreFresh(_ sandbox: GitSandbox, _ name: String) throws {
        let repository = try #require(try GitRepository.discover(containing: sandbox.url))
        let store = CheckResultStore(gitDirectory: repository.commonDirectory, cairnVersion: "test")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: sandbox.url))
        let listing = try BacklogLoader().listing(from: WorkingTreeSource(root: sandbox.url))
        let baseline = try #require(
            store.baselines(for: listing, today: Self.today).latest, "\(name)")
        guard baseline.fileCount == backlog.files.count else { return }
        for (index, file) in backlog.files.enumerated() where baseline.hasPath(file.path, at: index) {
            let bytes = try [UInt8](Data(contentsOf: sandbox.url.appendingPathComponent(file.path)))
            guard let blobID = GitBlobHasher.blobID(of: bytes), baseline.hasBlobID(blobID, at: index) else { continue }
            #expect(baseline.summary(at: index) == CheckBaseline.summary(of: file), "\(name): \(file.path)")
        }
    }

    @Test("the index and a working tree with a file not yet added keep baselines of their own")
    func stagedAndWorkingTree() throws {
        let sandbox = try Self.repository()
        try sandbox.write("backlog/stories/US-9006-untracked.md", "---\nid: US-9006\ntitle: New\nstatus: draft\n---\n")
        #expect(try Self.check(sandbox).loadedWhole)
        #expect(try Self.check(sandbox, staged: true).loadedWhole)
        for round in 1...2 {
            try Self.append("\nRound \(round).\n", to: "backlog/stories/US-9003-twin.md", in: sandbox)
            try sandbox.git("add", "backlog/stories/US-9003-twin.md")
            try Self.append("\nUnstaged \(round).\n", to: "backlog/stories/US-9001-ready.md", in: sandbox)
            let staged = try Self.check(sandbox, staged: true)
            let workingTree = try Self.check(sandbox)
            #expect(!staged.loadedWhole && !workingTree.loadedWhole, "round \(round)")
            #expect(workingTree.report == (try Self.fullCheck(sandbox)), "round \(round)")
        }
    }

    @Test("a staged status or link edit reads the linked items from the index, as a full check finds them")
    func stagedStatusEdit() throws {
        let sandbox = try Self.repository()
        #expect(try Self.check(sandbox, staged: true).loadedWhole)
        try Self.replace("in-progress", with: "done", in: "backlog/epics/EP-9001-custom.md", of: sandbox)
        try sandbox.git("add", "backlog/epics/EP-9001-custom.md")
        try sandbox.write("backlog/stories/US-9012-child.md", "not what the index holds\n")
        let staged = try Self.check(sandbox, staged: true)
        #expect(!staged.loadedWhole)
        try sandbox.git("checkout", "--", "backlog/stories/US-9012-child.md")
        #expect(staged.report == (try Self.fullCheck(sandbox)))
        #expect(staged.report.contains("EP-9001 is done but has 1 open child"))
        try Self.replace(
            "status: draft\n", with: "status: draft\nparent: EP-9001\n", in: "backlog/stories/US-9014-should.md",
            of: sandbox)
        try sandbox.git("add", "backlog/stories/US-9014-should.md")
        try sandbox.write("backlog/epics/EP-9001-custom.md", "not what the index holds\n")
        let relinked = try Self.check(sandbox, staged: true)
        #expect(!relinked.loadedWhole)
        try sandbox.git("checkout", "--", "backlog/epics/EP-9001-custom.md")
        #expect(relinked.report == (try Self.fullCheck(sandbox)))
        #expect(relinked.report.contains("EP-9001 is done but has 2 open children"))
    }

    @Test("more than one file in 16 changed loads the backlog whole")
    func manyChanges() throws {
        let sandbox = try Self.repository()
        _ = try Self.check(sandbox)
        let stories = try FileManager.default.contentsOfDirectory(
            atPath: sandbox.url.appendingPathComponent("backlog/stories").path
        ).sorted()
        let total = try BacklogLoader().listing(from: WorkingTreeSource(root: sandbox.url)).entries.count
        for name in stories.prefix(total / 16 + 1) {
            try Self.append("\nEdited.\n", to: "backlog/stories/" + name, in: sandbox)
        }
        let checked = try Self.check(sandbox)
        #expect(checked.loadedWhole)
        #expect(checked.report == (try Self.fullCheck(sandbox)))
    }

    @Test("a damaged baseline is not used, and the full check writes it again")
    func damagedBaseline() throws {
        let sandbox = try Self.repository()
        _ = try Self.check(sandbox)
        let url = sandbox.url.appendingPathComponent(".git/cairn/check-baseline")
        var bytes = try [UInt8](Data(contentsOf: url))
        bytes[bytes.count / 2] ^= 0x40
        try Data(bytes).write(to: url)
        try Self.append("\nMore.\n", to: "backlog/stories/US-9003-twin.md", in: sandbox)
        let checked = try Self.check(sandbox)
        #expect(checked.loadedWhole)
        #expect(checked.report == (try Self.fullCheck(sandbox)))
        try Self.append("\nMore still.\n", to: "backlog/stories/US-9003-twin.md", in: sandbox)
        #expect(!(try Self.check(sandbox)).loadedWhole)
    }
}
