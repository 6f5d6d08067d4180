import Foundation
import Testing

@testable import CairnMarkdown

/// cmark-gfm keeps process-global state that parsers change as extensions
/// parse inlines; `MarkdownParser` serialises `cmark_parser_finish`. Without
/// it, parses on several threads at once silently lose autolinks. This test
/// parses the same documents on several threads at once and compares every
/// result with a serial parse.
@Suite("Markdown parsing on several threads")
struct MarkdownParserConcurrencyTests {
    static func document(_ number: Int) -> String {
        """
        # Story \(number)

        Visit https://example.com/\(number) or www.example.org/\(number), ~~struck \(number)~~, mail a\(number)@b.com.
        See [[US-\(number)]] and [the PRD](prds/PRD-\(number % 7).md) ![img](i/\(number).png).

        | a | b |
        |---|---|
        | [[EP-\(number % 13)]] | https://t.example/\(number) |

        ## Acceptance criteria
        - [\(number % 2 == 0 ? "x" : " ")] first \(number)
        - [ ] second with <https://angle.example/\(number)>

        ```
        [[US-0]] is code
        ```
        """
    }

    @Test("parallel parses equal serial parses")
    func parallelEqualsSerial() {
        let texts = (0..<300).map(Self.document)
        let serial = texts.map(MarkdownParser.parse)
        #expect(serial.allSatisfy { $0.links.count == 7 && $0.mentions.count == 2 && $0.taskItems.count == 2 })

        let threads = 8
        let rounds = 4
        let results = ResultStore(count: threads * rounds * texts.count)
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for round in 0..<rounds {
                // Each thread walks the documents from a different starting point.
                for step in texts.indices {
                    let index = (step + thread * 37 + round * 11) % texts.count
                    let slot = (thread * rounds + round) * texts.count + index
                    results.set(slot, index: index, document: MarkdownParser.parse(texts[index]))
                }
            }
        }
        let parallel = results.all
        #expect(parallel.count == threads * rounds * texts.count)
        let mismatches = parallel.filter { $0.document != serial[$0.index] }.count
        #expect(mismatches == 0)
    }
}

/// Results written from several threads, guarded by a lock.
private final class ResultStore: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [(index: Int, document: MarkdownDocument)?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ slot: Int, index: Int, document: MarkdownDocument) {
        lock.withLock { slots[slot] = (index, document) }
    }

    var all: [(index: Int, document: MarkdownDocument)] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
