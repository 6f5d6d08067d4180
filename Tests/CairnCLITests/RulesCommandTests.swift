import CairnKit
import Testing

/// `cairn rules` in-process, over whatever rules are registered.
@Suite("cairn rules")
struct RulesCommandTests {
    @Test("the list has a header and one line per registered rule, in registry order")
    func list() throws {
        let directory = try TemporaryDirectory()
        let result = cairn("rules", in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("RULE") == true)
        #expect(lines.count == RuleRegistry.all.count + 1)
        for (line, rule) in zip(lines.dropFirst(), RuleRegistry.all.map(\.description)) {
            #expect(line.hasPrefix(rule.id + " "))
            #expect(line.contains(" \(rule.defaultSeverity.rawValue) "))
            #expect(line.hasSuffix(rule.summary))
        }
    }

    @Test("one rule's documentation", arguments: RuleRegistry.all.map(\.description.id))
    func detail(id: String) throws {
        let directory = try TemporaryDirectory()
        let rule = try #require(RuleRegistry.rule(withID: id)?.description)
        let result = cairn("rules", id, in: directory)
        #expect(result.status == 0)
        #expect(result.stdout == RuleDocumentationRenderer.detail(rule))
        #expect(
            result.stdout.hasPrefix("\(id)\n\n\(rule.summary)\n\nDefault severity: \(rule.defaultSeverity.rawValue)\n"))
        for example in rule.triggeringExamples {
            for (path, _) in example.files { #expect(result.stdout.contains("    \(path):\n")) }
        }
    }

    @Test("an unknown rule exits 2 with a did-you-mean")
    func unknown() throws {
        let directory = try TemporaryDirectory()
        #expect(
            cairn("rules", "dangling-referense", in: directory)
                == RunResult(
                    status: 2, stdout: "",
                    stderr: "Error: no rule 'dangling-referense'. Did you mean 'dangling-reference'?\n"))
        #expect(
            cairn("rules", "nothing-like-it-at-all", in: directory)
                == RunResult(
                    status: 2, stdout: "",
                    stderr: "Error: no rule 'nothing-like-it-at-all'. Run 'cairn rules' to list them.\n"))
    }
}
