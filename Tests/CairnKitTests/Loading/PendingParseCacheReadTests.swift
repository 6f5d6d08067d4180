import Foundation
import Testing

@testable import CairnKit

/// The parse cache read while the backlog is listed gives what reading it
/// there and then gives, whichever thread ends up reading it.
@Suite("Pending parse cache read")
struct PendingParseCacheReadTests {
    @Test("gives the entries a direct read gives, asked at once or later, many times over")
    func sameAsDirectRead() throws {
        let directory = try TemporaryDirectory()
        for number in 1...40 {
            try directory.write("backlog/US-\(number).md", "---\nid: US-\(number)\ntitle: Story\nstatus: draft\n---\n")
        }
        let store = ParseCacheStore(gitDirectory: directory.url.appendingPathComponent(".git"), cairnVersion: "test")
        let source = WorkingTreeSource(root: directory.url)
        _ = try BacklogLoader().load(from: source, cache: store)
        let hash = try BacklogLoader().listing(from: source).configurationHash
        #expect(store.read(configurationHash: hash).count == 40)
        for round in 0..<50 {
            let pending = PendingParseCacheRead(store, configurationHash: hash)
            if round.isMultiple(of: 2) { Thread.sleep(forTimeInterval: 0.001) }
            #expect(pending.result().count == 40)
        }
        #expect(PendingParseCacheRead(store, configurationHash: hash &+ 1).result().count == 0)
    }

    @Test("without a cache file, no entries")
    func noCacheFile() throws {
        let directory = try TemporaryDirectory()
        let store = ParseCacheStore(gitDirectory: directory.url.appendingPathComponent(".git"), cairnVersion: "test")
        #expect(PendingParseCacheRead(store, configurationHash: 1).result().count == 0)
    }
}
