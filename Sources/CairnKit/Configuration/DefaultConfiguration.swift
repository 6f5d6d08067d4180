extension Configuration {
    /// The configuration of a backlog without `cairn.yml`.
    public static let `default` = Configuration(
        root: "backlog",
        ignore: [],
        maxFileSize: 1 << 20,
        kinds: defaultKinds,
        statuses: StatusScheme(
            order: ["draft", "ready", "in-progress", "in-review", "done", "dropped"],
            ready: ["ready"],
            done: ["done"],
            dropped: ["dropped"]),
        priorities: ["must", "should", "could", "wont"],
        customFields: [:],
        ruleSeverities: [:])

    private static let defaultKinds: [KindDefinition] = [
        KindDefinition(
            name: "story", prefix: "US", folder: "stories", allowedParents: ["epic"], needsAcceptanceCriteria: true),
        KindDefinition(name: "epic", prefix: "EP", folder: "epics", allowedParents: ["objective"]),
        KindDefinition(
            name: "prd", prefix: "PRD", folder: "prds",
            requiredSections: ["Problem", "Goals", "Non-goals", "Success metrics", "Requirements"],
            allowedParents: ["mrd"]),
        KindDefinition(
            name: "mrd", prefix: "MRD", folder: "mrds",
            requiredSections: ["Market problem", "Target market", "Competition", "Positioning", "Success metrics"]),
        KindDefinition(name: "objective", prefix: "OBJ", folder: "objectives"),
        KindDefinition(name: "key-result", prefix: "KR", folder: "key-results", allowedParents: ["objective"]),
        KindDefinition(name: "release", prefix: "REL", folder: "releases"),
        KindDefinition(name: "feedback", prefix: "FB", folder: "feedback", requiredFields: ["id", "title"]),
        KindDefinition(name: "bug", prefix: "BUG", folder: "bugs", allowedParents: ["epic", "story"]),
    ]
}
