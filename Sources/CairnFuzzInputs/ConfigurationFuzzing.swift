import CairnKit

/// Reads `cairn.yml` text with ``ConfigurationLoader`` and parses a story
/// under the configuration it yields, as every load does.
public enum ConfigurationFuzzing {
    private static let story = Array(
        """
        ---
        id: US-1
        kind: story
        title: Parsed under a fuzzed configuration
        status: ready
        priority: must
        parent: EP-1
        estimate: 3
        labels: [a, b]
        ---

        ## Acceptance criteria

        - [ ] it parses
        """.utf8)

    /// Loads the configuration in `bytes` (skipped unless it is UTF-8 text,
    /// as the loader does) and returns a story parsed with its schema.
    public static func load(_ bytes: [UInt8]) -> ParsedFile? {
        guard case .success(let text) = TextDecoding.decode(bytes) else { return nil }
        let (configuration, _) = ConfigurationLoader(knownRuleIDs: RuleRegistry.ids).load(SourceText(text))
        return ItemFileParser.parse(path: "backlog/stories/US-1.md", bytes: story, schema: ItemSchema(configuration))
    }
}
