import Testing

@testable import CairnKit

/// Which names a listing takes for Markdown or hidden: by their bytes.
@Suite("Backlog listing rules")
struct BacklogListingRulesTests {
    @Test(
        "Markdown files end in .md or .markdown, byte for byte",
        arguments: [
            ("US-1.md", true), ("stories/US-1-pay.markdown", true), (".md", true), ("é-story.md", true),
            ("x\u{600}.md", true), ("US-1.MD", false), ("US-1.mdx", false), ("US-1.md.txt", false), ("md", false),
            ("US-1.m", false), ("", false), ("stories/notes.markdow", false),
        ])
    func markdown(path: String, isMarkdown: Bool) {
        #expect(BacklogListingRules.isMarkdown(path) == isMarkdown)
        #expect(BacklogListingRules.isMarkdown(Substring(path)) == isMarkdown)
    }

    @Test(
        "hidden entries start with a dot",
        arguments: [(".git", true), (".US-1.md.swp", true), ("US-1.md", false), ("", false)])
    func hidden(name: String, isHidden: Bool) {
        #expect(BacklogListingRules.isHidden(name) == isHidden)
    }
}
