import CairnKit
import Foundation
import Testing

/// The SARIF log's structure, as GitHub code scanning reads it.
@Suite("SARIF renderer")
struct SARIFRendererTests {
    static let tool = SARIFTool(name: "cairn", version: "0.1.0", informationURI: "https://example.org/cairn")
    static let rules = [
        RuleDescription(
            id: "first-rule", summary: "First.", defaultSeverity: .warning, rationale: "Because.",
            triggeringExamples: [], nonTriggeringExamples: []),
        RuleDescription(
            id: "dangling-reference", summary: "Dangling.", defaultSeverity: .error, rationale: "Links must resolve.",
            triggeringExamples: [], nonTriggeringExamples: []),
    ]
    static let path = "backlog/stories/US 1 ü.md"
    static let sources = SourceLookup([path: SourceText("---\nid: US-1\n---\nSee 😀 [[US-9]] and [[US-9]].\n")])

    static func diagnostic(line: Int, column: Int, severity: Severity = .error) -> Diagnostic {
        Diagnostic(
            file: path, location: SourcePosition(line: line, column: column), severity: severity,
            rule: "dangling-reference", message: "US-1 mentions US-9, which is not an item of the backlog",
            hint: "did you mean US-19?",
            notes: [DiagnosticNote(file: path, location: SourcePosition(line: 2, column: 5), message: "US-1 is here")])
    }

    /// The rendered log, parsed back into Foundation values.
    static func render(_ diagnostics: [Diagnostic]) throws -> [String: Any] {
        let text = try SARIFRenderer(tool: tool, rules: rules).render(diagnostics, sources: sources)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("log, run and driver carry the required properties and every rule")
    func driver() throws {
        let log = try Self.render([])
        #expect(log["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        #expect(runs[0]["columnKind"] as? String == "utf16CodeUnits")
        #expect((runs[0]["results"] as? [Any])?.isEmpty == true)
        let driver = try #require((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "cairn")
        #expect(driver["version"] as? String == "0.1.0")
        #expect(driver["informationUri"] as? String == "https://example.org/cairn")
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == ["first-rule", "dangling-reference"])
        #expect((rules[0]["shortDescription"] as? [String: Any])?["text"] as? String == "First.")
        #expect((rules[0]["fullDescription"] as? [String: Any])?["text"] as? String == "Because.")
        #expect(((rules[0]["help"] as? [String: Any])?["text"] as? String)?.contains("cairn rules first-rule") == true)
        #expect((rules[0]["defaultConfiguration"] as? [String: Any])?["level"] as? String == "warning")
    }

    @Test("a result points at its rule and location, with the column in UTF-16 units")
    func result() throws {
        // "See 😀 " is 9 UTF-8 bytes but 7 UTF-16 code units before "[[".
        let log = try Self.render([Self.diagnostic(line: 4, column: 10)])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleId"] as? String == "dangling-reference")
        #expect(result["ruleIndex"] as? Int == 1)
        #expect(result["level"] as? String == "error")
        #expect(
            (result["message"] as? [String: Any])?["text"] as? String
                == "US-1 mentions US-9, which is not an item of the backlog. Did you mean US-19?")
        let location = try #require(
            (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        let artifact = try #require(location["artifactLocation"] as? [String: Any])
        #expect(artifact["uri"] as? String == "backlog/stories/US%201%20%C3%BC.md")
        #expect(artifact["uriBaseId"] as? String == "%SRCROOT%")
        let region = try #require(location["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 4)
        #expect(region["startColumn"] as? Int == 8)
        let related = try #require(result["relatedLocations"] as? [[String: Any]])
        #expect(related.count == 1)
        #expect(related[0]["id"] as? Int == 1)
        #expect((related[0]["message"] as? [String: Any])?["text"] as? String == "US-1 is here")
        let relatedRegion = (related[0]["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(relatedRegion?["startLine"] as? Int == 2)
        #expect(relatedRegion?["startColumn"] as? Int == 5)
    }

    @Test("fingerprints ignore the line, count repeats and differ by message")
    func fingerprints() throws {
        func fingerprints(_ diagnostics: [Diagnostic]) throws -> [String] {
            let run = try #require((try Self.render(diagnostics)["runs"] as? [[String: Any]])?.first)
            let results = try #require(run["results"] as? [[String: Any]])
            return results.compactMap {
                ($0["partialFingerprints"] as? [String: String])?[SARIFRenderer.fingerprintKey]
            }
        }
        let first = try fingerprints([Self.diagnostic(line: 4, column: 10), Self.diagnostic(line: 4, column: 24)])
        let moved = try fingerprints([Self.diagnostic(line: 40, column: 1), Self.diagnostic(line: 41, column: 1)])
        #expect(first.count == 2)
        #expect(first == moved)
        #expect(first[0].hasSuffix(":1") && first[1].hasSuffix(":2"))
        #expect(first[0].dropLast(2) == first[1].dropLast(2))
        var other = Self.diagnostic(line: 4, column: 10)
        other.message = "something else"
        #expect(try fingerprints([other]) != [first[0]])
    }

    @Test("a rule the driver does not list has no rule index")
    func unknownRule() throws {
        var diagnostic = Self.diagnostic(line: 1, column: 1, severity: .note)
        diagnostic.rule = "not-registered"
        let run = try #require((try Self.render([diagnostic])["runs"] as? [[String: Any]])?.first)
        let result = try #require((run["results"] as? [[String: Any]])?.first)
        #expect(result["ruleIndex"] == nil)
        #expect(result["level"] as? String == "note")
    }

    @Test("output is the same bytes on every run")
    func deterministic() throws {
        let renderer = SARIFRenderer(tool: Self.tool, rules: Self.rules)
        let diagnostics = [Self.diagnostic(line: 4, column: 10)]
        #expect(
            try renderer.render(diagnostics, sources: Self.sources)
                == renderer.render(diagnostics, sources: Self.sources))
    }
}
