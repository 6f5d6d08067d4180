import Testing

@testable import CairnKit

@Suite("Suggestion")
struct SuggestionTests {
    @Test("closest candidate within a third of the word's length")
    func closest() {
        let fields = ["title", "status", "priority", "depends_on", "labels"]
        #expect(Suggestion.closest(to: "titel", in: fields) == "title")
        #expect(Suggestion.closest(to: "stauts", in: fields) == "status")
        #expect(Suggestion.closest(to: "prority", in: fields) == "priority")
        #expect(Suggestion.closest(to: "depends-on", in: fields) == "depends_on")
        #expect(Suggestion.closest(to: "Labels", in: fields) == "labels")
        #expect(Suggestion.closest(to: "owner", in: fields) == nil)
        #expect(Suggestion.closest(to: "x", in: fields) == nil)
    }

    @Test("case differences cost nothing")
    func caseInsensitive() {
        #expect(Suggestion.closest(to: "STATUS", in: ["status"]) == "status")
    }

    @Test("the limit is at least one edit")
    func shortWords() {
        #expect(Suggestion.closest(to: "a", in: ["b"]) == "b")
        #expect(Suggestion.closest(to: "ab", in: ["xy"]) == nil)
        #expect(Suggestion.closest(to: "", in: ["a", "ab"]) == "a")
    }

    @Test("the closest wins; ties go to the earlier candidate")
    func ties() {
        #expect(Suggestion.closest(to: "must", in: ["mist", "must"]) == "must")
        #expect(Suggestion.closest(to: "cat", in: ["bat", "hat"]) == "bat")
        #expect(Suggestion.closest(to: "cat", in: ["hat", "bat"]) == "hat")
        #expect(Suggestion.closest(to: "word", in: [String]()) == nil)
    }

    @Test("edit distance counts an adjacent transposition as one edit")
    func distance() {
        func distance(_ a: String, _ b: String, limit: Int = 10) -> Int {
            Suggestion.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
        }
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("ab", "ba") == 1)
        #expect(distance("", "abc") == 3)
        #expect(distance("abc", "abc") == 0)
        #expect(distance("abcdef", "ghijkl", limit: 2) == 3)
        #expect(distance("é", "e") == 1)
    }
}
