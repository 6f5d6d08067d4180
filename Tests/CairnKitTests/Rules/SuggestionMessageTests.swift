import CairnKit
import Testing

/// The exact wording of "did you mean" messages and hints.
@Suite("Suggestions in messages and hints")
struct SuggestionMessageTests {
    @Test("dangling-reference names the referring item, the field and the closest id")
    func danglingReference() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-5-a.md": item("US-5", "depends_on: [US-12]", body: "See [[ep-3]] and [[OBJ-9]].\n"),
            "stories/US-21-b.md": item("US-21"),
            "epics/EP-3-c.md": item("EP-3"),
        ])
        let diagnostics = try backlog.check(rule: "dangling-reference")
        #expect(
            diagnostics.map(\.place) == [
                "backlog/stories/US-5-a.md:5:14", "backlog/stories/US-5-a.md:7:5", "backlog/stories/US-5-a.md:7:18",
            ])
        #expect(
            diagnostics.map(\.message) == [
                "US-5 depends_on names US-12, which is not an item of the backlog",
                "US-5 mentions ep-3, which is not an item of the backlog",
                "US-5 mentions OBJ-9, which is not an item of the backlog",
            ])
        #expect(diagnostics.map(\.hint) == ["did you mean US-21?", "did you mean EP-3?", nil])
    }

    @Test("unknown-field suggests the closest field and says unknown keys are kept")
    func unknownField() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item("US-1", "stauts: ready\ntarget: 40\nsquad: payments")
        ])
        let diagnostics = try backlog.check(rule: "unknown-field")
        #expect(
            diagnostics.map(\.place) == [
                "backlog/stories/US-1-a.md:5:1", "backlog/stories/US-1-a.md:6:1", "backlog/stories/US-1-a.md:7:1",
            ])
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
        #expect(
            diagnostics.map(\.message) == [
                "US-1 has an unknown field \"stauts\"",
                "US-1 has the field \"target\", which is a field of key-result items, not of story items",
                "US-1 has an unknown field \"squad\"",
            ])
        #expect(
            diagnostics.map(\.hint) == [
                "did you mean status? Otherwise, unknown keys are kept untouched; to check it, declare \"stauts\" under fields: in cairn.yml",
                "remove it, or declare \"target\" under fields: in cairn.yml with kinds: [key-result, story]; until then it is kept untouched",
                "unknown keys are kept untouched; to check it, declare \"squad\" under fields: in cairn.yml",
            ])
    }

    @Test("invalid-value gives the reason and a did-you-mean when one value is a typo away")
    func invalidValue() throws {
        let backlog = try RuleTestBacklog([
            "stories/US-1-a.md": item(
                "US-1", status: "redy", "priority: shuold\nrice: {reach: 10, efort: 2}\ndue: 2026-13-01"),
            "stories/US-2-b.md": "---\nid: US-2\nkind: epic\ntitle: B\nstatus: draft\n---\n",
            "stories/XS-3-c.md": item("XS-3"),
        ])
        let diagnostics = try backlog.check(rule: "invalid-value")
        #expect(
            diagnostics.map(\.place) == [
                "backlog/stories/US-1-a.md:4:9", "backlog/stories/US-1-a.md:5:11", "backlog/stories/US-1-a.md:6:19",
                "backlog/stories/US-1-a.md:7:6", "backlog/stories/US-2-b.md:3:7", "backlog/stories/XS-3-c.md:2:5",
            ])
        #expect(
            diagnostics.map(\.message) == [
                "US-1: status \"redy\" is not one of draft, ready, in-progress, in-review, done, dropped",
                "US-1: priority \"shuold\" is not one of must, should, could, wont",
                "US-1: rice has no component \"efort\"; it takes reach, impact, confidence, effort",
                "US-1: due must be a date (YYYY-MM-DD), not \"2026-13-01\"",
                "US-2: kind epic does not match the id US-2, whose prefix US is for story items",
                "no kind uses the prefix XS; known prefixes are US, EP, PRD, MRD, OBJ, KR, REL, FB, BUG",
            ])
        #expect(
            diagnostics.map(\.hint) == [
                "did you mean ready?", "did you mean should?", "did you mean effort?", nil, "did you mean story?",
                "did you mean US-3?",
            ])
    }
}
