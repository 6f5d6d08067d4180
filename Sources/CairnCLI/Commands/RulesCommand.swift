import ArgumentParser
import CairnKit

/// `cairn rules [ID]`: the rules' own documentation.
struct RulesCommand: ContextualCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Describe the rules cairn check applies.",
        discussion: """
            Without an id, lists every rule with its default severity and summary. With \
            an id, prints the rule's rationale and its examples — the same examples the \
            test suite runs, so the documentation matches the behaviour. cairn.yml can \
            change a rule's severity or turn it off.

            Examples:
              cairn rules
              cairn rules dangling-reference
            """)

    @Argument(help: "The rule to describe, such as dangling-reference.")
    var id: String?

    func execute(in context: CommandContext) throws -> Int32 {
        guard let id else {
            context.write(RuleDocumentationRenderer.list(RuleRegistry.all.map(\.description)))
            return 0
        }
        guard let rule = RuleRegistry.rule(withID: id) else {
            let suggestion = Suggestion.closest(to: id, in: RuleRegistry.all.map(\.description.id))
            throw CommandFailure.usage(
                "no rule '\(id)'." + (suggestion.map { " Did you mean '\($0)'?" } ?? " Run 'cairn rules' to list them.")
            )
        }
        context.write(RuleDocumentationRenderer.detail(rule.description))
        return 0
    }
}
