import CairnKit
import Testing

@Suite("Rule registry")
struct RuleRegistryTests {
    static let required = [
        "front-matter-syntax", "dangling-reference", "dependency-cycle",
        "missing-front-matter", "invalid-encoding", "unreadable-file", "file-too-large", "symlink-escape",
        "missing-field", "invalid-value", "unknown-field", "duplicate-key", "invalid-config",
        "duplicate-id", "id-filename-mismatch", "self-reference", "hierarchy-cycle", "parent-kind",
        "status-inconsistency", "priority-inversion", "missing-acceptance-criteria", "missing-section", "broken-link",
        "release-order", "key-result-without-target", "work-for-dropped-objective", "merge-conflict",
    ]

    @Test("every rule the issue names is registered, and nothing else")
    func ids() {
        #expect(RuleRegistry.ids == Set(Self.required))
        #expect(RuleRegistry.all.count == Self.required.count)
        for id in Self.required { #expect(RuleRegistry.rule(withID: id)?.description.id == id) }
    }

    @Test("default severities")
    func severities() {
        let warnings: Set = [
            "symlink-escape", "unknown-field", "status-inconsistency", "priority-inversion", "release-order",
            "key-result-without-target", "work-for-dropped-objective",
        ]
        for rule in RuleRegistry.all {
            let id = rule.description.id
            #expect(rule.description.defaultSeverity == (warnings.contains(id) ? .warning : .error), "\(id)")
        }
    }

    @Test("every rationale is a few sentences")
    func rationales() {
        for description in RuleRegistry.all.map(\.description) {
            #expect(description.rationale.filter { $0 == "." }.count >= 2, "\(description.id)")
            #expect(!description.rationale.contains("\n"), "\(description.id)")
        }
    }
}
