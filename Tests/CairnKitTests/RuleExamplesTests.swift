import CairnKit
import Foundation
import Testing

/// Runs every example of every rule: triggering examples must produce exactly
/// the marked diagnostics of their rule, the others none.
@Suite("Rule examples")
struct RuleExamplesTests {
    static let rules: [String] = RuleRegistry.all.map(\.description.id)
    /// The day examples are checked on; examples with dates use ones far
    /// from it (2001, 2999), so they read the same on any day.
    static let today = CalendarDate("2026-06-01")

    @Test("triggering examples produce the marked diagnostics", arguments: rules)
    func triggering(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(withID: ruleID))
        #expect(!rule.description.triggeringExamples.isEmpty, "every rule shows at least one triggering example")
        for (index, example) in rule.description.triggeringExamples.enumerated() {
            let (diagnostics, expected) = try run(example, rule: rule)
            let found = diagnostics.map { Located(file: $0.file, location: $0.location) }
            #expect(
                found.sorted() == expected.sorted(),
                "example \(index + 1) of \(ruleID): \(diagnostics.map { "\($0.file):\($0.location.line):\($0.location.column) \($0.message)" })"
            )
        }
    }

    @Test("non-triggering examples produce nothing", arguments: rules)
    func nonTriggering(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(withID: ruleID))
        #expect(!rule.description.nonTriggeringExamples.isEmpty, "every rule shows at least one passing example")
        for (index, example) in rule.description.nonTriggeringExamples.enumerated() {
            let (diagnostics, _) = try run(example, rule: rule)
            #expect(diagnostics.isEmpty, "example \(index + 1) of \(ruleID): \(diagnostics.map(\.message))")
        }
    }

    @Test("rule ids are unique kebab case and summaries are one line")
    func descriptions() {
        let ids = RuleRegistry.all.map(\.description.id)
        #expect(Set(ids).count == ids.count)
        for description in RuleRegistry.all.map(\.description) {
            #expect(description.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(description.id)")
            #expect(!description.summary.contains("\n") && description.summary.hasSuffix("."), "\(description.id)")
        }
    }

    struct Located: Comparable {
        var file: String
        var location: SourcePosition
        static func < (lhs: Located, rhs: Located) -> Bool { (lhs.file, lhs.location) < (rhs.file, rhs.location) }
    }

    /// Writes the example under `backlog/` in a fresh directory (files, then
    /// symbolic links), loads it from disk and runs the one rule.
    private func run(_ example: RuleExample, rule: any Rule) throws -> ([Diagnostic], [Located]) {
        let directory = try TemporaryDirectory()
        var expected: [Located] = []
        for (path, content) in example.files {
            let marked = MarkedText(content)
            try directory.write("backlog/" + path, marked.text)
            expected += marked.markers.map { Located(file: "backlog/" + path, location: $0) }
        }
        if let configuration = example.configuration {
            let marked = MarkedText(configuration)
            try directory.write("backlog/cairn.yml", marked.text)
            expected += marked.markers.map { Located(file: "backlog/cairn.yml", location: $0) }
        }
        for (path, target) in example.symlinks {
            let marked = MarkedText(path)
            let link = directory.url.appendingPathComponent("backlog/" + marked.text)
            try FileManager.default.createDirectory(
                at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target)
            expected += marked.markers.map { _ in Located(file: "backlog/" + marked.text, location: .startOfFile) }
        }
        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))
        let diagnostics = BacklogChecker(rules: [rule], today: Self.today).check(backlog)
        return (diagnostics, expected)
    }
}
