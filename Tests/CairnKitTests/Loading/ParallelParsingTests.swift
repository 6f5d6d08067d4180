import CairnKit
import CairnSynthetic
import Foundation
import Testing

/// cmark-gfm is not re-entrant (see `MarkdownParser`): these tests parse
/// thousands of files on all cores and compare every fact with a parse of
/// the same bytes on one thread, with bodies full of the syntax a lost
/// special character would change — strikethrough in headings and task
/// items, autolinks, mentions next to both.
@Suite("Parallel parsing")
struct ParallelParsingTests {
    /// Markdown whose facts depend on the strikethrough and autolink
    /// extensions: without `~` as a special character the heading's and task
    /// items' text keep their tildes; without `:`/`w` the URLs are no links.
    private static func extensionSensitiveBody(_ number: Int) -> String {
        """

        ## ~~Dropped~~ scope \(number)
        - [ ] ~~strike [[US-\(number % 97 + 1)]]~~ then https://example.com/\(number)/path
        - [x] see www.example.org/\(number) and ~~old~~ mail team\(number)@example.com
        - [ ] ~single~ tilde, **~~bold strike~~**, `~~code~~` and <https://angle.example/\(number)>

        Text with ~~[[EP-\(number % 13 + 1)]]~~, an autolink https://cairn.test/items/US-\(number)?tab=1 \
        and [[FB-1]] after it; ftp://files.example.net/\(number) and www.cairn.test/x~y.

        | Link | Note |
        |---|---|
        | https://table.example/\(number) | ~~gone~~ [[US-2]] |

        """
    }

    @Test("parsing thousands of files on all cores gives exactly the serial results")
    func parallelEqualsSerial() throws {
        let directory = try TemporaryDirectory()
        let files = SyntheticBacklog(itemCount: 3_000, seed: 7, errorRate: 0.01).files()
        var expected: [String: ParsedFile] = [:]
        let schema = ItemSchema(.default)
        for (number, file) in files.enumerated() {
            let content = file.content + Self.extensionSensitiveBody(number)
            let path = "backlog/" + file.path
            try directory.write(path, content)
            expected[path] = ItemFileParser.parse(path: path, bytes: Array(content.utf8), schema: schema)
        }

        let backlog = try BacklogLoader().load(from: WorkingTreeSource(root: directory.url))

        #expect(backlog.files.count == files.count)
        // Loading keeps no texts (they are read again for diagnostics).
        #expect(backlog.files.allSatisfy { $0.source == nil })
        let different = backlog.files.filter { file in
            expected[file.path].map { !isSameParse($0, file, comparingText: false) } ?? true
        }.map(\.path)
        #expect(different.count == 0, "files differ, such as \(different.prefix(3))")
        // The extensions were in force: struck-through headings lost their
        // tildes and bare URLs became links.
        let bodies = backlog.files.compactMap(\.item?.body)
        #expect(bodies.filter { $0.headings.contains { $0.text.hasPrefix("Dropped scope") } }.count == files.count)
        #expect(bodies.allSatisfy { $0.links.contains { $0.destination.hasPrefix("http://www.example.org/") } })
    }
}
