/// Writes text as a YAML scalar that reads back as exactly that text, for
/// values that go into front matter whatever a person typed (`Pay: now`,
/// `"quoted"`, `#1`, a leading space, a line break).
public enum YAMLScalar {
    /// `text` as a plain scalar when YAML reads it back unchanged as a plain,
    /// non-null scalar (`Pay with Apple Pay`, `2026-12-04`, `5`), otherwise
    /// double-quoted with escapes (`"Pay: now"`). The decision is made by
    /// reading the candidate with the same YAML reader Cairn parses with.
    public static func text(_ text: String) -> String {
        readsBackPlain(text) ? text : doubleQuoted(text)
    }

    /// `text` in double quotes, with `\` and `"` escaped and every control
    /// or line-breaking character written as an escape sequence.
    public static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}", "\u{2028}", "\u{2029}", "\u{FEFF}":
                result += "\\u" + hex(scalar.value, digits: 4)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// Whether `key: text` reads as one pair whose value is the plain scalar `text`.
    private static func readsBackPlain(_ text: String) -> Bool {
        guard !text.isEmpty, !text.contains(where: \.isNewline) else { return false }
        let line = "key: " + text + "\n"
        guard case .success(let root?) = YAMLReader.read(Substring(line), firstLine: 1, in: SourceText(line)),
            case .mapping(let pairs) = root.value, pairs.count == 1, !pairs[0].value.isNull,
            case .scalar(let read, isPlain: true) = pairs[0].value.value
        else { return false }
        return read == text
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
