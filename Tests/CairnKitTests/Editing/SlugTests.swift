import CairnKit
import Testing

@Suite("Slug")
struct SlugTests {
    @Test(
        "lowercase ASCII words joined by single hyphens",
        arguments: [
            ("Pay with Apple Pay at checkout", "pay-with-apple-pay-at-checkout"),
            ("  Pay:  now!! ", "pay-now"),
            ("Check exactly what is staged: cairn check --staged", "check-exactly-what-is-staged-cairn-check-staged"),
            ("OAuth2 & SSO (v2.1)", "oauth2-sso-v2-1"),
            ("snake_case and/slashes\\too", "snake-case-and-slashes-too"),
            ("\"Quoted\" 'title' #42", "quoted-title-42"),
        ])
    func words(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    @Test(
        "diacritics and compatibility forms fold to ASCII",
        arguments: [
            ("Café crème brûlée", "cafe-creme-brulee"),
            ("Ärger über Straße", "arger-uber-strasse"),
            ("Smørrebrød Œuvre Łódź", "smorrebrod-oeuvre-lodz"),
            ("ﬁnal ＡＢＣ ²", "final-abc-2"),
            ("Ñandú", "nandu"),
        ])
    func folding(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    @Test("letters that do not fold become separators", arguments: [("日本語 title", "title"), ("Привет world", "world")])
    func nonLatin(title: String, slug: String) {
        #expect(Slug.make(from: title) == slug)
    }

    @Test("a title without ASCII letters or digits has an empty slug", arguments: ["🚀🎉", "—", "", "   ", "日本語"])
    func empty(title: String) {
        #expect(Slug.make(from: title) == "")
    }

    @Test("a long title is cut at the last word boundary within 50 characters")
    func longTitle() {
        let slug = Slug.make(from: "Set up a backlog in an existing repository: cairn init and more")
        #expect(slug == "set-up-a-backlog-in-an-existing-repository-cairn")
        #expect(slug.count <= Slug.maximumLength)
        // A word that ends exactly at the limit is kept whole.
        let fifty = "abcdefghij-abcdefghij-abcdefghij-abcdefghij-abcdef"
        #expect(Slug.make(from: fifty.replacingOccurrences(of: "-", with: " ") + " more") == fifty)
        #expect(Slug.make(from: fifty + "g more") == "abcdefghij-abcdefghij-abcdefghij-abcdefghij")
    }

    @Test("a single word longer than the limit is cut at the limit")
    func longWord() {
        let word = String(repeating: "x", count: 80)
        #expect(Slug.make(from: word) == String(repeating: "x", count: 50))
        #expect(Slug.make(from: "a " + word) == "a")
    }
}
