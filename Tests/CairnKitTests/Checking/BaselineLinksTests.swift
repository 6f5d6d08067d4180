import Testing

@testable import CairnKit

/// The links a baseline keeps between its files: followed along paths in
/// both directions, and read back only when every index is in range.
@Suite("Baseline links")
struct BaselineLinksTests {
    /// 0 depends on 1; 1 and 2 have parent 3; 1 is in release 4.
    static let links = BaselineLinks(
        typeNames: ["depends_on", "parent", "release"], outgoingStart: [0, 1, 3, 4, 4, 4],
        targets: [1, 3, 4, 3], types: [0, 1, 2, 1])

    @Test("paths are followed forward through every step, and back to every file that reaches")
    func following() {
        let dependsOnThenRelease = LinkPath([.outgoing(.dependsOn), .outgoing(.release)])
        #expect(Self.links.along(dependsOnThenRelease, from: [0]) == [1, 4])
        #expect(Self.links.reaching([4], along: dependsOnThenRelease) == [0])
        #expect(Self.links.reaching([1], along: dependsOnThenRelease) == [0])
        let children = LinkPath([.incoming(.parent)])
        #expect(Self.links.along(children, from: [3]) == [1, 2])
        #expect(Self.links.reaching([2], along: children) == [3])
        #expect(Self.links.along(LinkPath([.outgoing(LinkType("evidence"))]), from: [0, 1, 2]).isEmpty)
    }

    @Test("the links are read back as written; an index out of range is refused")
    func encoding() throws {
        var writer = CacheBinaryWriter()
        writer.baselineLinks(Self.links)
        var reader = CacheBinaryReader(writer.bytes)
        #expect(try reader.baselineLinks() == Self.links)
        #expect(reader.isAtEnd)
        let outOfRange = BaselineLinks(
            typeNames: ["parent"], outgoingStart: [0, 1], targets: [1], types: [0])
        var damaged = CacheBinaryWriter()
        damaged.baselineLinks(outOfRange)
        var damagedReader = CacheBinaryReader(damaged.bytes)
        #expect(throws: CacheFormatError.self) { try damagedReader.baselineLinks() }
    }
}
