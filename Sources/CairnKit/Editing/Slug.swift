import Foundation

/// The part of an item's file name after its id, made from the title:
/// `Pay with Apple Pay at checkout` → `pay-with-apple-pay-at-checkout`.
public enum Slug {
    /// The longest slug, in characters; a longer one is cut at a word boundary.
    public static let maximumLength = 50

    /// Lowercase ASCII letters and digits, with accents and compatibility
    /// forms folded (`é` → `e`, `ﬁ` → `fi`, `ß` → `ss`) and every other run
    /// of characters turned into one `-`, trimmed and cut at the last word
    /// boundary within ``maximumLength``.
    /// Empty when the title has no letter or digit that folds to ASCII.
    public static func make(from title: String) -> String {
        var slug = ""
        for scalar in title.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            let folded = scalar.isASCII ? String(scalar) : (foldings[scalar] ?? "-")
            for character in folded.lowercased() {
                if character.isASCII, character.isLetter || character.isNumber {
                    slug.append(character)
                } else if !slug.isEmpty, slug.last != "-" {
                    slug.append("-")
                }
            }
        }
        return cut(trimmed(slug))
    }

    /// Letters that do not decompose into an ASCII letter and marks.
    private static let foldings: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
        "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i",
    ]

    private static func trimmed(_ slug: String) -> String {
        slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }

    /// `slug` cut to at most ``maximumLength`` characters at a `-`; a
    /// single word longer than that is cut where the limit falls.
    private static func cut(_ slug: String) -> String {
        guard slug.count > maximumLength else { return slug }
        let head = slug.prefix(maximumLength + 1)
        if head.last == "-" { return String(head.dropLast()) }
        guard let boundary = head.lastIndex(of: "-") else { return String(slug.prefix(maximumLength)) }
        return String(head[..<boundary])
    }
}
