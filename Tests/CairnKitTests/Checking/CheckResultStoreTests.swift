import Foundation
import Testing

@testable import CairnKit

/// ``CheckResultStore``: what it keeps, for how long, and what it refuses.
@Suite("Check result store")
struct CheckResultStoreTests {
    private static func result(_ number: Int, diagnostics: Int = 1) -> StoredCheck {
        StoredCheck(
            fingerprint: CheckFingerprint(id: "fingerprint-\(number)"),
            existence: ["docs/design-\(number).md": number.isMultiple(of: 2)],
            pathsWithoutItem: ["backlog/notes-\(number).md"], pathsWithoutText: [],
            diagnostics: (0..<diagnostics).map { index in
                Diagnostic(
                    file: "backlog/stories/US-\(number).md", location: SourcePosition(line: index + 1, column: 3),
                    severity: .warning, rule: "missing-field", message: "message \(index) of \(number)",
                    hint: index.isMultiple(of: 2) ? "a hint" : nil,
                    notes: [
                        DiagnosticNote(file: "cairn.yml", location: SourcePosition(line: 2, column: 1), message: "n")
                    ])
            })
    }

    @Test("keeps the most recent results up to its capacity, each read back whole")
    func capacity() throws {
        let directory = try TemporaryDirectory()
        let store = CheckResultStore(gitDirectory: directory.url, cairnVersion: "test")
        let count = CheckResultStore.capacity + 2
        for number in 1...count { store.store(Self.result(number, diagnostics: number)) }
        store.store(Self.result(count, diagnostics: count))
        for number in 1...count {
            let found = store.result(for: CheckFingerprint(id: "fingerprint-\(number)"))
            if number <= count - CheckResultStore.capacity {
                #expect(found == nil)
            } else {
                let expected = Self.result(number, diagnostics: number)
                #expect(found?.diagnostics == expected.diagnostics)
                #expect(found?.existence == expected.existence)
                #expect(found?.pathsWithoutItem == expected.pathsWithoutItem)
            }
        }
    }

    @Test("a result too large to be worth reading back is not stored")
    func largestResult() throws {
        let directory = try TemporaryDirectory()
        let store = CheckResultStore(gitDirectory: directory.url, cairnVersion: "test")
        store.store(Self.result(1))
        store.store(Self.result(2, diagnostics: CheckResultStore.largestResult / 64))
        #expect(store.result(for: CheckFingerprint(id: "fingerprint-1")) != nil)
        #expect(store.result(for: CheckFingerprint(id: "fingerprint-2")) == nil)
    }

    @Test("another version of Cairn does not read the results")
    func otherVersion() throws {
        let directory = try TemporaryDirectory()
        CheckResultStore(gitDirectory: directory.url, cairnVersion: "1.0").store(Self.result(1))
        let other = CheckResultStore(gitDirectory: directory.url, cairnVersion: "1.1")
        #expect(other.result(for: CheckFingerprint(id: "fingerprint-1")) == nil)
    }
}
