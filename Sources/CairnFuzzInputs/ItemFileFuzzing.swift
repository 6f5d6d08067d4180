import CairnKit

/// Runs one item file through ``ItemFileParser`` under the default
/// configuration: text decoding, the front matter split, YAML, field decoding
/// and the Markdown body.
public enum ItemFileFuzzing {
    private static let schema = ItemSchema(.default)

    /// Parses `bytes` as the file `backlog/stories/US-1.md`.
    public static func parse(_ bytes: [UInt8]) -> ParsedFile {
        ItemFileParser.parse(path: "backlog/stories/US-1.md", bytes: bytes, schema: schema)
    }

    /// Parses `bytes` as the YAML between the two fences of an item's front
    /// matter, followed by a short body.
    public static func parseFrontMatter(_ bytes: [UInt8]) -> ParsedFile {
        parse(Array("---\n".utf8) + bytes + Array("\n---\n\n## Acceptance criteria\n\n- [ ] done\n".utf8))
    }

    /// Parses `bytes` as the Markdown body of a valid story.
    public static func parseBody(_ bytes: [UInt8]) -> ParsedFile {
        parse(Array("---\nid: US-1\nkind: story\ntitle: Fuzzed body\nstatus: draft\n---\n".utf8) + bytes)
    }
}
