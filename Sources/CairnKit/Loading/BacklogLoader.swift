/// Finds the configuration, lists and parses every file, and builds the
/// graph. Throws only when the backlog cannot be read at all (its directory
/// is missing); every problem with a single file becomes part of the result.
public struct BacklogLoader: Sendable {
    /// Rule ids that `cairn.yml` may configure.
    public let knownRuleIDs: Set<String>

    public init(knownRuleIDs: Set<String> = RuleRegistry.ids) {
        self.knownRuleIDs = knownRuleIDs
    }

    /// The file names a configuration may have, looked up in this order:
    /// at the repository root, then in the default backlog root.
    public static let configurationCandidates = ["cairn.yml", "backlog/cairn.yml"]

    /// Loads the backlog from `source`. With `root` (relative to the
    /// repository root), the backlog lives there and `cairn.yml` is looked up
    /// in it first; otherwise the configuration decides.
    ///
    /// `reusing` holds files parsed before from the same bytes under the same
    /// configuration, by path; they are taken as they are instead of being
    /// read and parsed again.
    public func load(
        from source: any BacklogSource, root explicitRoot: String? = nil, reusing parsed: [String: ParsedFile] = [:]
    ) throws -> Backlog {
        let candidates = (explicitRoot.map { [join($0, "cairn.yml")] } ?? []) + Self.configurationCandidates
        let found = try loadConfiguration(from: source, candidates: candidates)
        let configuration = found.configuration
        let root = normalized(explicitRoot ?? configuration.root)
        let entries = try source.markdownFiles(under: root, ignoring: configuration.ignore)
        let schema = ItemSchema(configuration)
        let files = ParallelMap.map(entries) { parsed[$0.path] ?? parse($0, from: source, schema: schema) }
        return Backlog(
            source: source, root: root, configuration: configuration, configurationFile: found.file,
            configurationProblems: found.problems, files: files)
    }

    /// The first candidate that exists, read over the defaults; a candidate
    /// that exists but cannot be read is a problem, never passed over.
    private func loadConfiguration(
        from source: any BacklogSource, candidates: [String]
    ) throws -> (configuration: Configuration, file: ConfigurationFile?, problems: [ConfigurationProblem]) {
        for candidate in candidates {
            let bytes: [UInt8]
            do {
                guard let found = try source.contents(of: candidate) else { continue }
                bytes = found
            } catch let error as SourceError {
                let problem = ConfigurationProblem(
                    message: "\(error); the default configuration is used", location: .startOfFile)
                return (.default, ConfigurationFile(path: candidate, source: nil), [problem])
            }
            switch TextDecoding.decode(bytes) {
            case .success(let text):
                let source = SourceText(text)
                let (configuration, problems) = ConfigurationLoader(knownRuleIDs: knownRuleIDs).load(source)
                return (configuration, ConfigurationFile(path: candidate, source: source), problems)
            case .failure(.binary(let location)), .failure(.invalidUTF8(let location)):
                let problem = ConfigurationProblem(message: "cairn.yml is not UTF-8 text", location: location)
                return (.default, ConfigurationFile(path: candidate, source: nil), [problem])
            }
        }
        return (.default, nil, [])
    }

    private func parse(_ entry: SourceEntry, from source: any BacklogSource, schema: ItemSchema) -> ParsedFile {
        if let problem = entry.problem { return ParsedFile(path: entry.path, problems: [problem]) }
        let limit = schema.configuration.maxFileSize
        if let size = entry.size, size > limit {
            return ParsedFile(path: entry.path, problems: [.tooLarge(size: size, limit: limit)])
        }
        do {
            guard let bytes = try source.contents(of: entry.path) else {
                return ParsedFile(
                    path: entry.path, problems: [.unreadable(reason: "the file disappeared while reading")])
            }
            if bytes.count > limit {
                return ParsedFile(path: entry.path, problems: [.tooLarge(size: bytes.count, limit: limit)])
            }
            return ItemFileParser.parse(path: entry.path, bytes: bytes, schema: schema)
        } catch {
            return ParsedFile(path: entry.path, problems: [.unreadable(reason: "\(error)")])
        }
    }

    private func join(_ directory: String, _ name: String) -> String {
        let trimmed = normalized(directory)
        return trimmed.isEmpty ? name : trimmed + "/" + name
    }

    /// `./backlog/` → `backlog`; `.` → the repository root itself.
    private func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." && !$0.isEmpty }.joined(separator: "/")
    }
}
