import Testing

@testable import CairnKit

/// The name tests of every listing compare bytes where that is safe, and
/// must answer exactly as comparing characters does.
@Suite("BacklogListingRules names")
struct BacklogListingRulesTests {
    /// Names whose bytes and characters could disagree: a combining mark
    /// or an Arabic sign (which joins the next character) next to the dot,
    /// a flag, a joiner, a carriage return.
    static let names = [
        "a.md", ".md", "a.markdown", "backlog/US-1.md", "a.MD", "a.md/", "a.mdx", "md", "é.md", "a\u{301}.md",
        "\u{0600}.md", "x.md\u{301}", "\u{1F1E6}.md", "a\u{200D}.md", "\r.md", "\u{0600}.markdown", ".git", ".",
        ".\u{301}x", ".é", "a", "", "..",
    ]

    @Test("Markdown names: by suffix, with characters deciding where a byte is not ASCII")
    func markdown() {
        for name in Self.names {
            #expect(BacklogListingRules.isMarkdown(name) == (name.hasSuffix(".md") || name.hasSuffix(".markdown")))
            #expect(BacklogListingRules.isMarkdown(name[...]) == BacklogListingRules.isMarkdown(name))
        }
        #expect(BacklogListingRules.isMarkdown("é.md"))
        #expect(!BacklogListingRules.isMarkdown("\u{0600}.md"))
        #expect(!BacklogListingRules.isMarkdown("a.MD"))
    }

    @Test("hidden names: a first character that is a dot, and only that")
    func hidden() {
        for name in Self.names {
            #expect(BacklogListingRules.isHidden(name) == name.hasPrefix("."), "\(name)")
        }
        #expect(BacklogListingRules.isHidden(".é"))
        #expect(!BacklogListingRules.isHidden(".\u{301}x"))
    }
}
