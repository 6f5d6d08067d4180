import CairnKit

/// The registered rules, whatever they are.
enum RuleIDs {
    static let all = RuleRegistry.all.map(\.description.id)
}
