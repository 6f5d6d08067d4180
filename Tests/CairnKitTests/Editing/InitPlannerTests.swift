import CairnKit
import Foundation
import Testing

/// What `cairn init` plans: a commented `cairn.yml` that documents every
/// default, a folder per kind and the templates, and nothing overwritten.
@Suite("InitPlanner")
struct InitPlannerTests {
    @Test("the settings behind the commented cairn.yml load back as the defaults, without a problem")
    func settingsAreTheDefaults() {
        let (configuration, problems) = ConfigurationLoader(knownRuleIDs: RuleRegistry.ids)
            .load(ConfigurationFileText.settings(of: .default))
        #expect(problems.isEmpty, "\(problems)")
        #expect(configuration == .default)
    }

    @Test("the commented file is the settings commented out line by line, and loads as the defaults")
    func commentedFile() {
        let text = ConfigurationFileText.commented(.default)
        let (configuration, problems) = ConfigurationLoader(knownRuleIDs: RuleRegistry.ids).load(text)
        #expect(problems.isEmpty && configuration == .default)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.isEmpty || $0.hasPrefix("#") })
        let settingLines = lines.drop { $0 != "#" }.dropFirst().dropLast()
        let uncommented = settingLines.map { $0 == "#" ? "" : String($0.dropFirst(2)) + "" }
        #expect(uncommented.joined(separator: "\n") + "\n" == ConfigurationFileText.settings(of: .default))
    }

    @Test("a changed configuration is written with its own values")
    func changedConfiguration() {
        var configuration = Configuration.default
        configuration.root = "docs/backlog"
        configuration.priorities = ["p0", "p1: urgent"]
        configuration.ignore = [GlobPattern("drafts/**")]
        let (loaded, problems) = ConfigurationLoader(knownRuleIDs: []).load(
            ConfigurationFileText.settings(of: configuration))
        #expect(problems.isEmpty)
        #expect(loaded == configuration)
    }

    @Test("in an empty repository: cairn.yml, a .gitkeep per kind folder, a template per kind")
    func emptyRepository() throws {
        let directory = try TemporaryDirectory()
        let plan = InitPlanner().plan(in: WorkingTreeSource(root: directory.url))
        #expect(plan.existing.isEmpty)
        let kinds = Configuration.default.kinds
        #expect(
            plan.files.map(\.path)
                == ["cairn.yml"] + kinds.map { "backlog/\($0.folder)/.gitkeep" }
                + kinds.map { "Templates/\($0.name).md" })
        #expect(
            plan.files.first { $0.path == "Templates/story.md" }?.text == ItemTemplate.builtIn(forKind: "story")?.text)
    }

    @Test("the backlog it sets up passes cairn check with no diagnostics, and new items use its templates")
    func setUpBacklogIsClean() throws {
        let directory = try TemporaryDirectory()
        for file in InitPlanner().plan(in: WorkingTreeSource(root: directory.url)).files {
            try directory.write(file.path, file.text)
        }
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        #expect(backlog.configurationPath == "cairn.yml")
        #expect(backlog.configurationProblems.isEmpty)
        #expect(BacklogChecker().check(backlog).isEmpty)
        let plan = try NewItemPlanner(backlog: backlog, allocator: IDAllocator())
            .plan(NewItemRequest(kind: "prd", title: "Checkout", created: try #require(CalendarDate("2026-01-02"))))
        #expect(plan.template == .repository(path: "Templates/prd.md"))
    }

    @Test("existing files are listed, folders that exist get no .gitkeep, and any cairn.yml counts")
    func existingFiles() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n")
        try directory.write("backlog/cairn.yml", "priorities: [high, low]\n")
        try directory.write("Templates/story.md", "ours")
        let plan = InitPlanner().plan(in: WorkingTreeSource(root: directory.url))
        #expect(plan.existing == ["Templates/story.md", "backlog/cairn.yml"])
        #expect(!plan.files.map(\.path).contains("backlog/stories/.gitkeep"))
        #expect(plan.files.map(\.path).contains("backlog/epics/.gitkeep"))
    }
}
