import CairnKit
import Testing

/// Parses marked item files: `↓` in the text marks each position a test
/// expects, in order.
enum ParsingFixtures {
    static let path = "backlog/stories/US-12-pay.md"

    static func parse(_ text: String, configuration: Configuration = .default) -> ParsedFile {
        ItemFileParser.parse(path: path, bytes: Array(text.utf8), schema: ItemSchema(configuration))
    }

    /// The parsed file and the marked positions.
    static func parseMarked(_ marked: String, configuration: Configuration = .default) -> (ParsedFile, [SourcePosition])
    {
        let text = MarkedText(marked)
        return (parse(text.text, configuration: configuration), text.markers)
    }

    /// The default configuration plus custom fields.
    static func configuration(adding fields: [FieldDefinition]) -> Configuration {
        var configuration = Configuration.default
        for field in fields { configuration.customFields[field.name] = field }
        return configuration
    }
}
