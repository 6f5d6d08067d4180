/// Text from a backlog made safe for a terminal or a CI log.
///
/// Control characters — escape, carriage return, a line break inside a
/// value — are shown as `\u{1B}`-style escapes, so a file cannot recolour
/// the terminal, move the cursor, or start a new output line that a CI
/// system reads as a command. Tabs stay, so source lines keep their shape.
enum PrintableText {
    static func escaped(_ text: some StringProtocol) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return String(text) }
        var result = ""
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && scalar.properties.generalCategory == .control
    }
}
