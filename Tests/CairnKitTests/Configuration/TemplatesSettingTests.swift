import CairnKit
import Testing

/// The `templates:` setting of `cairn.yml`: where `cairn new` looks for a
/// repository's own templates.
@Suite("cairn.yml templates:")
struct TemplatesSettingTests {
    private func load(_ text: String) -> (Configuration, [ConfigurationProblem]) {
        ConfigurationLoader(knownRuleIDs: []).load(text)
    }

    @Test("defaults to Templates")
    func defaultFolder() {
        #expect(Configuration.default.templates == "Templates")
        #expect(load("root: backlog\n").0.templates == "Templates")
    }

    @Test("takes a folder inside the repository")
    func folder() {
        let (configuration, problems) = load("templates: docs/templates\n")
        #expect(problems.isEmpty)
        #expect(configuration.templates == "docs/templates")
    }

    @Test(
        "refuses a folder outside the repository, an empty one and a non-string, at the value",
        arguments: ["/etc/templates", "../templates", "docs/../../x", "\"\"", "[a, b]"])
    func refused(value: String) {
        let text = MarkedText("templates: ↓\(value)\n")
        let (configuration, problems) = load(text.text)
        #expect(configuration.templates == "Templates")
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.location == text.markers.first)
        #expect(problems.first?.message.contains("templates must be") == true)
    }

    @Test("a misspelling is an unknown setting with a suggestion")
    func misspelt() {
        let (_, problems) = load("template: docs\n")
        #expect(problems.map(\.message) == ["unknown setting \"template\""])
        #expect(problems.first?.hint == "did you mean templates?")
    }
}
