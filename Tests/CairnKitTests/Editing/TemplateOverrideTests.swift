import CairnKit
import Foundation
import Testing

/// A repository's own templates: found before the built-in ones, in the
/// folder `templates:` names, and reported by name when they are broken.
@Suite("Template overrides")
struct TemplateOverrideTests {
    /// The day every item here is created on.
    static func today() throws -> CalendarDate { try #require(CalendarDate("2026-11-21")) }

    private func plan(_ kind: String = "story", title: String = "Pay", in directory: TemporaryDirectory) throws
        -> NewItemPlan
    {
        try directory.write("backlog/.keep", "")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        return try NewItemPlanner(backlog: backlog, allocator: IDAllocator())
            .plan(NewItemRequest(kind: kind, title: title, created: Self.today()))
    }

    private func templateError(in directory: TemporaryDirectory) throws -> TemplateError {
        try #require(throws: TemplateError.self) { try plan(in: directory) }
    }

    @Test("Templates/<kind>.md in the repository comes before the built-in template")
    func repositoryTemplate() throws {
        let directory = try TemporaryDirectory()
        try directory.write(
            "Templates/story.md",
            "---\nid: {{id}}\ntitle: {{title}}\nstatus: {{status}}\nteam: payments\n---\n# {{title_text}}\n")
        let plan = try plan(title: "Pay: now & \"later\"", in: directory)
        #expect(plan.template == .repository(path: "Templates/story.md"))
        #expect(
            plan.text
                == "---\nid: US-1\ntitle: 'Pay: now & \"later\"'\nstatus: draft\nteam: payments\n---\n# Pay: now & \"later\"\n"
        )
    }

    @Test("the templates folder is the one cairn.yml names, and kinds without an override use the built-in one")
    func configuredFolder() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "templates: docs/templates\n")
        try directory.write("docs/templates/epic.md", "---\nid: {{id}}\ntitle: {{title}}\n---\nOurs\n")
        try directory.write("Templates/epic.md", "---\nid: {{id}}\ntitle: not this one\n---\n")
        let epic = try plan("epic", in: directory)
        #expect(epic.template == .repository(path: "docs/templates/epic.md"))
        #expect(epic.text.hasSuffix("Ours\n"))
        #expect(try plan("bug", in: directory).template == .builtIn(kind: "bug"))
    }

    @Test("a template Mustache cannot parse is an error naming the file, line and column")
    func syntaxError() throws {
        let directory = try TemporaryDirectory()
        try directory.write("Templates/story.md", "---\nid: {{id}}\n{{#parent}}\nparent: {{parent}}\n---\n")
        let error = try templateError(in: directory)
        #expect(error.origin == .repository(path: "Templates/story.md"))
        // Mustache finds the section open at the end of the template.
        #expect(error.location == SourcePosition(line: 6, column: 1))
        #expect(error.description.hasPrefix("Templates/story.md:6:1: "))
        #expect(error.message.contains("never closed"))
    }

    @Test("a problem on the first line has its column in the template, not in the pragma Cairn adds")
    func firstLineColumn() throws {
        let directory = try TemporaryDirectory()
        try directory.write("Templates/story.md", "id: {{#a}}{{/b}}\n")
        let error = try templateError(in: directory)
        #expect(error.message.contains("does not match"))
        #expect(error.location?.line == 1)
        #expect((11...17).contains(error.location?.column ?? 0), "\(error)")
    }

    @Test(
        "a template whose output is no item with the planned id is an error naming the file",
        arguments: [
            ("no front matter\n", "renders no front matter"),
            ("---\nid: {{id}}\ntitle: [unclosed\n---\n", "not valid YAML"),
            ("---\ntitle: {{title}}\n---\n", "renders no item"),
            ("---\nid: US-99\ntitle: {{title}}\n---\n", "renders the id US-99 instead of US-1"),
            ("---\nid: {{id}}\nkind: epic\ntitle: {{title}}\n---\n", "of kind epic instead of story"),
        ])
    func notAnItem(template: String, message: String) throws {
        let directory = try TemporaryDirectory()
        try directory.write("Templates/story.md", template)
        let error = try templateError(in: directory)
        #expect(error.origin == .repository(path: "Templates/story.md"))
        #expect(error.message.contains(message), "\(error)")
    }

    @Test("a value given with --set that the template does not write is an error naming the template")
    func unwrittenAssignment() throws {
        let directory = try TemporaryDirectory()
        try directory.write("Templates/story.md", "---\nid: {{id}}\ntitle: {{title}}\n---\n")
        try directory.write("backlog/.keep", "")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        let request = try NewItemRequest(
            kind: "story", title: "Pay",
            assignments: [FieldAssignment(parsing: "owner=alice", schema: ItemSchema(.default))],
            created: Self.today())
        let error = try #require(throws: TemplateError.self) {
            try NewItemPlanner(backlog: backlog, allocator: IDAllocator()).plan(request)
        }
        #expect(error.description.hasPrefix("Templates/story.md: does not write owner"))
    }

    @Test("a template that is not UTF-8 is an error naming the file")
    func binaryTemplate() throws {
        let directory = try TemporaryDirectory()
        try directory.write("Templates/story.md", Data([0x2D, 0xFF, 0xFE, 0x00]))
        #expect(try templateError(in: directory).description == "Templates/story.md: is not UTF-8 text")
    }

    @Test("an unknown kind names the kinds there are and the closest one")
    func unknownKind() throws {
        let directory = try TemporaryDirectory()
        let error = try #require(throws: NewItemError.self) { try plan("stroy", in: directory) }
        #expect(
            error.description
                == "unknown kind \"stroy\" (did you mean story?); the kinds are story, epic, prd, mrd, objective, "
                + "key-result, release, feedback, bug")
    }

    @Test("a configured kind without any template asks for one at the templates folder")
    func kindWithoutTemplate() throws {
        let directory = try TemporaryDirectory()
        try directory.write("cairn.yml", "kinds:\n  spike:\n    prefix: SP\n    folder: spikes\n")
        let error = try #require(throws: NewItemError.self) { try plan("spike", in: directory) }
        #expect(error == .noTemplate(kind: "spike", path: "Templates/spike.md"))
    }

    @Test("--set id and kind are refused; a bad parent or date is refused with the reason")
    func refusedAssignments() throws {
        let directory = try TemporaryDirectory()
        try directory.write("backlog/.keep", "")
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        for (assignment, reason) in [
            ("kind=epic", "cairn new chooses the kind itself"),
            ("parent=epic three", "must be an item id such as EP-3"),
            ("created=tomorrow", "must be a date such as 2026-12-04"),
        ] {
            let request = try NewItemRequest(
                kind: "story", title: "Pay",
                assignments: [try FieldAssignment(parsing: assignment, schema: ItemSchema(.default))],
                created: Self.today())
            let error = try #require(throws: NewItemError.self) {
                try NewItemPlanner(backlog: backlog, allocator: IDAllocator()).plan(request)
            }
            #expect(error.description.hasSuffix(reason), "\(error)")
        }
    }
}
