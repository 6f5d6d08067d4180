/// The tool a SARIF log names as its producer.
public struct SARIFTool: Hashable, Sendable {
    /// The name results are attributed to (`cairn`).
    public var name: String
    /// The tool's version.
    public var version: String
    /// Where people learn about the tool; omitted from the log when `nil`.
    public var informationURI: String?

    public init(name: String, version: String, informationURI: String? = nil) {
        self.name = name
        self.version = version
        self.informationURI = informationURI
    }
}

/// Renders diagnostics as a SARIF 2.1.0 log that GitHub code scanning accepts.
///
/// One run; `tool.driver.rules` lists every rule given (not only those that
/// fired), each result points at its rule by id and index. Locations are
/// repository-relative URIs against `%SRCROOT%`; columns are UTF-16 code
/// units (`columnKind` `utf16CodeUnits`). Notes become `relatedLocations`.
/// `partialFingerprints` hash the rule, file and message — never the line —
/// plus an occurrence count, so an alert survives edits above it.
public struct SARIFRenderer: Sendable {
    /// The `$schema` GitHub and other consumers recognise for SARIF 2.1.0.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The key of Cairn's fingerprint in `partialFingerprints`.
    public static let fingerprintKey = "cairn/v1"

    /// The producer named in `tool.driver`.
    public var tool: SARIFTool
    /// The rules to describe, in the order their indices refer to.
    public var rules: [RuleDescription]

    public init(tool: SARIFTool, rules: [RuleDescription]) {
        self.tool = tool
        self.rules = rules
    }

    /// The SARIF log of `diagnostics`, in the order given, with a trailing newline.
    public func render(_ diagnostics: [Diagnostic], sources: SourceLookup) throws -> String {
        try JSONOutput.encode(log(for: diagnostics, sources: sources))
    }

    /// The log as values, before encoding.
    func log(for diagnostics: [Diagnostic], sources: SourceLookup) -> SARIFLog {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        var occurrences: [String: Int] = [:]
        let results = diagnostics.map { diagnostic -> SARIFLog.Result in
            let hash = StableHash.hex(diagnostic.rule, diagnostic.file, diagnostic.message)
            let occurrence = occurrences[hash, default: 0] + 1
            occurrences[hash] = occurrence
            return SARIFLog.Result(
                ruleId: diagnostic.rule,
                ruleIndex: ruleIndex[diagnostic.rule],
                level: diagnostic.severity.rawValue,
                message: .init(text: Self.messageText(diagnostic)),
                locations: [
                    .init(physicalLocation: physicalLocation(diagnostic.file, diagnostic.location, sources))
                ],
                relatedLocations: diagnostic.notes.isEmpty
                    ? nil
                    : diagnostic.notes.enumerated().map { index, note in
                        SARIFLog.RelatedLocation(
                            id: index + 1, physicalLocation: physicalLocation(note.file, note.location, sources),
                            message: .init(text: note.message))
                    },
                partialFingerprints: [Self.fingerprintKey: "\(hash):\(occurrence)"])
        }
        let driver = SARIFLog.Driver(
            name: tool.name, informationUri: tool.informationURI, version: tool.version,
            rules: rules.map(Self.descriptor))
        let run = SARIFLog.Run(
            tool: .init(driver: driver),
            originalUriBaseIds: ["%SRCROOT%": .init(description: .init(text: "The root of the repository."))],
            columnKind: "utf16CodeUnits",
            results: results)
        return SARIFLog(schema: Self.schemaURI, version: "2.1.0", runs: [run])
    }

    /// The message, with the hint appended as a sentence of its own.
    static func messageText(_ diagnostic: Diagnostic) -> String {
        guard let hint = diagnostic.hint, let first = hint.first else { return diagnostic.message }
        let stop = diagnostic.message.last.map { ".?!".contains($0) } ?? true ? "" : "."
        return diagnostic.message + stop + " " + first.uppercased() + hint.dropFirst()
    }

    private static func descriptor(_ rule: RuleDescription) -> SARIFLog.ReportingDescriptor {
        SARIFLog.ReportingDescriptor(
            id: rule.id,
            shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: rule.rationale),
            help: .init(text: "\(rule.summary)\n\n\(rule.rationale)\n\nRun `cairn rules \(rule.id)` for examples."),
            defaultConfiguration: .init(level: rule.defaultSeverity.rawValue))
    }

    private func physicalLocation(_ file: String, _ location: SourcePosition, _ sources: SourceLookup)
        -> SARIFLog.PhysicalLocation
    {
        SARIFLog.PhysicalLocation(
            artifactLocation: .init(uri: URIReference.encodePath(file), uriBaseId: "%SRCROOT%"),
            region: .init(
                startLine: location.line, startColumn: sources.utf16Column(of: location, in: file),
                endLine: location.line))
    }
}

/// The subset of the SARIF 2.1.0 object model Cairn writes.
struct SARIFLog: Encodable {
    var schema: String
    var version: String
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactDescription]
        var columnKind: String
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name: String
        var informationUri: String?
        var version: String
        var rules: [ReportingDescriptor]
    }

    struct ReportingDescriptor: Encodable {
        var id: String
        var shortDescription: Message
        var fullDescription: Message
        var help: Message
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Message: Encodable {
        var text: String
    }

    struct ArtifactDescription: Encodable {
        var description: Message
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: String
        var message: Message
        var locations: [Location]
        var relatedLocations: [RelatedLocation]?
        var partialFingerprints: [String: String]
    }

    struct Location: Encodable {
        var physicalLocation: PhysicalLocation
    }

    struct RelatedLocation: Encodable {
        var id: Int
        var physicalLocation: PhysicalLocation
        var message: Message
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
    }
}
