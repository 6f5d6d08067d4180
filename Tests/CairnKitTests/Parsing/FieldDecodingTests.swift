import Testing

@testable import CairnKit

/// Every field type's valid and invalid values, through `ItemFileParser.parse`.
@Suite("Field decoding")
struct FieldDecodingTests {
    static let configuration = ParsingFixtures.configuration(adding: [
        FieldDefinition("points", .integer),
        FieldDefinition("score", .number(minimum: nil)),
        FieldDefinition("team", .enumeration(["payments", "platform"])),
        FieldDefinition("reviewer_story", .id),
    ])

    /// Parses a story with `fields` (one `key: value` per line, `↓` marking
    /// expected positions) after a valid id, title and (unless `fields` has
    /// one) status.
    private func story(_ fields: String) -> (ParsedFile, [SourcePosition]) {
        let status = fields.hasPrefix("status:") ? "" : "status: draft\n"
        return ParsingFixtures.parseMarked(
            "---\nid: US-1\ntitle: T\n\(status)\(fields)\n---\n", configuration: Self.configuration)
    }

    private func value(_ fields: String, _ name: String) throws -> FieldValue? {
        let (file, _) = story(fields)
        #expect(file.fieldProblems.isEmpty, "\(file.fieldProblems)")
        return try #require(file.item).fields[name]
    }

    /// The single problem, which must be `.invalid` for `field` at the first
    /// marker; the field keeps `kept` (the good elements of a list) or nothing.
    private func invalid(
        _ fields: String, _ field: String, suggestion: String? = nil, kept: FieldValue? = nil
    ) throws -> String {
        let (file, marks) = story(fields)
        #expect(file.problems.isEmpty)
        #expect(file.item?.fields[field] == kept)
        try #require(file.fieldProblems.count == 1, "\(file.fieldProblems)")
        guard case .invalid(let name, let reason, let location, let suggested) = file.fieldProblems[0] else {
            Issue.record("expected .invalid, got \(file.fieldProblems[0])")
            return ""
        }
        #expect(name == field)
        #expect(location == marks.first)
        #expect(suggested == suggestion)
        return reason
    }

    // MARK: string

    @Test("strings: any scalar is text, as written")
    func strings() throws {
        #expect(try value("owner: 2024", "owner") == .string("2024"))
        #expect(try value("owner: 'true'", "owner") == .string("true"))
        #expect(try value("owner: 日本 ☕️", "owner") == .string("日本 ☕️"))
        #expect(try value("owner: yes", "owner") == .string("yes"))
    }

    @Test("strings: a list or mapping is invalid")
    func stringShapes() throws {
        #expect(try invalid("owner: ↓[a, b]", "owner") == "owner must be a string, not a list")
        #expect(try invalid("owner: ↓{a: b}", "owner") == "owner must be a string, not a mapping")
    }

    // MARK: int

    @Test("integers", arguments: [("5", 5), ("-3", -3), ("0", 0), ("+7", 7)])
    func integers(text: String, expected: Int) throws {
        #expect(try value("points: \(text)", "points") == .integer(expected))
    }

    @Test("not integers", arguments: ["5.5", "\"5\"", "five", "0x10", "[5]", "1e3", "99999999999999999999"])
    func notIntegers(text: String) throws {
        let reason = try invalid("points: ↓\(text)", "points")
        #expect(reason.hasPrefix("points must be a whole number, not "))
    }

    // MARK: number

    @Test("numbers", arguments: [("3.5", 3.5), ("5", 5.0), ("1e3", 1000.0), ("0", 0.0), ("-2.5", -2.5)])
    func numbers(text: String, expected: Double) throws {
        #expect(try value("score: \(text)", "score") == .number(expected))
    }

    @Test("not numbers", arguments: ["x", "'5'", ".inf", "inf", "nan", "1_000", "[1]", "1,5"])
    func notNumbers(text: String) throws {
        let reason = try invalid("score: ↓\(text)", "score")
        #expect(reason.hasPrefix("score must be a number, not "))
    }

    @Test("a number below the field's minimum")
    func belowMinimum() throws {
        #expect(try invalid("estimate: ↓-1", "estimate") == "estimate must be a number ≥ 0, not \"-1\"")
        #expect(try value("estimate: 0", "estimate") == .number(0))
        #expect(try invalid("rank: ↓-0.5", "rank") == "rank must be a number ≥ 0, not \"-0.5\"")
    }

    // MARK: date

    @Test("dates, quoted or not")
    func dates() throws {
        #expect(try value("due: 2026-03-31", "due") == CalendarDate("2026-03-31").map(FieldValue.date))
        #expect(try value("due: \"2024-02-29\"", "due") == CalendarDate("2024-02-29").map(FieldValue.date))
    }

    @Test(
        "impossible or malformed dates",
        arguments: ["2026-02-30", "2026-13-01", "31.03.2026", "2026-3-31", "[2026-03-31]"])
    func badDates(text: String) throws {
        let reason = try invalid("due: ↓\(text)", "due")
        #expect(reason.hasPrefix("due must be a date (YYYY-MM-DD), not "))
    }

    // MARK: enum

    @Test("enumerations accept only their values, and suggest the closest")
    func enumerations() throws {
        #expect(try value("status: in-progress", "status") == .string("in-progress"))
        #expect(try value("team: payments", "team") == .string("payments"))
        let reason = try invalid("status: ↓redy", "status", suggestion: "ready")
        #expect(reason == "status \"redy\" is not one of draft, ready, in-progress, in-review, done, dropped")
        _ = try invalid("priority: ↓Must", "priority", suggestion: "must")
        _ = try invalid("team: ↓marketing", "team", suggestion: nil)
        #expect(
            try invalid("status: ↓[ready]", "status")
                == "status must be one of draft, ready, in-progress, in-review, done, dropped, not a list")
    }

    // MARK: id

    @Test("an id field makes one reference where the id is written")
    func idField() throws {
        let (file, marks) = story("parent: ↓EP-3\nreviewer_story: ↓'US-2'")
        let item = try #require(file.item)
        #expect(file.fieldProblems.isEmpty)
        #expect(item.fields["parent"] == .id(ItemID(prefix: "EP", number: 3)))
        #expect(
            item.references == [
                Reference(type: .parent, target: ItemID(prefix: "EP", number: 3), location: marks[0]),
                Reference(
                    type: LinkType("reviewer_story"), target: ItemID(prefix: "US", number: 2), location: marks[1]),
            ])
    }

    @Test("bad id values", arguments: ["EP 3", "EP-", "[EP-3]", "{a: 1}", "3"])
    func badIDs(text: String) throws {
        let reason = try invalid("parent: ↓\(text)", "parent")
        #expect(reason.hasPrefix("parent must be an item id such as US-12, not "))
    }

    // MARK: ids

    @Test("an ids field makes a reference per element, a single scalar counting as a list of one")
    func idsField() throws {
        let (file, marks) = story(
            "depends_on: [↓US-9, ↓US-10]\nevidence: ↓FB-7\nrelates_to: []\nkey_results:\n  - ↓KR-1\n  - ↓KR-2")
        let item = try #require(file.item)
        #expect(file.fieldProblems.isEmpty)
        #expect(item.fields["evidence"] == .ids([ItemID(prefix: "FB", number: 7)]))
        #expect(item.fields["relates_to"] == .ids([]))
        #expect(item.references.map(\.location) == marks)
        #expect(item.references.map(\.type) == [.dependsOn, .dependsOn, .evidence, .keyResults, .keyResults])
        #expect(item.references.map(\.target.description) == ["US-9", "US-10", "FB-7", "KR-1", "KR-2"])
    }

    @Test("an ids field with a bad element points at the element")
    func badIDElement() throws {
        let good = FieldValue.ids([ItemID(prefix: "US", number: 9)])
        let reason = try invalid("depends_on: [US-9, ↓US 10]", "depends_on", kept: good)
        #expect(reason == "depends_on must be a list of item ids such as [US-12, US-13], not \"US 10\"")
        _ = try invalid("depends_on: [US-9, ↓[US-1]]", "depends_on", kept: good)
        _ = try invalid("depends_on: [US-9, ↓~]", "depends_on", kept: good)
    }

    @Test("every bad element of an ids field is reported and the good ones stay links")
    func badAndGoodIDElements() throws {
        let (file, _) = story("depends_on: [ÉÉ, US-77, x y]")
        #expect(file.fieldProblems.count == 2)
        #expect(file.item?.references.map(\.target.description) == ["US-77"])
    }

    @Test("an ids field that is a mapping")
    func idsMapping() throws {
        #expect(try invalid("depends_on: ↓{US-9: x}", "depends_on") == "expected a list, not a mapping")
    }

    // MARK: strings

    @Test("string lists, a single scalar counting as a list of one")
    func stringLists() throws {
        #expect(try value("labels: [a, 1, true]", "labels") == .strings(["a", "1", "true"]))
        #expect(try value("labels: solo", "labels") == .strings(["solo"]))
        #expect(try value("labels: []", "labels") == .strings([]))
    }

    @Test("string lists with a nested element or a mapping")
    func badStringLists() throws {
        #expect(
            try invalid("labels: [a, ↓[b]]", "labels", kept: .strings(["a"]))
                == "labels must be a list of strings, not a list")
        #expect(try invalid("labels: ↓{a: b}", "labels") == "expected a list, not a mapping")
    }

    // MARK: record

    @Test("records of named numbers; null components are left out")
    func records() throws {
        #expect(try value("rice: {reach: 4000, impact: 2}", "rice") == .record(["reach": 4000, "impact": 2]))
        #expect(try value("rice: {reach: ~, effort: 1.5}", "rice") == .record(["effort": 1.5]))
        #expect(try value("wsjf:\n  job_size: 3", "wsjf") == .record(["job_size": 3]))
    }

    @Test("a record with an unknown component points at the component and suggests one")
    func unknownComponent() throws {
        let reason = try invalid("rice: {reach: 1, ↓efort: 2}", "rice", suggestion: "effort")
        #expect(reason == "rice has no component \"efort\"; it takes reach, impact, confidence, effort")
        _ = try invalid("rice: {↓popularity: 2}", "rice", suggestion: nil)
    }

    @Test("a record component that is not a number, and a record that is not a mapping")
    func badRecords() throws {
        #expect(try invalid("rice: {reach: ↓lots}", "rice") == "rice.reach must be a number, not \"lots\"")
        #expect(try invalid("rice: {reach: ↓'5'}", "rice") == "rice.reach must be a number, not \"5\"")
        #expect(try invalid("rice: ↓5", "rice").hasPrefix("rice must be a mapping with numbers for reach, impact"))
        #expect(try invalid("rice: ↓[1, 2]", "rice").hasSuffix("not a list"))
    }
}
