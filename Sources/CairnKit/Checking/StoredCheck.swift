/// A check's result as ``CheckResultStore`` keeps it: the diagnostics of
/// every file, and what is needed to report them without loading the
/// backlog again.
struct StoredCheck: Sendable {
    /// What the result was computed from.
    var fingerprint: CheckFingerprint
    /// What rules learnt from outside the backlog: whether each path asked
    /// about existed. The result holds only while every answer still does.
    var existence: [String: Bool]
    /// The files that hold no item (they failed to parse), for the summary.
    var pathsWithoutItem: [String]
    /// The files whose text is never shown (binary, not UTF-8).
    var pathsWithoutText: [String]
    /// Every diagnostic of the backlog, in presentation order, before any
    /// scope is applied.
    var diagnostics: [Diagnostic]

    /// Whether `source` still answers as it did when the result was computed.
    func holds(in source: any BacklogSource) -> Bool {
        source.stillAnswers(existence)
    }
}

extension CacheBinaryWriter {
    mutating func storedCheck(_ check: StoredCheck) {
        array(check.existence.sorted { $0.key < $1.key }) { writer, answer in
            writer.string(answer.key)
            writer.bool(answer.value)
        }
        array(check.pathsWithoutItem) { $0.string($1) }
        array(check.pathsWithoutText) { $0.string($1) }
        array(check.diagnostics) { $0.diagnostic($1) }
    }
}

extension CacheBinaryReader {
    /// Reads what ``CacheBinaryWriter/storedCheck(_:)`` wrote, for `fingerprint`.
    mutating func storedCheck(_ fingerprint: CheckFingerprint) throws -> StoredCheck {
        let answers = try array { reader in (try reader.string(), try reader.bool()) }
        return StoredCheck(
            fingerprint: fingerprint, existence: Dictionary(answers, uniquingKeysWith: { first, _ in first }),
            pathsWithoutItem: try array { try $0.string() }, pathsWithoutText: try array { try $0.string() },
            diagnostics: try array { try $0.diagnostic() })
    }
}
