import CairnKit
import Testing

@Suite("GlobPattern")
struct GlobPatternTests {
    @Test("`*` matches within one segment only")
    func star() {
        let pattern = GlobPattern("drafts/*.md")
        #expect(pattern.matches("drafts/a.md"))
        #expect(pattern.matches("drafts/.md"))
        #expect(!pattern.matches("drafts/sub/a.md"))
        #expect(!pattern.matches("drafts/a.mdx"))
        #expect(GlobPattern("US-*-draft.md").matches("US-12-pay-draft.md"))
        #expect(GlobPattern("*").matches("anything"))
        #expect(!GlobPattern("*").matches("two/segments"))
    }

    @Test("`**` matches any number of whole segments, none included")
    func doubleStar() {
        #expect(GlobPattern("**/README.md").matches("README.md"))
        #expect(GlobPattern("**/README.md").matches("a/b/README.md"))
        #expect(!GlobPattern("**/README.md").matches("a/NOTREADME.md"))
        #expect(GlobPattern("drafts/**").matches("drafts"))
        #expect(GlobPattern("drafts/**").matches("drafts/x/y.md"))
        #expect(!GlobPattern("drafts/**").matches("other/drafts/x.md"))
        #expect(GlobPattern("a/**/z.md").matches("a/z.md"))
        #expect(GlobPattern("a/**/z.md").matches("a/b/c/z.md"))
        #expect(!GlobPattern("a/**/z.md").matches("a/b/c/y.md"))
        #expect(GlobPattern("**").matches("any/path/at/all.md"))
    }

    @Test("`?` matches exactly one character, multi-byte ones included")
    func question() {
        #expect(GlobPattern("US-?.md").matches("US-1.md"))
        #expect(!GlobPattern("US-?.md").matches("US-12.md"))
        #expect(!GlobPattern("US-?.md").matches("US-.md"))
        #expect(GlobPattern("?.md").matches("é.md"))
        #expect(GlobPattern("??.md").matches("日本.md"))
        #expect(GlobPattern("?.md").matches("e\u{301}.md"))
        #expect(GlobPattern("caf\u{E9}.md").matches("cafe\u{301}.md"))
    }

    @Test("patterns are anchored at the backlog root")
    func anchoring() {
        #expect(GlobPattern("notes.md").matches("notes.md"))
        #expect(!GlobPattern("notes.md").matches("sub/notes.md"))
        #expect(!GlobPattern("sub").matches("sub/notes.md"))
        #expect(GlobPattern("sub").matches("sub"))
        #expect(!GlobPattern("*.md").matches("sub/a.md"))
        #expect(!GlobPattern("notes").matches("notes.md"))
    }

    @Test("leading and doubled slashes do not matter")
    func slashes() {
        #expect(GlobPattern("/drafts//*.md").matches("drafts/a.md"))
        #expect(GlobPattern("drafts/*.md").matches("/drafts/a.md"))
    }

    @Test("the description is the pattern as written")
    func description() {
        #expect(GlobPattern("drafts/**").description == "drafts/**")
    }
}
