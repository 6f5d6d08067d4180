/// Every rule Cairn ships, in the order `cairn rules` lists them.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        FrontMatterSyntaxRule(),
        DanglingReferenceRule(),
        DependencyCycleRule(),
    ]

    /// The ids of ``all``.
    public static let ids = Set(all.map(\.description.id))

    /// The rule with `id`, if Cairn has one.
    public static func rule(withID id: String) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
