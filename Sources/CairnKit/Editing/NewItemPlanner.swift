/// Plans `cairn new`: picks the id, fills the kind's template and checks
/// that the result is an item with that id, without writing anything.
public struct NewItemPlanner: Sendable {
    public let backlog: Backlog
    public let allocator: IDAllocator

    /// Plans against `backlog`, taking ids from `allocator` (see
    /// ``IDAllocator/collecting(from:repository:cache:)``).
    public init(backlog: Backlog, allocator: IDAllocator) {
        self.backlog = backlog
        self.allocator = allocator
    }

    /// The file to write for `request`. Throws ``NewItemError`` for a request
    /// that cannot be met and ``TemplateError`` for a template that does not
    /// render an item.
    public func plan(_ request: NewItemRequest) throws -> NewItemPlan {
        let configuration = backlog.configuration
        guard let kind = configuration.kind(named: request.kind) else {
            let names = configuration.kinds.map(\.name)
            throw NewItemError.unknownKind(
                request.kind, known: names, suggestion: Suggestion.closest(to: request.kind, in: names))
        }
        let id = allocator.next(forPrefix: kind.prefix)
        var values = ItemTemplateValues(
            id: id, kind: kind.name, title: request.title, status: configuration.statuses.order.first,
            parent: request.parent, created: request.created)
        try assign(request.assignments, to: &values)
        guard let template = try ItemTemplate.find(forKind: kind.name, in: backlog) else {
            throw NewItemError.noTemplate(
                kind: kind.name, path: RepositoryPath.joined(configuration.templates, "\(kind.name).md"))
        }
        let slug = Slug.make(from: values.title)
        let path = RepositoryPath.joined(backlog.root, kind.folder, slug.isEmpty ? "\(id).md" : "\(id)-\(slug).md")
        if backlog.source.exists(path) { throw NewItemError.fileExists(path: path) }
        let text = try template.render(values)
        try verify(text, at: path, renders: values, request: request, template: template)
        return NewItemPlan(id: id, title: values.title, path: path, text: text, template: template.origin)
    }

    /// Puts each `--set` value where the template expects it: the named
    /// values for `title`, `status`, `parent` and `created`, the `fields`
    /// list for everything else.
    private func assign(_ assignments: [FieldAssignment], to values: inout ItemTemplateValues) throws {
        var mappings: [(name: String, parts: [String])] = []
        for assignment in assignments {
            let name = assignment.path[0]
            switch name {
            case "id", "kind":
                throw NewItemError.invalidAssignment(name: name, reason: "cairn new chooses the \(name) itself")
            case "title_text", "fields":
                throw NewItemError.invalidAssignment(name: name, reason: "\(name) is not a front-matter field")
            case "title":
                values.title = assignment.text
            case "status":
                values.status = assignment.text
            case "parent":
                guard let parent = ItemID(assignment.text) else {
                    throw NewItemError.invalidAssignment(name: name, reason: "must be an item id such as EP-3")
                }
                values.parent = parent
            case "created":
                guard let date = CalendarDate(assignment.text) else {
                    throw NewItemError.invalidAssignment(name: name, reason: "must be a date such as 2026-12-04")
                }
                values.created = date
            default:
                let yaml = try yamlText(of: assignment)
                guard assignment.path.count == 2 else {
                    values.setField(name, yaml: yaml)
                    continue
                }
                let part = YAMLScalar.text(assignment.path[1]) + ": " + yaml
                if let index = mappings.firstIndex(where: { $0.name == name }) {
                    mappings[index].parts.append(part)
                } else {
                    mappings.append((name, [part]))
                }
            }
        }
        for mapping in mappings {
            values.setField(mapping.name, yaml: "{" + mapping.parts.joined(separator: ", ") + "}")
        }
    }

    private func yamlText(of assignment: FieldAssignment) throws -> String {
        do {
            return try assignment.value.yamlText()
        } catch {
            throw NewItemError.invalidAssignment(name: assignment.key, reason: "\(error)")
        }
    }

    /// Checks that `text` parses into an item of the planned id and kind
    /// that carries every value asked for; otherwise the template is at fault.
    private func verify(
        _ text: String, at path: String, renders values: ItemTemplateValues, request: NewItemRequest,
        template: ItemTemplate
    ) throws {
        let parsed = ItemFileParser.parse(
            path: path, bytes: Array(text.utf8), schema: ItemSchema(backlog.configuration))
        func failure(_ message: String) -> TemplateError { TemplateError(origin: template.origin, message: message) }
        if let problem = parsed.problems.first {
            switch problem {
            case .frontMatterSyntax(let message, let location):
                throw failure("renders front matter that is not valid YAML (line \(location.line): \(message))")
            case .missingFrontMatter:
                throw failure("renders no front matter; an item starts with a line ---, its fields and another ---")
            default:
                throw failure("renders a file Cairn cannot read as an item")
            }
        }
        guard let item = parsed.item else { throw failure("renders no item; write id: {{id}} in its front matter") }
        guard item.id == values.id else {
            throw failure("renders the id \(item.id) instead of \(values.id); write id: {{id}}")
        }
        guard item.kind == values.kind else {
            throw failure("renders an item of kind \(item.kind) instead of \(values.kind); write kind: {{kind}}")
        }
        let written = Set(item.keys.map(\.name))
        var asked = request.assignments.map { $0.path[0] }
        if request.parent != nil { asked.append("parent") }
        for name in asked where !written.contains(name) {
            throw failure(
                "does not write \(name), which was given; add it, or {{#fields}}{{name}}: {{value}}{{/fields}}")
        }
    }

}
