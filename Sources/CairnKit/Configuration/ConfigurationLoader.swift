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
    public static let topLevelKeys = ["root", "ignore", "max_file_size", "kinds", "statuses", "priorities", "fields", "rules"]

    /// The configuration `text` describes, and what is wrong with it.
    public func load(_ text: String) -> (Configuration, [ConfigurationProblem]) {
        var reader = Reader(knownRuleIDs: knownRuleIDs)
        let source = SourceText(text)
        switch YAMLReader.read(Substring(text), firstLine: 1, in: source) {
        case .failure(.syntax(let message, let location)):
            reader.problems.append(ConfigurationProblem(message: "cairn.yml is not valid YAML: \(message)", location: location))
        case .failure(.tooManyNodes(let limit)):
            reader.problems.append(
                ConfigurationProblem(message: "cairn.yml expands to more than \(limit) YAML nodes", location: .startOfFile))
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
                guard let root = string(value, "root") else { break }
                if Self.staysInRepository(root) {
                    configuration.root = root
                } else {
                    fail(
                        "root must be a folder inside the repository, written from its root without ..", at: value,
                        hint: "such as backlog or docs/product")
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
                if let priorities = strings(value, "priorities"), !priorities.isEmpty { configuration.priorities = priorities }
            case "fields": readFields(value)
            case "rules": readRules(value)
            default:
                fail(
                    "unknown setting \"\(key)\"", at: pair.key,
                    hint: Suggestion.closest(to: key, in: ConfigurationLoader.topLevelKeys).map { "did you mean \($0)?" })
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
                        } else {
                            fail("prefix \"\(prefix)\" must be a letter followed by letters, digits or underscores", at: setting.value)
                        }
                    }
                case "folder": if let folder = string(setting.value, "folder") { kind.folder = folder }
                case "required_fields": if let list = strings(setting.value, key) { kind.requiredFields = list }
                case "required_sections": if let list = strings(setting.value, key) { kind.requiredSections = list }
                case "parents": if let list = strings(setting.value, key) { kind.allowedParents = list }
                case "acceptance_criteria":
                    if let flag = bool(setting.value, key) { kind.needsAcceptanceCriteria = flag }
                default:
                    let known = ["prefix", "folder", "required_fields", "required_sections", "parents", "acceptance_criteria"]
                    fail(
                        "unknown kind setting \"\(key)\"", at: setting.key,
                        hint: Suggestion.closest(to: key, in: known).map { "did you mean \($0)?" })
                }
            }
            if kind.prefix.isEmpty {
                fail("kind \(name) needs a prefix, such as \(name.prefix(2).uppercased())", at: pair.key)
                continue
            }
            if let existing { configuration.kinds[existing] = kind } else { configuration.kinds.append(kind) }
        }
    }

    private mutating func readStatuses(_ node: YAMLNode) {
        guard let pairs = mapping(node, "statuses") else { return }
        var scheme = configuration.statuses
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
            }
        }
        for (name, set) in [("ready", scheme.ready), ("done", scheme.done), ("dropped", scheme.dropped)] {
            for status in set.sorted() where !scheme.order.contains(status) {
                fail("statuses.\(name) names \"\(status)\", which is not in statuses.order", at: node)
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
                default: fail("unknown field setting \"\(setting.key.scalarText ?? "")\"; use type, values or kinds", at: setting.key)
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

    private mutating func checkConsistency(_ root: YAMLNode) {
        let names = Set(configuration.kinds.map(\.name))
        var prefixes: [String: String] = [:]
        for kind in configuration.kinds {
            if let other = prefixes[kind.prefix] {
                fail("kinds \(other) and \(kind.name) share the prefix \(kind.prefix)", at: root)
            }
            prefixes[kind.prefix] = kind.name
            for parent in kind.allowedParents where !names.contains(parent) {
                fail("kind \(kind.name) names an unknown parent kind \"\(parent)\"", at: root)
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
    private static func staysInRepository(_ path: String) -> Bool {
        !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
    }

    private mutating func fail(_ message: String, at node: YAMLNode, hint: String? = nil) {
        problems.append(ConfigurationProblem(message: message, location: node.location, hint: hint))
    }
}
