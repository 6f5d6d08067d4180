/// The configuration arranged for decoding: built once per load, shared by
/// every file's parse.
public struct ItemSchema: Sendable {
    public let configuration: Configuration
    /// Every field definition by name.
    public let fields: [String: FieldDefinition]
    /// Field names in a stable order, for suggestions.
    public let fieldNames: [String]
    private let kindsByName: [String: KindDefinition]
    private let kindsByPrefix: [String: KindDefinition]

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        fields = configuration.fieldDefinitions
        fieldNames = fields.keys.sorted()
        kindsByName = Dictionary(configuration.kinds.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        kindsByPrefix = Dictionary(configuration.kinds.map { ($0.prefix, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func kind(named name: String) -> KindDefinition? { kindsByName[name] }
    public func kind(withPrefix prefix: String) -> KindDefinition? { kindsByPrefix[prefix] }
}
