/// Reads `cairn.yml` over the defaults. Never throws: every problem becomes a
/// ``ConfigurationProblem`` pointing into the file, and the setting it
/// concerns keeps its default.
public struct ConfigurationLoader {
    /// Rule ids that `rules:` may name.
    public let knownRuleIDs: Set<String>

    public init(knownRuleIDs: Set<String>) {
        self.knownRuleIDs = knownRuleIDs
    }

    /// The top-level keys `cairn.yml` understands.
    public static let topLevelKeys = [
        "root", "templates", "ignore", "max_file_size", "kinds", "statuses", "priorities", "fields", "rules",
    ]

    /// The configuration `text` describes, and what is wrong with it.
    public func load(_ text: String) -> (Configuration, [ConfigurationProblem]) {
        load(SourceText(text))
    }

    /// The configuration `source` describes, and what is wrong with it.
    public func load(_ source: SourceText) -> (Configuration, [ConfigurationProblem]) {
        var reader = Reader(knownRuleIDs: knownRuleIDs)
        switch YAMLReader.read(Substring(source.text), firstLine: 1, in: source) {
        case .failure(let failure):
            let problem = failure.problem(about: "cairn.yml", firstLine: 1)
            reader.problems.append(ConfigurationProblem(message: problem.message, location: problem.location))
        case .success(nil):
            break
        case .success(let root?):
            reader.read(root)
        }
        return (reader.configuration, reader.problems)
    }
}

/// The state of one read of `cairn.yml`.
private struct Reader {
    let knownRuleIDs: Set<String>
    var configuration = Configuration.default
    var problems: [ConfigurationProblem] = []
    /// Where each kind's `prefix` value is written, by kind name, so that a
    /// clash between kinds points at the prefix that causes it.
    private var prefixNodes: [String: YAMLNode] = [:]
    /// Where each kind's `parents` list is written, by kind name.
    private var parentsNodes: [String: YAMLNode] = [:]

    init(knownRuleIDs: Set<String>) {
        self.knownRuleIDs = knownRuleIDs
    }

    mutating func read(_ root: YAMLNode) {
        guard let pairs = mapping(root, "cairn.yml") else { return }
        for pair in pairs {
            let key = pair.key.scalarText ?? ""
            let value = pair.value
            switch key {
            case "root":
                if let root = string(value, "root") {
                    if isInsideRepository(root) {
                        configuration.root = root
                    } else {
                        fail("root must be a folder inside the repository, such as backlog or docs/backlog", at: value)
                    }
                }
            case "templates":
                if let templates = string(value, "templates") {
                    if isInsideRepository(templates), !templates.isEmpty {
                        configuration.templates = templates
                    } else {
                        fail(
                            "templates must be a folder inside the repository, such as Templates or docs/templates",
                            at: value)
                    }
                }
            case "ignore":
                if let globs = strings(value, "ignore") { configuration.ignore = globs.map(GlobPattern.init) }
            case "max_file_size":
                if let size = value.scalarText.flatMap({ Int($0) }), size > 0 {
                    configuration.maxFileSize = size
                } else {
                    fail("max_file_size must be a positive number of bytes", at: value)
                }
            case "kinds": readKinds(value)
            case "statuses": readStatuses(value)
            case "priorities":
                if let priorities = strings(value, "priorities") {
                    if priorities.isEmpty {
                        fail("priorities must list at least one priority", at: value)
                    } else {
                        configuration.priorities = priorities
                    }
                }
            case "fields": readFields(value)
            case "rules": readRules(value)
            default:
                fail(
                    "unknown setting \"\(key)\"", at: pair.key,
                    hint: Suggestion.closest(to: key, in: ConfigurationLoader.topLevelKeys).map {
                        "did you mean \($0)?"
                    })
            }
        }
        checkConsistency(root)
    }

    // MARK: Sections

    private mutating func readKinds(_ node: YAMLNode) {
        guard let pairs = mapping(node, "kinds") else { return }
        for pair in pairs {
            guard let name = pair.key.scalarText, !name.isEmpty else { continue }
            guard let settings = mapping(pair.value, "kind \(name)") else { continue }
            let existing = configuration.kinds.firstIndex { $0.name == name }
            var kind = existing.map { configuration.kinds[$0] } ?? KindDefinition(name: name, prefix: "", folder: name)
            for setting in settings {
                let key = setting.key.scalarText ?? ""
                switch key {
                case "prefix":
                    if let prefix = string(setting.value, "prefix") {
                        if ItemID("\(prefix)-1") != nil {
                            kind.prefix = prefix
                            prefixNodes[name] = setting.value
                        } else {
                            fail(
                                "prefix \"\(prefix)\" must be a letter followed by letters, digits or underscores",
                                at: setting.value)
                        }
                    }
                case "folder":
                    if let folder = string(setting.value, "folder") {
                        if isInsideRepository(folder) {
                            kind.folder = folder
                        } else {
                            fail("folder must be a folder inside the backlog root, such as stories", at: setting.value)
                        }
                    }
                case "required_fields": if let list = strings(setting.value, key) { kind.requiredFields = list }
                case "required_sections": if let list = strings(setting.value, key) { kind.requiredSections = list }
                case "parents":
                    if let list = strings(setting.value, key) {
                        kind.allowedParents = list
                        parentsNodes[name] = setting.value
                    }
                case "acceptance_criteria":
                    if let flag = bool(setting.value, key) { kind.needsAcceptanceCriteria = flag }
                default:
                    let known = [
                        "prefix", "folder", "required_fields", "required_sections", "parents", "acceptance_criteria",
                    ]
                    fail(
                        "unknown kind setting \"\(key)\"", at: setting.key,
                        hint: Suggestion.closest(to: key, in: known).map { "did you mean \($0)?" })
                }
            }
            if kind.prefix.isEmpty {
                fail("kind \(name) needs a prefix, such as \(examplePrefix(for: name))", at: pair.key)
                continue
            }
            if let existing { configuration.kinds[existing] = kind } else { configuration.kinds.append(kind) }
        }
    }

    private mutating func readStatuses(_ node: YAMLNode) {
        guard let pairs = mapping(node, "statuses") else { return }
        var scheme = configuration.statuses
        /// The lists as written, by setting name.
        var written: [String: YAMLNode] = [:]
        for pair in pairs {
            let key = pair.key.scalarText ?? ""
            guard let list = strings(pair.value, "statuses.\(key)") else { continue }
            switch key {
            case "order": scheme.order = list
            case "ready": scheme.ready = Set(list)
            case "done": scheme.done = Set(list)
            case "dropped": scheme.dropped = Set(list)
            default:
                fail("unknown statuses setting \"\(key)\"; use order, ready, done or dropped", at: pair.key)
                continue
            }
            written[key] = pair.value
        }
        for (name, set) in [("ready", scheme.ready), ("done", scheme.done), ("dropped", scheme.dropped)] {
            for status in set.sorted() where !scheme.order.contains(status) {
                // The status as written in its set; a set left at its default
                // is at odds with the order that was written instead.
                let location = written[name].flatMap { element(status, of: $0) } ?? written["order"] ?? node
                fail("statuses.\(name) names \"\(status)\", which is not in statuses.order", at: location)
            }
        }
        configuration.statuses = scheme
    }

    private mutating func readFields(_ node: YAMLNode) {
        guard let pairs = mapping(node, "fields") else { return }
        for pair in pairs {
            guard let name = pair.key.scalarText, !name.isEmpty else { continue }
            guard let settings = mapping(pair.value, "field \(name)") else { continue }
            var typeName: String?
            var values: [String] = []
            var kinds: Set<String>?
            for setting in settings {
                switch setting.key.scalarText ?? "" {
                case "type": typeName = string(setting.value, "type")
                case "values": values = strings(setting.value, "values") ?? []
                case "kinds": kinds = strings(setting.value, "kinds").map(Set.init)
                default:
                    fail(
                        "unknown field setting \"\(setting.key.scalarText ?? "")\"; use type, values or kinds",
                        at: setting.key)
                }
            }
            guard let type = fieldType(typeName, values: values, at: pair.value) else { continue }
            configuration.customFields[name] = FieldDefinition(name, type, kinds: kinds)
        }
    }

    private mutating func fieldType(_ name: String?, values: [String], at node: YAMLNode) -> FieldType? {
        switch name {
        case "string": return .string
        case "int": return .integer
        case "number": return .number(minimum: nil)
        case "date": return .date
        case "id": return .id
        case "ids": return .ids
        case "strings": return .strings
        case "enum":
            if values.isEmpty {
                fail("an enum field needs values: [...]", at: node)
                return nil
            }
            return .enumeration(values)
        default:
            let types = ["string", "int", "number", "date", "enum", "id", "ids", "strings"]
            fail(
                "field type must be one of \(types.joined(separator: ", "))", at: node,
                hint: name.flatMap { Suggestion.closest(to: $0, in: types) }.map { "did you mean \($0)?" })
            return nil
        }
    }

    private mutating func readRules(_ node: YAMLNode) {
        guard let pairs = mapping(node, "rules") else { return }
        for pair in pairs {
            let id = pair.key.scalarText ?? ""
            guard knownRuleIDs.contains(id) else {
                fail(
                    "unknown rule \"\(id)\"", at: pair.key,
                    hint: Suggestion.closest(to: id, in: knownRuleIDs.sorted()).map { "did you mean \($0)?" })
                continue
            }
            switch pair.value.scalarText {
            case "off": configuration.ruleSeverities[id] = .some(nil)
            case let text?:
                if let severity = Severity(rawValue: text) {
                    configuration.ruleSeverities[id] = .some(severity)
                } else {
                    fail("rule severity must be error, warning, note or off", at: pair.value)
                }
            case nil:
                fail("rule severity must be error, warning, note or off", at: pair.value)
            }
        }
    }

    /// Checks what involves several kinds, pointing at the part of the file
    /// that makes the clash: the prefix written for one of the two kinds,
    /// or the unknown name in a `parents` list.
    private mutating func checkConsistency(_ root: YAMLNode) {
        let names = configuration.kinds.map(\.name)
        var prefixes: [String: String] = [:]
        for kind in configuration.kinds {
            if let other = prefixes[kind.prefix] {
                let location = prefixNodes[kind.name] ?? prefixNodes[other] ?? root
                fail("kinds \(other) and \(kind.name) share the prefix \(kind.prefix)", at: location)
            }
            prefixes[kind.prefix] = kind.name
            for parent in kind.allowedParents where !names.contains(parent) {
                let location = parentsNodes[kind.name].flatMap { element(parent, of: $0) } ?? root
                fail(
                    "kind \(kind.name) names an unknown parent kind \"\(parent)\"", at: location,
                    hint: Suggestion.closest(to: parent, in: names).map { "did you mean \($0)?" })
            }
        }
    }

    // MARK: Values

    private mutating func mapping(_ node: YAMLNode, _ what: String) -> [YAMLPair]? {
        if case .mapping(let pairs) = node.value { return pairs }
        fail("\(what) must be a mapping, not \(node.shapeDescription)", at: node)
        return nil
    }

    private mutating func string(_ node: YAMLNode, _ what: String) -> String? {
        if let text = node.scalarText, !node.isNull { return text }
        fail("\(what) must be a string, not \(node.shapeDescription)", at: node)
        return nil
    }

    private mutating func strings(_ node: YAMLNode, _ what: String) -> [String]? {
        if case .sequence(let elements) = node.value {
            let texts = elements.compactMap(\.scalarText)
            if texts.count == elements.count { return texts }
        }
        fail("\(what) must be a list of strings, not \(node.shapeDescription)", at: node)
        return nil
    }

    /// A prefix `ItemID` accepts, from the first ASCII letters of `name`
    /// (`récit` gives `RC`, not `RÉ`, which no id may start with).
    private func examplePrefix(for name: String) -> String {
        let letters = name.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }
        let prefix = String(String.UnicodeScalarView(letters.prefix(2))).uppercased()
        return prefix.isEmpty ? "K" : prefix
    }

    /// The element of a list node whose text is `text`.
    private func element(_ text: String, of list: YAMLNode) -> YAMLNode? {
        guard case .sequence(let elements) = list.value else { return nil }
        return elements.first { $0.scalarText == text }
    }

    private mutating func bool(_ node: YAMLNode, _ what: String) -> Bool? {
        switch node.scalarText {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail("\(what) must be true or false", at: node)
            return nil
        }
    }

    /// Whether `path` is relative and free of `..`, so that it cannot lead
    /// out of the repository whatever the folders around it are.
    private func isInsideRepository(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }

    private mutating func fail(_ message: String, at node: YAMLNode, hint: String? = nil) {
        problems.append(ConfigurationProblem(message: message, location: node.location, hint: hint))
    }
}
