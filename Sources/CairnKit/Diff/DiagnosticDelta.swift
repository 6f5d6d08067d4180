/// The diagnostics one side has and the other has not.
///
/// A diagnostic is its rule, severity, file and message; lines do not
/// count, so text moving within a file neither introduces nor resolves
/// anything. Base-side diagnostics are compared as the head side would word
/// them: under the path their file moved to, with the ids of renamed items
/// replaced by the new ones. Counted as multisets: a third dangling
/// reference to the same id in one file is one introduced.
struct DiagnosticDelta {
    var introduced: [Diagnostic]
    var resolved: [Diagnostic]

    init(base: [Diagnostic], head: [Diagnostic], movedPaths: [String: String], renamedIDs: [String: String]) {
        func baseKey(_ diagnostic: Diagnostic) -> String {
            Self.key(
                diagnostic, file: movedPaths[diagnostic.file] ?? diagnostic.file,
                message: Self.replacingIDs(in: diagnostic.message, renamedIDs))
        }
        func headKey(_ diagnostic: Diagnostic) -> String {
            Self.key(diagnostic, file: diagnostic.file, message: diagnostic.message)
        }
        introduced = Self.surplus(of: head, key: headKey, over: base, key: baseKey)
        resolved = Self.surplus(of: base, key: baseKey, over: head, key: headKey)
    }

    private static func key(_ diagnostic: Diagnostic, file: String, message: String) -> String {
        "\(diagnostic.rule)\u{0}\(diagnostic.severity.rawValue)\u{0}\(file)\u{0}\(message)"
    }

    /// The diagnostics of `these` that `those` has fewer of, in presentation order.
    private static func surplus(
        of these: [Diagnostic], key theseKey: (Diagnostic) -> String, over those: [Diagnostic],
        key thoseKey: (Diagnostic) -> String
    ) -> [Diagnostic] {
        var remaining: [String: Int] = [:]
        for diagnostic in those { remaining[thoseKey(diagnostic), default: 0] += 1 }
        return these.sorted(by: Diagnostic.presentationOrder).filter { diagnostic in
            let key = theseKey(diagnostic)
            guard let left = remaining[key], left > 0 else { return true }
            remaining[key] = left - 1
            return false
        }
    }

    /// `message` with every whole word that is a key of `ids` replaced by its
    /// value: `US-4` becomes `US-40`, `US-45` stays.
    static func replacingIDs(in message: String, _ ids: [String: String]) -> String {
        guard !ids.isEmpty else { return message }
        var result = ""
        var word = ""
        func flush() {
            result += ids[word] ?? word
            word = ""
        }
        for character in message {
            if character.isLetter || character.isNumber || character == "_" || character == "-" {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
