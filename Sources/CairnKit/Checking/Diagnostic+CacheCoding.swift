/// How a diagnostic is stored in ``CheckResultStore``'s file.
extension CacheBinaryWriter {
    mutating func diagnostic(_ diagnostic: Diagnostic) {
        string(diagnostic.file)
        position(diagnostic.location)
        string(diagnostic.severity.rawValue)
        string(diagnostic.rule)
        string(diagnostic.message)
        optionalString(diagnostic.hint)
        array(diagnostic.notes) { writer, note in
            writer.string(note.file)
            writer.position(note.location)
            writer.string(note.message)
        }
    }
}

extension CacheBinaryReader {
    /// Reads a diagnostic written by ``CacheBinaryWriter/diagnostic(_:)``.
    mutating func diagnostic() throws -> Diagnostic {
        let file = try string()
        let location = try position()
        guard let severity = Severity(rawValue: try string()) else { throw CacheFormatError.malformed }
        let rule = try string()
        let message = try string()
        let hint = try optionalString()
        let notes = try array { reader in
            DiagnosticNote(file: try reader.string(), location: try reader.position(), message: try reader.string())
        }
        return Diagnostic(
            file: file, location: location, severity: severity, rule: rule, message: message, hint: hint,
            notes: notes)
    }
}
