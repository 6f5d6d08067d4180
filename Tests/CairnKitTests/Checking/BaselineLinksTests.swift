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

    @Test("one file's links are replaced by those of a smaller backlog, mapped to the listing's files")
    func replacing() {
        // In a backlog of files 0, 3 and 4 (its 0, 1, 2): 0 relates to 4 and has parent 3.
        let smaller = BaselineLinks(
            typeNames: ["relates_to", "parent"], outgoingStart: [0, 2, 2, 2], targets: [2, 1], types: [0, 1])
        let replaced = Self.links.replacingLinks(of: [0, 2], with: smaller, amongFiles: [0, 3, 4])
        #expect(replaced.typeNames == ["depends_on", "parent", "release", "relates_to"])
        #expect(replaced.outgoingStart == [0, 2, 4, 4, 4, 4])
        #expect(replaced.targets == [4, 3, 3, 4] && replaced.types == [3, 1, 1, 2])
        #expect(Self.links.replacingLinks(of: [], with: smaller, amongFiles: [0, 3, 4]).targets == Self.links.targets)
    }

    @Test("a file is on a cycle when links of one type lead back to it")
    func cycles() {
        #expect(!(0..<5).contains { Self.links.isOnCycle($0) })
        // 3 depends on 0: 0 → 1 → 3 mixes depends_on and parent, so still no cycle.
        let mixed = BaselineLinks(
            typeNames: ["depends_on", "parent"], outgoingStart: [0, 1, 2, 2, 3], targets: [1, 3, 0], types: [0, 1, 0])
        #expect(!(0..<4).contains { mixed.isOnCycle($0) })
        // 0 → 1 → 2 → 0 along depends_on; 3 depends on 0 but is not on the cycle.
        let knot = BaselineLinks(
            typeNames: ["depends_on"], outgoingStart: [0, 1, 2, 3, 4], targets: [1, 2, 0, 0], types: [0, 0, 0, 0])
        #expect((0..<3).allSatisfy { knot.isOnCycle($0) } && !knot.isOnCycle(3))
        let selfLink = BaselineLinks(typeNames: ["parent"], outgoingStart: [0, 1], targets: [0], types: [0])
        #expect(selfLink.isOnCycle(0))
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
