import Testing

@testable import CairnKit

/// Kinds, ids, duplicate, unknown and empty keys, through `ItemFileParser.parse`.
@Suite("Item decoding")
struct ItemDecoderTests {
    private func parse(_ marked: String, configuration: Configuration = .default) -> (ParsedFile, [SourcePosition]) {
        ParsingFixtures.parseMarked(marked, configuration: configuration)
    }

    // MARK: Kinds

    @Test("the kind comes from the id's prefix when there is no kind field")
    func kindFromPrefix() throws {
        for (id, kind) in [("US-1", "story"), ("EP-2", "epic"), ("KR-3", "key-result"), ("BUG-4", "bug")] {
            let (file, _) = parse("---\nid: \(id)\ntitle: T\nstatus: draft\n---\n")
            #expect(file.fieldProblems.isEmpty)
            let item = try #require(file.item)
            #expect(item.kind == kind)
            #expect(item.fields["kind"] == nil)
        }
    }

    @Test("a kind field that agrees with the prefix")
    func kindAgrees() throws {
        let (file, _) = parse("---\nid: FB-7\nkind: feedback\ntitle: T\n---\n")
        #expect(file.fieldProblems.isEmpty)
        #expect(file.item?.kind == "feedback")
        #expect(file.item?.fields["kind"] == .string("feedback"))
    }

    @Test("a kind field that contradicts the prefix: the kind field wins, the mismatch is reported")
    func kindMismatch() throws {
        let (file, marks) = parse("---\nid: US-1\nkind: ↓epic\ntitle: T\nstatus: draft\n---\n")
        #expect(
            file.fieldProblems == [
                .invalid(
                    field: "kind", reason: "kind epic does not match the id US-1, whose prefix US is for story items",
                    location: marks[0], suggestion: "story")
            ])
        #expect(file.item?.kind == "epic")
    }

    @Test("an unknown kind falls back to the prefix's kind and suggests the closest")
    func unknownKind() throws {
        let (file, marks) = parse("---\nid: US-1\nkind: ↓stroy\ntitle: T\nstatus: draft\n---\n")
        #expect(file.fieldProblems.count == 1)
        guard case .invalid("kind", let reason, marks[0], "story") = file.fieldProblems.first else {
            Issue.record("\(file.fieldProblems)")
            return
        }
        #expect(reason.hasPrefix("kind \"stroy\" is not one of story, epic, prd"))
        #expect(file.item?.kind == "story")
    }

    @Test("an unknown prefix without a kind field: no item, a suggestion for a close prefix")
    func unknownPrefix() throws {
        let (file, marks) = parse("---\nid: ↓UX-12\ntitle: T\nstatus: draft\n---\n")
        #expect(file.item == nil)
        #expect(
            file.fieldProblems == [
                .invalid(
                    field: "id",
                    reason: "no kind uses the prefix UX; known prefixes are US, EP, PRD, MRD, OBJ, KR, REL, FB, BUG",
                    location: marks[0], suggestion: "US-12")
            ])
        let (far, _) = parse("---\nid: ZZZ-1\n---\n")
        guard case .invalid("id", _, _, nil) = far.fieldProblems.first else {
            Issue.record("\(far.fieldProblems)")
            return
        }
    }

    @Test("an unknown prefix with a kind field: the item has that kind, the prefix is reported")
    func unknownPrefixWithKind() throws {
        let (file, marks) = parse("---\nid: ↓XY-4\nkind: story\ntitle: T\nstatus: draft\n---\n")
        #expect(
            file.fieldProblems == [
                .invalid(
                    field: "id", reason: "no kind uses the prefix XY; story ids start with US", location: marks[0],
                    suggestion: "US-4")
            ])
        #expect(file.item?.kind == "story")
        #expect(file.item?.id == ItemID("XY-4"))
    }

    @Test("a prefix from a custom kind")
    func customKind() throws {
        var configuration = Configuration.default
        configuration.kinds.append(
            KindDefinition(name: "risk", prefix: "RISK", folder: "risks", requiredFields: ["id"]))
        let (file, _) = parse("---\nid: RISK-2\n---\n", configuration: configuration)
        #expect(file.fieldProblems.isEmpty)
        #expect(file.item?.kind == "risk")
    }

    // MARK: Ids

    @Test(
        "a missing id: no item", arguments: ["---\ntitle: T\n---\n", "---\nid:\ntitle: T\n---\n", "---\nid: ~\n---\n"])
    func missingID(text: String) {
        let (file, _) = parse(text)
        #expect(file.item == nil)
        #expect(file.fieldProblems.contains(.missing(field: "id", kind: "item")))
    }

    @Test("a missing id with a kind names the kind, and other missing required fields")
    func missingIDWithKind() {
        let (file, _) = parse("---\nkind: story\n---\n")
        #expect(file.item == nil)
        #expect(
            file.fieldProblems == [
                .missing(field: "id", kind: "story"), .missing(field: "title", kind: "story"),
                .missing(field: "status", kind: "story"),
            ])
    }

    @Test("an id that is not PREFIX-NUMBER", arguments: ["US12", "'US 1'", "[US-1]", "12"])
    func badID(value: String) {
        let (file, marks) = parse("---\nid: ↓\(value)\ntitle: T\nstatus: draft\n---\n")
        #expect(file.item == nil)
        #expect(file.fieldProblems.count == 1)
        guard case .invalid("id", let reason, marks[0], nil) = file.fieldProblems.first else {
            Issue.record("\(file.fieldProblems)")
            return
        }
        #expect(reason.hasPrefix("id must be a prefix and a number such as US-12, not "))
    }

    // MARK: Keys

    @Test("a duplicate key is reported at the second, pointing back at the first; the first value wins")
    func duplicateKeys() throws {
        let (file, marks) = parse("---\nid: US-1\n↓title: First\nstatus: draft\n↓title: Second\n↓status: done\n---\n")
        #expect(
            file.fieldProblems == [
                .duplicateKey(field: "title", location: marks[1], first: marks[0]),
                .duplicateKey(field: "status", location: marks[2], first: SourcePosition(line: 4, column: 1)),
            ])
        let item = try #require(file.item)
        #expect(item.title == "First")
        #expect(item.status == "draft")
        #expect(item.keys.map(\.name) == ["id", "title", "status"])
    }

    @Test("an unknown key suggests the closest field and is kept")
    func unknownKey() throws {
        let (file, marks) = parse("---\nid: US-1\ntitle: T\nstatus: draft\n↓titel: x\n↓custom_note: keep me\n---\n")
        #expect(
            file.fieldProblems == [
                .unknown(field: "titel", location: marks[0], suggestion: "title", usedBy: []),
                .unknown(field: "custom_note", location: marks[1], suggestion: nil, usedBy: []),
            ])
        let item = try #require(file.item)
        #expect(item.keys.map(\.name) == ["id", "title", "status", "titel", "custom_note"])
        #expect(item.fields["titel"] == nil)
    }

    @Test("an unknown key is reported even without a value")
    func unknownEmptyKey() throws {
        let (file, marks) = parse("---\nid: US-1\ntitle: T\nstatus: draft\n↓titel:\n---\n")
        #expect(file.fieldProblems == [.unknown(field: "titel", location: marks[0], suggestion: "title", usedBy: [])])
    }

    @Test("a field restricted to other kinds names them")
    func wrongKind() throws {
        let (file, marks) = parse("---\nid: US-1\ntitle: T\nstatus: draft\n↓baseline: 5\n↓date: 2026-01-01\n---\n")
        #expect(
            file.fieldProblems == [
                .unknown(field: "baseline", location: marks[0], suggestion: nil, usedBy: ["key-result"]),
                .unknown(field: "date", location: marks[1], suggestion: nil, usedBy: ["release"]),
            ])
        let (keyResult, _) = parse("---\nid: KR-1\ntitle: T\nstatus: draft\nbaseline: 5\ntarget: 10\nunit: '%'\n---\n")
        #expect(keyResult.fieldProblems.isEmpty)
        #expect(keyResult.item?.fields["target"] == .number(10))
    }

    @Test("suggestions for an unknown key come only from fields of the item's kind")
    func suggestionsByKind() throws {
        let (file, _) = parse("---\nid: US-1\ntitle: T\nstatus: draft\ntarge: 5\n---\n")
        guard case .unknown("targe", _, let suggestion, []) = file.fieldProblems.first else {
            Issue.record("\(file.fieldProblems)")
            return
        }
        #expect(suggestion == nil)
    }

    @Test("null values count as absent: no value, no reference, and missing when required")
    func nulls() throws {
        let (file, _) = parse("---\nid: US-1\ntitle: ~\nstatus:\nparent: null\ndepends_on:\nkind: ~\n---\n")
        #expect(
            file.fieldProblems == [.missing(field: "title", kind: "story"), .missing(field: "status", kind: "story")])
        let item = try #require(file.item)
        #expect(item.kind == "story")
        #expect(item.fields.keys.sorted() == ["id"])
        #expect(item.references.isEmpty)
        #expect(item.keys.map(\.name) == ["id", "title", "status", "parent", "depends_on", "kind"])
    }

    @Test("a quoted \"null\" is a value, not an absence")
    func quotedNull() throws {
        let (file, _) = parse("---\nid: US-1\ntitle: \"null\"\nstatus: draft\n---\n")
        #expect(file.fieldProblems.isEmpty)
        #expect(file.item?.title == "null")
    }

    @Test("body mentions become references at file positions; non-ids stay out")
    func bodyMentions() throws {
        let (file, marks) = parse(
            "---\nid: US-1\ntitle: T\nstatus: draft\n---\n\nSee ↓[[EP-1]], [[not an id]] and\n> ↓[[US-2]]\n")
        let item = try #require(file.item)
        #expect(
            item.references == [
                Reference(type: .mention, target: ItemID(prefix: "EP", number: 1), location: marks[0]),
                Reference(type: .mention, target: ItemID(prefix: "US", number: 2), location: marks[1]),
            ])
    }

    @Test("references keep file order: fields first, then the body")
    func referenceOrder() throws {
        let (file, _) = parse("---\nrelease: REL-1\nid: US-1\ntitle: T\nstatus: draft\nparent: EP-1\n---\n[[US-9]]\n")
        let item = try #require(file.item)
        #expect(item.references.map(\.target.description) == ["REL-1", "EP-1", "US-9"])
    }
}
