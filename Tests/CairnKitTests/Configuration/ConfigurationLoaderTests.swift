import CairnKit
import Testing

@Suite("ConfigurationLoader")
struct ConfigurationLoaderTests {
    static let rules: Set<String> = ["dangling-reference", "dependency-cycle", "front-matter-syntax"]

    private func load(_ text: String) -> (Configuration, [ConfigurationProblem]) {
        ConfigurationLoader(knownRuleIDs: Self.rules).load(text)
    }

    /// Loads marked text and expects exactly one problem, at the marker.
    private func problem(_ marked: String) -> (Configuration, ConfigurationProblem?) {
        let text = MarkedText(marked)
        let (configuration, problems) = load(text.text)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.location == text.markers.first, "\(problems)")
        return (configuration, problems.first)
    }

    // MARK: Whole file

    @Test("an empty or comment-only file is the default configuration", arguments: ["", "\n", "# nothing yet\n"])
    func empty(text: String) {
        let (configuration, problems) = load(text)
        #expect(configuration == .default)
        #expect(problems.isEmpty)
    }

    @Test("invalid YAML is a problem at the YAML error; everything stays default")
    func badYAML() {
        let (configuration, problem) = problem("root: docs\nignore: ↓[a, b\n")
        #expect(configuration == .default)
        #expect(problem?.message.hasPrefix("cairn.yml is not valid YAML: ") == true)
    }

    @Test("a file that is not a mapping")
    func notAMapping() {
        let (configuration, problem) = problem("↓- root\n- kinds\n")
        #expect(configuration == .default)
        #expect(problem?.message == "cairn.yml must be a mapping, not a list")
    }

    @Test("an alias bomb is refused")
    func aliasBomb() {
        var text = "x0: &x0 [a, a, a, a, a, a, a, a, a, a]\n"
        for level in 1...6 {
            text +=
                "x\(level): &x\(level) [" + Array(repeating: "*x\(level - 1)", count: 10).joined(separator: ", ")
                + "]\n"
        }
        let (configuration, problems) = load(text)
        #expect(configuration == .default)
        #expect(
            problems.map(\.message) == [
                "cairn.yml expands to more than \(YAMLReader.nodeLimit) YAML nodes; anchors and aliases that expand without bound are refused"
            ])
    }

    @Test(
        "an unknown top-level key suggests the closest one",
        arguments: [
            ("kind", "did you mean kinds?"), ("ignores", "did you mean ignore?"),
            ("max_filesize", "did you mean max_file_size?"),
            ("colour", nil),
        ] as [(String, String?)])
    func unknownKey(key: String, hint: String?) {
        let (configuration, problem) = problem("root: docs\n↓\(key): x\n")
        #expect(problem?.message == "unknown setting \"\(key)\"")
        #expect(problem?.hint == hint)
        #expect(configuration.root == "docs")
    }

    // MARK: root, ignore, max_file_size

    @Test("root, ignore and max_file_size")
    func simpleSettings() {
        let (configuration, problems) = load(
            "root: docs/backlog\nignore: [\"drafts/**\", \"*.tmp.md\"]\nmax_file_size: 2048\n")
        #expect(problems.isEmpty)
        #expect(configuration.root == "docs/backlog")
        #expect(configuration.ignore == [GlobPattern("drafts/**"), GlobPattern("*.tmp.md")])
        #expect(configuration.maxFileSize == 2048)
    }

    @Test(
        "root that is not a string",
        arguments: [
            ("root: ↓[a]", "root must be a string, not a list"), ("root: ↓~", "root must be a string, not nothing"),
            ("root:↓", "root must be a string, not nothing"),
            ("root: ↓../elsewhere", "root must be a folder inside the repository, such as backlog or docs/backlog"),
            ("root: ↓/etc", "root must be a folder inside the repository, such as backlog or docs/backlog"),
        ])
    func badRoot(marked: String, message: String) {
        let (configuration, problem) = problem(marked + "\n")
        #expect(problem?.message == message)
        #expect(configuration.root == "backlog")
    }

    @Test(
        "ignore that is not a list of strings",
        arguments: [
            ("ignore: ↓drafts", "ignore must be a list of strings, not \"drafts\""),
            ("ignore: ↓[a, [b]]", "ignore must be a list of strings, not a list"),
            ("ignore: ↓{a: b}", "ignore must be a list of strings, not a mapping"),
        ])
    func badIgnore(marked: String, message: String) {
        let (configuration, problem) = problem(marked + "\n")
        #expect(problem?.message == message)
        #expect(configuration.ignore.isEmpty)
    }

    @Test("max_file_size that is not a positive number", arguments: ["0", "-5", "big", "[1]", "1.5", "~"])
    func badMaxFileSize(value: String) {
        let (configuration, problem) = problem("max_file_size: ↓\(value)\n")
        #expect(problem?.message == "max_file_size must be a positive number of bytes")
        #expect(configuration.maxFileSize == Configuration.default.maxFileSize)
    }

    // MARK: kinds

    @Test("a new kind with every setting")
    func newKind() throws {
        let (configuration, problems) = load(
            """
            kinds:
              risk:
                prefix: RISK
                folder: risks
                required_fields: [id, title]
                required_sections: [Mitigation]
                parents: [epic]
                acceptance_criteria: yes
            """)
        #expect(problems.isEmpty)
        let risk = try #require(configuration.kind(named: "risk"))
        #expect(
            risk
                == KindDefinition(
                    name: "risk", prefix: "RISK", folder: "risks", requiredFields: ["id", "title"],
                    requiredSections: ["Mitigation"], allowedParents: ["epic"], needsAcceptanceCriteria: true))
        #expect(configuration.kinds.last == risk)
        #expect(configuration.kinds.first { $0.prefix == "RISK" } == risk)
        #expect(configuration.kinds.count == Configuration.default.kinds.count + 1)
    }

    @Test("a new kind's folder defaults to its name")
    func newKindFolder() {
        let (configuration, problems) = load("kinds:\n  risk: {prefix: RISK}\n")
        #expect(problems.isEmpty)
        #expect(configuration.kind(named: "risk")?.folder == "risk")
        #expect(configuration.kind(named: "risk")?.requiredFields == ["id", "title", "status"])
    }

    @Test("overriding a default kind keeps its other settings and its place")
    func overrideKind() throws {
        let (configuration, problems) = load("kinds:\n  story:\n    prefix: S\n    acceptance_criteria: false\n")
        #expect(problems.isEmpty)
        let story = try #require(configuration.kind(named: "story"))
        #expect(story.prefix == "S")
        #expect(story.folder == "stories")
        #expect(story.allowedParents == ["epic"])
        #expect(story.needsAcceptanceCriteria == false)
        #expect(configuration.kinds.map(\.name) == Configuration.default.kinds.map(\.name))
    }

    @Test("a new kind without a prefix is refused")
    func kindWithoutPrefix() {
        let (configuration, problem) = problem("kinds:\n  ↓risk:\n    folder: risks\n")
        #expect(problem?.message == "kind risk needs a prefix, such as RI")
        #expect(configuration.kind(named: "risk") == nil)
    }

    @Test("the prefix a kind is told to take is one an id can start with")
    func examplePrefix() {
        let (_, problems) = load("kinds:\n  \"日本\": {folder: x}\n  x1: {folder: y}\n")
        #expect(problems.map(\.message) == ["kind 日本 needs a prefix, such as K", "kind x1 needs a prefix, such as X"])
    }

    @Test("a prefix that cannot start an id")
    func badPrefix() {
        let text = MarkedText("kinds:\n  story: {prefix: ↓US-X}\n  ↓risk: {prefix: ↓1R}\n")
        let (configuration, problems) = load(text.text)
        #expect(
            problems == [
                ConfigurationProblem(
                    message: "prefix \"US-X\" must be a letter followed by letters, digits or underscores",
                    location: text.markers[0]),
                ConfigurationProblem(
                    message: "prefix \"1R\" must be a letter followed by letters, digits or underscores",
                    location: text.markers[2]),
                ConfigurationProblem(message: "kind risk needs a prefix, such as RI", location: text.markers[1]),
            ])
        #expect(configuration.kind(named: "story")?.prefix == "US")
        #expect(configuration.kind(named: "risk") == nil)
    }

    @Test(
        "wrong shapes under kinds",
        arguments: [
            ("kinds: ↓[story]", "kinds must be a mapping, not a list"),
            ("kinds:\n  risk: ↓RISK", "kind risk must be a mapping, not \"RISK\""),
            ("kinds:\n  story: {prefix: ↓[US]}", "prefix must be a string, not a list"),
            ("kinds:\n  story: {folder: ↓~}", "folder must be a string, not nothing"),
            ("kinds:\n  story: {required_fields: ↓id}", "required_fields must be a list of strings, not \"id\""),
            (
                "kinds:\n  story: {required_sections: ↓{a: b}}",
                "required_sections must be a list of strings, not a mapping"
            ),
            ("kinds:\n  story: {parents: ↓epic}", "parents must be a list of strings, not \"epic\""),
            ("kinds:\n  story: {acceptance_criteria: ↓maybe}", "acceptance_criteria must be true or false"),
        ])
    func kindShapes(marked: String, message: String) {
        let (configuration, problem) = problem(marked + "\n")
        #expect(problem?.message == message)
        #expect(configuration.kinds == Configuration.default.kinds)
    }

    @Test("an unknown kind setting suggests the closest")
    func unknownKindSetting() {
        let (_, problem) = problem("kinds:\n  story:\n    ↓prefx: S\n")
        #expect(problem?.message == "unknown kind setting \"prefx\"")
        #expect(problem?.hint == "did you mean prefix?")
    }

    @Test("two kinds sharing a prefix point at the prefix written second")
    func duplicatePrefix() {
        let (_, problem) = problem("kinds:\n  task:\n    prefix: ↓US\n")
        #expect(problem?.message == "kinds story and task share the prefix US")
    }

    @Test("a default kind given another default kind's prefix points at that prefix")
    func duplicatePrefixOnDefaultKind() {
        let (_, problem) = problem("kinds:\n  story: {prefix: ↓EP}\n")
        #expect(problem?.message == "kinds story and epic share the prefix EP")
    }

    @Test("a parent kind that does not exist points at the parent's name")
    func unknownParentKind() {
        let (_, problem) = problem("kinds:\n  story:\n    parents: [epic, ↓epik]\n")
        #expect(problem?.message == "kind story names an unknown parent kind \"epik\"")
        #expect(problem?.hint == "did you mean epic?")
    }

    // MARK: statuses

    @Test("a custom status scheme")
    func statuses() {
        let (configuration, problems) = load(
            "statuses:\n  order: [todo, doing, review, shipped, cut]\n  ready: [doing]\n  done: [shipped]\n  dropped: [cut]\n"
        )
        #expect(problems.isEmpty)
        #expect(
            configuration.statuses
                == StatusScheme(
                    order: ["todo", "doing", "review", "shipped", "cut"], ready: ["doing"], done: ["shipped"],
                    dropped: ["cut"]))
    }

    @Test("a status set naming a status not in the order points at that status")
    func statusNotInOrder() {
        let (_, problem) = problem("statuses:\n  order: [draft, ready, done, dropped]\n  done: [done, ↓shipped]\n")
        #expect(problem?.message == "statuses.done names \"shipped\", which is not in statuses.order")
    }

    @Test("a new order that leaves out a default set's status points at the order")
    func defaultSetNotInOrder() {
        let text = MarkedText("statuses:\n  order: ↓[todo, doing, ready, finished]\n")
        let (_, problems) = load(text.text)
        #expect(
            problems.map(\.message) == [
                "statuses.done names \"done\", which is not in statuses.order",
                "statuses.dropped names \"dropped\", which is not in statuses.order",
            ])
        #expect(problems.map(\.location) == [text.markers[0], text.markers[0]])
    }

    @Test(
        "wrong shapes under statuses",
        arguments: [
            ("statuses: ↓[draft]", "statuses must be a mapping, not a list"),
            ("statuses:\n  order: ↓draft", "statuses.order must be a list of strings, not \"draft\""),
            ("statuses:\n  ↓final: [done]", "unknown statuses setting \"final\"; use order, ready, done or dropped"),
        ])
    func statusShapes(marked: String, message: String) {
        let (configuration, problem) = problem(marked + "\n")
        #expect(problem?.message == message)
        #expect(configuration.statuses == Configuration.default.statuses)
    }

    // MARK: priorities

    @Test("custom priorities, most important first")
    func priorities() {
        let (configuration, problems) = load("priorities: [p0, p1, p2]\n")
        #expect(problems.isEmpty)
        #expect(configuration.priorities == ["p0", "p1", "p2"])
        #expect(configuration.priorityRank("p1") == 1)
        #expect(configuration.priorityRank("p9") == nil)
        #expect(configuration.priorityRank(nil) == nil)
    }

    @Test(
        "priorities that are not a non-empty list",
        arguments: [
            ("priorities: ↓must", "priorities must be a list of strings, not \"must\""),
            ("priorities: ↓[]", "priorities must list at least one priority"),
        ])
    func badPriorities(marked: String, message: String) {
        let (configuration, problem) = problem(marked + "\n")
        #expect(problem?.message == message)
        #expect(configuration.priorities == Configuration.default.priorities)
    }

    // MARK: fields

    @Test("custom fields of every type")
    func fields() {
        let (configuration, problems) = load(
            """
            fields:
              team: {type: string}
              points: {type: int}
              confidence: {type: number}
              launch: {type: date}
              size: {type: enum, values: [S, M, L]}
              reviewer: {type: id, kinds: [story, bug]}
              blocks: {type: ids}
              platforms: {type: strings}
            """)
        #expect(problems.isEmpty)
        #expect(
            configuration.customFields == [
                "team": FieldDefinition("team", .string), "points": FieldDefinition("points", .integer),
                "confidence": FieldDefinition("confidence", .number(minimum: nil)),
                "launch": FieldDefinition("launch", .date),
                "size": FieldDefinition("size", .enumeration(["S", "M", "L"])),
                "reviewer": FieldDefinition("reviewer", .id, kinds: ["story", "bug"]),
                "blocks": FieldDefinition("blocks", .ids), "platforms": FieldDefinition("platforms", .strings),
            ])
        #expect(configuration.fieldDefinitions["reviewer"]?.applies(to: "story") == true)
        #expect(configuration.fieldDefinitions["reviewer"]?.applies(to: "epic") == false)
        #expect(configuration.fieldDefinitions["title"]?.type == .string)
    }

    @Test("a custom field with a built-in's name replaces it")
    func overrideBuiltInField() {
        let (configuration, problems) = load("fields:\n  owner: {type: enum, values: [alice, bob]}\n")
        #expect(problems.isEmpty)
        #expect(configuration.fieldDefinitions["owner"]?.type == .enumeration(["alice", "bob"]))
    }

    @Test(
        "bad field definitions",
        arguments: [
            ("fields: ↓[team]", "fields must be a mapping, not a list", nil),
            ("fields:\n  team: ↓string", "field team must be a mapping, not \"string\"", nil),
            (
                "fields:\n  points: ↓{type: strng}",
                "field type must be one of string, int, number, date, enum, id, ids, strings", "did you mean string?"
            ),
            (
                "fields:\n  points: ↓{type: integer}",
                "field type must be one of string, int, number, date, enum, id, ids, strings", nil
            ),
            (
                "fields:\n  points: ↓{kinds: [story]}",
                "field type must be one of string, int, number, date, enum, id, ids, strings", nil
            ),
            ("fields:\n  size: ↓{type: enum}", "an enum field needs values: [...]", nil),
            (
                "fields:\n  size: {type: enum, ↓choices: [a]}",
                "unknown field setting \"choices\"; use type, values or kinds", nil
            ),
            ("fields:\n  size: {type: ↓[enum], values: [a]}", "type must be a string, not a list", nil),
        ] as [(String, String, String?)])
    func badFields(marked: String, message: String, hint: String?) {
        let text = MarkedText(marked + "\n")
        let (configuration, problems) = load(text.text)
        #expect(
            problems.first == ConfigurationProblem(message: message, location: text.markers[0], hint: hint),
            "\(problems)")
        #expect(configuration.customFields.isEmpty)
    }

    // MARK: rules

    @Test("rule severities and rules turned off")
    func rules() {
        let (configuration, problems) = load(
            "rules:\n  dangling-reference: warning\n  dependency-cycle: off\n  front-matter-syntax: note\n")
        #expect(problems.isEmpty)
        let off: Severity? = nil
        let expected: [String: Severity?] = [
            "dangling-reference": .warning, "dependency-cycle": off, "front-matter-syntax": .note,
        ]
        #expect(configuration.ruleSeverities == expected)
    }

    @Test("an unknown rule id suggests the closest")
    func unknownRule() {
        let (configuration, problem) = problem("rules:\n  ↓dangling-refrence: off\n")
        #expect(problem?.message == "unknown rule \"dangling-refrence\"")
        #expect(problem?.hint == "did you mean dangling-reference?")
        #expect(configuration.ruleSeverities.isEmpty)
    }

    @Test("a severity that is not error, warning, note or off", arguments: ["fatal", "[error]", "~", "Error"])
    func badSeverity(value: String) {
        let (configuration, problem) = problem("rules:\n  dependency-cycle: ↓\(value)\n")
        #expect(problem?.message == "rule severity must be error, warning, note or off")
        #expect(configuration.ruleSeverities.isEmpty)
    }

    @Test("rules that is not a mapping")
    func rulesShape() {
        let (_, problem) = problem("rules: ↓[dependency-cycle]\n")
        #expect(problem?.message == "rules must be a mapping, not a list")
    }

    // MARK: Positions

    @Test("problem columns are UTF-8 bytes after multi-byte text")
    func multiByteColumns() {
        let text = MarkedText("kinds:\n  ↓\"récit\": {prefix: ↓[R]}\n")
        let (_, problems) = load(text.text)
        #expect(
            problems == [
                ConfigurationProblem(message: "prefix must be a string, not a list", location: text.markers[1]),
                ConfigurationProblem(message: "kind récit needs a prefix, such as RC", location: text.markers[0]),
            ])
    }

    @Test("every problem is collected, in file order")
    func severalProblems() {
        let text = MarkedText("↓colour: red\nmax_file_size: ↓0\nrules:\n  ↓nope: off\n")
        let (_, problems) = load(text.text)
        #expect(problems.map(\.location) == text.markers)
    }
}
