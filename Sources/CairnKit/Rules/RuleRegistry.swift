/// Every rule Cairn ships, in the order `cairn rules` lists them: reading
/// files, configuration, fields, identity, links, workflow, content.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        UnreadableFileRule(),
        SymlinkEscapeRule(),
        FileTooLargeRule(),
        InvalidEncodingRule(),
        MergeConflictRule(),
        MissingFrontMatterRule(),
        FrontMatterSyntaxRule(),
        InvalidConfigRule(),
        DuplicateKeyRule(),
        MissingFieldRule(),
        InvalidValueRule(),
        UnknownFieldRule(),
        DuplicateIDRule(),
        IDFileNameMismatchRule(),
        DanglingReferenceRule(),
        SelfReferenceRule(),
        DependencyCycleRule(),
        HierarchyCycleRule(),
        ParentKindRule(),
        StatusInconsistencyRule(),
        PriorityInversionRule(),
        ReleaseOrderRule(),
        KeyResultWithoutTargetRule(),
        WorkForDroppedObjectiveRule(),
        MissingAcceptanceCriteriaRule(),
        MissingSectionRule(),
        BrokenLinkRule(),
    ]

    /// The ids of ``all``.
    public static let ids = Set(all.map(\.description.id))

    /// The rule with `id`, if Cairn has one.
    public static func rule(withID id: String) -> (any Rule)? {
        all.first { $0.description.id == id }
    }
}
