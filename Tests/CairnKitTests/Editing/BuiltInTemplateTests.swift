import CairnKit
import Foundation
import Testing

/// Cairn's own templates, as `cairn new` fills them: each must give an item
/// that `cairn check` passes without a single diagnostic.
@Suite("Built-in templates")
struct BuiltInTemplateTests {
    /// The day every item here is created on.
    static func today() throws -> CalendarDate { try #require(CalendarDate("2026-11-21")) }

    /// Plans `request` in `directory`, writes the planned file and returns
    /// the plan and the backlog loaded again with it.
    private func create(_ request: NewItemRequest, in directory: TemporaryDirectory) throws -> (NewItemPlan, Backlog) {
        try directory.write("backlog/.keep", "")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        let plan = try NewItemPlanner(backlog: backlog, allocator: try .collecting(from: backlog, repository: nil))
            .plan(request)
        try directory.write(plan.path, plan.text)
        return (plan, try BacklogLoader().load(from: WorkingTreeSource(root: directory.url)))
    }

    private func listing(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0.file):\($0.location.line): \($0.message) [\($0.rule)]" }.joined(separator: "\n")
    }

    @Test("there is one for every default kind, and no other")
    func oneForEveryKind() {
        #expect(ItemTemplate.builtInKinds == Configuration.default.kinds.map(\.name).sorted())
    }

    @Test(
        "every kind's item passes cairn check with zero diagnostics (a key result: all but its missing target)",
        arguments: Configuration.default.kinds)
    func cleanItem(kind: KindDefinition) throws {
        let directory = try TemporaryDirectory()
        let (plan, backlog) = try create(
            NewItemRequest(kind: kind.name, title: "A first \(kind.name)", created: Self.today()), in: directory)
        #expect(plan.template == .builtIn(kind: kind.name))
        #expect(plan.id == ItemID(prefix: kind.prefix, number: 1))
        #expect(plan.path == "backlog/\(kind.folder)/\(kind.prefix)-1-a-first-\(Slug.make(from: kind.name)).md")
        let item = try #require(backlog.graph.items.first)
        #expect(item.kind == kind.name)
        #expect(item.title == "A first \(kind.name)")
        #expect(item.fields["created"] == .date(try Self.today()))
        if kind.requiredFields.contains("status") { #expect(item.status == "draft") }
        let diagnostics = BacklogChecker().check(backlog)
        // A key result is written without a target (the template shows where
        // it goes); until one is set, key-result-without-target says so.
        let expected = kind.name == "key-result" ? ["key-result-without-target"] : []
        #expect(diagnostics.map(\.rule) == expected, "\(listing(diagnostics))\n\(plan.text)")
    }

    @Test(
        "a title with YAML's special characters is written so that it reads back exactly",
        arguments: [
            "Pay: now", "\"Quoted\" and 'single'", "#1 priority", "- starts with a dash", "[bracketed] title",
            "null", "yes", "  spaced  ", "back\\slash", "ends with a colon:", "🚀 launch",
        ])
    func hostileTitle(title: String) throws {
        let directory = try TemporaryDirectory()
        let (plan, backlog) = try create(
            NewItemRequest(kind: "story", title: title, created: Self.today()), in: directory)
        #expect(backlog.graph.items.first?.title == title, "\(plan.text)")
        let diagnostics = BacklogChecker().check(backlog)
        #expect(diagnostics.isEmpty, "\(listing(diagnostics))\n\(plan.text)")
    }

    @Test("a parent given is written, and the child passes the check with it")
    func parent() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "backlog/epics/EP-3-checkout.md", "---\nid: EP-3\nkind: epic\ntitle: Checkout\nstatus: draft\n---\n")
        let (plan, backlog) = try create(
            NewItemRequest(kind: "story", title: "Pay", parent: ItemID("EP-3"), created: Self.today()), in: directory)
        #expect(plan.text.contains("\nparent: EP-3\n"))
        #expect(backlog.graph.items.first { $0.id == plan.id }?.parent == ItemID("EP-3"))
        #expect(BacklogChecker().check(backlog).isEmpty)
    }

    @Test("--set values land in the front matter with their types, and named ones replace the defaults")
    func assignments() throws {
        let directory = try TemporaryDirectory()
        let assignments = try [
            "priority=must", "estimate=5", "labels=checkout, payments", "owner=alice: payments team",
            "status=ready", "title=Pay: with Apple Pay", "rice.reach=10", "rice.impact=2", "rice.confidence=0.5",
            "rice.effort=1",
        ].map { try FieldAssignment(parsing: $0, schema: ItemSchema(.default)) }
        let (plan, backlog) = try create(
            NewItemRequest(kind: "story", title: "ignored", assignments: assignments, created: Self.today()),
            in: directory)
        let item = try #require(backlog.graph.items.first)
        #expect(plan.path == "backlog/stories/US-1-pay-with-apple-pay.md")
        #expect(item.title == "Pay: with Apple Pay")
        #expect(item.status == "ready")
        #expect(item.priority == "must")
        #expect(item.owner == "alice: payments team")
        #expect(item.labels == ["checkout", "payments"])
        #expect(item.fields["estimate"] == .number(5))
        #expect(item.fields["rice"] == .record(["reach": 10, "impact": 2, "confidence": 0.5, "effort": 1]))
        #expect(BacklogChecker().check(backlog).isEmpty, "\(plan.text)")
    }

    @Test("a key result's --set baseline and target replace the template's hints")
    func keyResultHints() throws {
        let directory = try TemporaryDirectory()
        let plain = try create(NewItemRequest(kind: "key-result", title: "Fast", created: Self.today()), in: directory)
        #expect(plain.0.text.contains("# baseline:"))
        let assignments = try ["baseline=760", "target=300", "unit=ms"].map {
            try FieldAssignment(parsing: $0, schema: ItemSchema(.default))
        }
        let (plan, backlog) = try create(
            NewItemRequest(kind: "key-result", title: "Faster", assignments: assignments, created: Self.today()),
            in: directory)
        #expect(!plan.text.contains("# baseline:") && !plan.text.contains("# target:"))
        #expect(plan.text.contains("\nbaseline: 760\ntarget: 300\nunit: ms\n"))
        #expect(backlog.graph.items.first { $0.id == plan.id }?.fields["target"] == .number(300))
    }

    @Test("a title without ASCII letters gives a file named by the id alone")
    func emptySlug() throws {
        let directory = try TemporaryDirectory()
        let (plan, backlog) = try create(
            NewItemRequest(kind: "epic", title: "🚀🚀", created: Self.today()), in: directory)
        #expect(plan.path == "backlog/epics/EP-1.md")
        #expect(BacklogChecker().check(backlog).isEmpty)
    }
}
