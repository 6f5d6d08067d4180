import CairnKit
import Foundation
import Testing

/// Cairn's own `backlog/` is the first backlog Cairn checks: it must load
/// cleanly, pass every rule, and hold what the project promises it holds.
@Suite("Own backlog")
struct OwnBacklogTests {
    /// The package root: three levels above this file
    /// (`Tests/CairnKitTests/OwnBacklogTests.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The capabilities of DESIGN.md and the roadmap; each needs an epic
    /// carrying the label.
    static let capabilityLabels = ["core", "git", "review", "planning", "performance", "robustness"]

    private func loadBacklog() throws -> Backlog {
        try BacklogLoader().load(from: WorkingTreeSource(root: Self.packageRoot))
    }

    private func items(_ backlog: Backlog, kind: String) -> [Item] {
        backlog.graph.items.filter { $0.kind == kind }
    }

    @Test("passes cairn check with no errors")
    func noErrors() throws {
        let backlog = try loadBacklog()
        let errors = BacklogChecker().check(backlog).filter { $0.severity == .error }
        let listing = errors.map { "\($0.file):\($0.location.line):\($0.location.column): \($0.message) [\($0.rule)]" }
        #expect(errors.count == 0, "cairn check found errors in backlog/:\n\(listing.joined(separator: "\n"))")
        #expect(backlog.configurationProblems.isEmpty, "\(backlog.configurationProblems)")
    }

    @Test("every file parses into an item without file or field problems")
    func everyFileIsAnItem() throws {
        let backlog = try loadBacklog()
        #expect(backlog.root == "backlog")
        #expect(!backlog.files.isEmpty)
        for file in backlog.files {
            #expect(file.item != nil, "\(file.path) defines no item")
            #expect(file.problems.isEmpty, "\(file.path): \(file.problems)")
            #expect(file.fieldProblems.isEmpty, "\(file.path): \(file.fieldProblems)")
        }
    }

    @Test("has objectives with measurable key results")
    func objectivesAndKeyResults() throws {
        let backlog = try loadBacklog()
        let objectives = Set(items(backlog, kind: "objective").map(\.id))
        #expect(!objectives.isEmpty)
        let keyResults = items(backlog, kind: "key-result")
        #expect(keyResults.count >= 2)
        for keyResult in keyResults {
            #expect(keyResult.parent.map(objectives.contains) == true, "\(keyResult.id) has no objective as parent")
            for field in ["baseline", "target", "current", "unit"] {
                #expect(keyResult.fields[field] != nil, "\(keyResult.id) has no \(field)")
            }
        }
    }

    @Test("has an epic per capability, each under an objective")
    func epicPerCapability() throws {
        let backlog = try loadBacklog()
        let epics = items(backlog, kind: "epic")
        for label in Self.capabilityLabels {
            #expect(epics.contains { $0.labels.contains(label) }, "no epic is labelled \(label)")
        }
        for epic in epics {
            let parentKind = epic.parent.flatMap { backlog.graph.item($0) }?.kind
            #expect(parentKind == "objective", "\(epic.id) is not under an objective")
        }
    }

    @Test("has an MRD, a PRD, releases and feedback")
    func productDocuments() throws {
        let backlog = try loadBacklog()
        for kind in ["mrd", "prd", "release", "feedback"] {
            #expect(!items(backlog, kind: kind).isEmpty, "no \(kind)")
        }
    }

    @Test("has done and open stories under epics; done stories have every criterion checked")
    func stories() throws {
        let backlog = try loadBacklog()
        let stories = items(backlog, kind: "story")
        let epics = Set(items(backlog, kind: "epic").map(\.id))
        #expect(stories.contains { $0.status == "done" })
        #expect(stories.contains { $0.status != "done" && $0.status != "dropped" })
        for story in stories {
            #expect(story.parent.map(epics.contains) == true, "\(story.id) is not under an epic")
            #expect(story.body.heading(named: "Acceptance criteria") != nil, "\(story.id) has no acceptance criteria")
            #expect(!story.body.taskItems.isEmpty, "\(story.id) has no task list")
            if story.status == "done" {
                let open = story.body.taskItems.filter { !$0.isChecked }
                #expect(open.isEmpty, "\(story.id) is done with unchecked criteria: \(open.map(\.text))")
            }
        }
    }
}
