import CairnKit
import Testing

@Suite("FrontMatterSplitter")
struct FrontMatterSplitterTests {
    private func split(_ text: String) throws -> FrontMatterSplit {
        try FrontMatterSplitter.split(text).get()
    }

    private func failure(_ text: String) -> FrontMatterSplitFailure? {
        if case .failure(let failure) = FrontMatterSplitter.split(text) { return failure }
        return nil
    }

    @Test("cuts YAML and body and numbers their first lines")
    func basic() throws {
        let result = try split("---\nid: US-1\ntitle: x\n---\n\nBody\n")
        #expect(result.yaml == "id: US-1\ntitle: x\n")
        #expect(result.yamlFirstLine == 2)
        #expect(result.body == "\nBody\n")
        #expect(result.bodyFirstLine == 5)
    }

    @Test("fences may carry trailing spaces, tabs and a CR")
    func trailingBlanks() throws {
        let result = try split("---  \t\nid: US-1\n--- \t \nBody\n")
        #expect(result.yaml == "id: US-1\n")
        #expect(result.body == "Body\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("CRLF line endings")
    func crlf() throws {
        let result = try split("---\r\nid: US-1\r\ntitle: x\r\n---\r\nBody\r\n")
        #expect(result.yaml == "id: US-1\r\ntitle: x\r\n")
        #expect(result.body == "Body\r\n")
        #expect(result.bodyFirstLine == 5)
    }

    @Test("`...` closes the front matter too, but does not open it")
    func dotsClose() throws {
        let result = try split("---\nid: US-1\n...\nBody\n")
        #expect(result.yaml == "id: US-1\n")
        #expect(result.body == "Body\n")
        #expect(result.bodyFirstLine == 4)
        #expect(failure("...\nid: US-1\n...\n") == .noOpeningFence)
    }

    @Test("the first closing fence ends it")
    func firstCloser() throws {
        let result = try split("---\na: 1\n---\nb\n---\nc\n")
        #expect(result.yaml == "a: 1\n")
        #expect(result.body == "b\n---\nc\n")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("a closing fence at the end of the file without a newline")
    func closerAtEnd() throws {
        let result = try split("---\nid: US-1\n---")
        #expect(result.yaml == "id: US-1\n")
        #expect(result.body == "")
        #expect(result.bodyFirstLine == 4)
    }

    @Test("empty front matter")
    func emptyFrontMatter() throws {
        let result = try split("---\n---\nBody")
        #expect(result.yaml == "")
        #expect(result.yamlFirstLine == 2)
        #expect(result.body == "Body")
        #expect(result.bodyFirstLine == 3)
    }

    @Test("front matter that is never closed", arguments: ["---\nid: US-1\n", "---", "---\n", "--- \nid: x\n----\n"])
    func unclosed(text: String) {
        #expect(failure(text) == .unclosed)
    }

    @Test("empty or whitespace-only files", arguments: ["", "\n", "  \n\t\r\n", " "])
    func empty(text: String) {
        #expect(failure(text) == .emptyFile)
    }

    @Test(
        "no opening fence on the first line",
        arguments: [
            "# Title\n---\nid: x\n---\n", "\n---\nid: x\n---\n", " ---\nid: x\n---\n", "----\nid: x\n---\n",
            "--- yaml\nid: x\n---\n", "--\nid: x\n---\n",
        ])
    func noOpening(text: String) {
        #expect(failure(text) == .noOpeningFence)
    }
}
