/// A kind of item: its name, id prefix, folder and what it requires.
public struct KindDefinition: Hashable, Sendable {
    /// The name used in `kind:` fields, such as `story`.
    public var name: String
    /// The id prefix, such as `US`.
    public var prefix: String
    /// The folder under the backlog root where new items of this kind go.
    public var folder: String
    /// Fields every item of this kind must have.
    public var requiredFields: [String]
    /// Body sections (headings) every item of this kind must have.
    public var requiredSections: [String]
    /// The kinds an item of this kind may name as `parent`; empty means none.
    public var allowedParents: [String]
    /// Whether items of this kind need acceptance criteria once ready.
    public var needsAcceptanceCriteria: Bool

    public init(
        name: String, prefix: String, folder: String, requiredFields: [String] = ["id", "title", "status"],
        requiredSections: [String] = [], allowedParents: [String] = [], needsAcceptanceCriteria: Bool = false
    ) {
        self.name = name
        self.prefix = prefix
        self.folder = folder
        self.requiredFields = requiredFields
        self.requiredSections = requiredSections
        self.allowedParents = allowedParents
        self.needsAcceptanceCriteria = needsAcceptanceCriteria
    }
}
