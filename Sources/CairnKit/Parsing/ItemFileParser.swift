import CairnMarkdown

/// Parses one file's bytes into a ``ParsedFile``: text decoding, front matter
/// split, YAML, field decoding and the Markdown body, with every problem
/// recorded and nothing thrown.
public enum ItemFileParser {
    /// Parses the file at `path` (relative to the repository root).
    public static func parse(path: String, bytes: [UInt8], schema: ItemSchema) -> ParsedFile {
        let text: String
        switch TextDecoding.decode(bytes) {
        case .success(let decoded): text = decoded
        case .failure(let failure): return ParsedFile(path: path, problems: [.undecodable(failure)])
        }
        if let scan = MergeConflictScanner.scan(text) {
            return MergeConflictRecovery.parse(path: path, text: text, scan: scan, schema: schema)
        }
        return parse(path: path, text: text, schema: schema)
    }

    /// Parses decoded `text`: front matter, YAML, fields and body.
    static func parse(path: String, text: String, schema: ItemSchema) -> ParsedFile {
        let source = SourceText(text)
        var file = ParsedFile(path: path, source: source)

        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(text) {
        case .success(let found):
            split = found
        case .failure(.unclosed):
            file.problems.append(
                .frontMatterSyntax(
                    message: "front matter opened by --- on line 1 is never closed; end it with a line of ---",
                    location: .startOfFile))
            return file
        case .failure(.emptyFile):
            file.problems.append(.missingFrontMatter(.emptyFile))
            return file
        case .failure(.noOpeningFence):
            file.problems.append(.missingFrontMatter(.noOpeningFence))
            return file
        }

        let root: YAMLNode?
        switch YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: source) {
        case .success(let node):
            root = node
        case .failure(.syntax(let message, let location)):
            file.problems.append(.frontMatterSyntax(message: message, location: location))
            return file
        case .failure(let failure):
            let problem = failure.problem(about: "front matter", firstLine: split.yamlFirstLine)
            file.problems.append(.frontMatterSyntax(message: problem.message, location: problem.location))
            return file
        }

        let pairs: [YAMLPair]
        switch root?.value {
        case .mapping(let found): pairs = found
        case nil: pairs = []
        case .some:
            file.problems.append(
                .frontMatterSyntax(
                    message:
                        "front matter must be a mapping of fields (key: value), not \(root?.shapeDescription ?? "")",
                    location: root?.location ?? .startOfFile))
            return file
        }

        let body = shifted(MarkdownParser.parse(split.body), by: split.bodyFirstLine - 1)
        let outcome = ItemDecoder(schema: schema, path: path).decode(pairs, body: body)
        file.item = outcome.item
        file.fieldProblems = outcome.problems
        return file
    }

    /// The document with body-relative lines moved to file lines.
    private static func shifted(_ document: MarkdownDocument, by lines: Int) -> MarkdownDocument {
        guard lines != 0 else { return document }
        var result = document
        for index in result.headings.indices { result.headings[index].position.line += lines }
        for index in result.taskItems.indices { result.taskItems[index].position.line += lines }
        for index in result.links.indices { result.links[index].position.line += lines }
        for index in result.mentions.indices { result.mentions[index].position.line += lines }
        return result
    }
}
