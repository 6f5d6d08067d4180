import Yams

/// Writes one scalar as YAML text: plain when that reads back as the same
/// string in every YAML reader, quoted otherwise.
enum ScalarWriter {
    /// Where the scalar stands: inside `[…]` or `{…}` more characters end a
    /// plain scalar than in a block.
    enum Context {
        case block
        case flow
    }

    /// `text` written so that it reads back as that string. A `hint` of
    /// single or double quotes is kept when the text can be written in it.
    static func string(_ text: String, keeping hint: ScalarStyle?, in context: Context) -> String {
        if hint == .singleQuoted, let quoted = singleQuoted(text) { return quoted }
        if hint == .doubleQuoted { return doubleQuoted(text) }
        if canBePlain(text, in: context), readsAsString(text) { return text }
        if text.contains(where: { $0 == "\"" || $0 == "\\" }), let quoted = singleQuoted(text) { return quoted }
        return doubleQuoted(text)
    }

    /// `text` written without quotes, or an error when it cannot be.
    static func plain(_ text: String, in context: Context) throws(ItemTextEditError) -> String {
        guard canBePlain(text, in: context) else {
            throw .invalidValue(reason: "\"\(text)\" cannot be written without quotes; write it as a string")
        }
        guard !isNull(text) else {
            throw .invalidValue(reason: "\"\(text)\" written without quotes reads as nothing; remove the key instead")
        }
        return text
    }

    /// A mapping key: plain when it is an ordinary word, double-quoted otherwise.
    static func key(_ text: String) -> String {
        canBePlain(text, in: .flow) && readsAsString(text) && !text.contains(":") ? text : doubleQuoted(text)
    }

    /// Whether a plain scalar with this text is a string to the YAML 1.1
    /// resolver Yams uses, and not `yes`, `null`, `2024` or a date.
    static func readsAsString(_ text: String) -> Bool {
        if ["y", "Y", "n", "N"].contains(text) { return false }
        return Resolver.default.resolveTag(of: Node(text)) == .str
    }

    static func isNull(_ text: String) -> Bool {
        ["", "~", "null", "Null", "NULL"].contains(text)
    }

    /// Whether `text` can be written as a plain scalar at all: no leading
    /// indicator, no `: ` or ` #`, no surrounding blanks, nothing unprintable.
    static func canBePlain(_ text: String, in context: Context) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, let last = scalars.last else { return false }
        guard scalars.allSatisfy(isPrintable), first != " ", last != " " else { return false }
        if text.hasPrefix("---") || text.hasPrefix("...") { return false }
        if "-?:".unicodeScalars.contains(first) {
            guard scalars.count > 1, scalars[1] != " ", !(context == .flow && isFlowIndicator(scalars[1])) else {
                return false
            }
        } else if ",[]{}#&*!|>'\"%@`".unicodeScalars.contains(first) {
            return false
        }
        for (index, scalar) in scalars.enumerated() {
            if context == .flow, isFlowIndicator(scalar) { return false }
            if scalar == ":", index + 1 == scalars.count || scalars[index + 1] == " " { return false }
            if scalar == "#", index > 0, scalars[index - 1] == " " { return false }
        }
        return true
    }

    /// `'text'`, or `nil` when the text holds a character that single
    /// quotes cannot carry (line breaks, control characters).
    static func singleQuoted(_ text: String) -> String? {
        guard text.unicodeScalars.allSatisfy({ $0 == "\t" || isPrintable($0) }) else { return nil }
        var quoted = "'"
        for character in text { quoted += character == "'" ? "''" : String(character) }
        return quoted + "'"
    }

    /// `"text"` with YAML escapes for quotes, backslashes and every
    /// character that is not printable.
    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\0": result += "\\0"
            case "\u{85}": result += "\\N"
            case "\u{2028}": result += "\\L"
            case "\u{2029}": result += "\\P"
            default:
                if isPrintable(scalar) {
                    result.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
            }
        }
        return result + "\""
    }

    private static func isFlowIndicator(_ scalar: Unicode.Scalar) -> Bool {
        ",[]{}".unicodeScalars.contains(scalar)
    }

    /// Printable in YAML's sense, and not a character a reader may take
    /// for a line break or a byte order mark.
    private static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E: return true
        case 0x00...0x1F, 0x7F...0x9F: return false
        case 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
