/// What an item template is filled with. The renderer hands every value to
/// the template ready for YAML front matter — a title such as `Pay: now`
/// arrives as `"Pay: now"` — so that no template has to escape anything.
///
/// The names a template can use:
/// - `id`, `kind`, `title`, `status`, `parent`, `created`: front-matter
///   values (`status` and `parent` only when there is one);
/// - `title_text`: the title as typed, for the body;
/// - `fields`: a list of further values, each with `name` and `value`, to
///   write as `{{#fields}}{{name}}: {{value}}{{/fields}}`; each of them is
///   also available under its own name, so that a template can leave out a
///   hint when the value was given (`{{^baseline}}# baseline: …{{/baseline}}`).
public struct ItemTemplateValues: Sendable {
    public var id: ItemID
    /// The kind's name, as `kind:` takes it.
    public var kind: String
    /// The title as typed.
    public var title: String
    /// The status a new item starts with; `nil` leaves it out.
    public var status: String?
    public var parent: ItemID?
    public var created: CalendarDate
    /// Further front-matter values, in the order given.
    public var fields: [TemplateField]

    public init(
        id: ItemID, kind: String, title: String, status: String?, parent: ItemID?, created: CalendarDate,
        fields: [TemplateField] = []
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.status = status
        self.parent = parent
        self.created = created
        self.fields = fields
    }

    /// Sets the further field `name` to `yaml`, in place when it is there.
    mutating func setField(_ name: String, yaml: String) {
        if let index = fields.firstIndex(where: { $0.name == name }) {
            fields[index].yaml = yaml
        } else {
            fields.append(TemplateField(name: name, yaml: yaml))
        }
    }

    /// The names the values above take in a template; a field may not use one.
    public static let reservedNames: Set<String> = [
        "id", "kind", "title", "title_text", "status", "parent", "created", "fields",
    ]

    /// The values as the template engine reads them.
    var context: [String: Any] {
        var context: [String: Any] = [
            "id": id.description,
            "kind": YAMLScalar.text(kind),
            "title": YAMLScalar.text(title),
            "title_text": title,
            "created": created.description,
        ]
        for field in fields where !Self.reservedNames.contains(field.name) {
            context[field.name] = field.yaml
        }
        context["fields"] = fields.map { ["name": YAMLScalar.text($0.name), "value": $0.yaml] }
        if let status { context["status"] = YAMLScalar.text(status) }
        if let parent { context["parent"] = parent.description }
        return context
    }
}

/// One front-matter value for a template's `fields`: a key and its value
/// as YAML text.
public struct TemplateField: Hashable, Sendable {
    public var name: String
    /// The value as it is to appear after `name: `, already valid YAML.
    public var yaml: String

    public init(name: String, yaml: String) {
        self.name = name
        self.yaml = yaml
    }
}
