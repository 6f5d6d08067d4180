import Testing

@testable import CairnGit

/// The comparison of `lstat` data with the index's, as git makes it.
@Suite("Index stat data")
struct GitIndexStatDataTests {
    static let recorded = GitFileStat(
        modifiedSeconds: 1_000, modifiedNanoseconds: 5, changedSeconds: 1_000, changedNanoseconds: 5, inode: 42,
        size: 120, mode: 0o100644, userID: 1, groupID: 1)

    static func data(indexWritten: (Int64, Int64) = (1_001, 0)) -> GitIndexStatData {
        GitIndexStatData(
            entries: ["a.md": .init(blobID: "abc", stat: recorded)],
            indexWritten: (seconds: indexWritten.0, nanoseconds: indexWritten.1))
    }

    @Test("an unchanged file older than the index has the index's blob id")
    func unchanged() {
        #expect(Self.data().blobID(of: "a.md", ifUnchanged: Self.recorded) == "abc")
        #expect(Self.data().blobID(of: "b.md", ifUnchanged: Self.recorded) == nil)
    }

    @Test("any difference in what git compares means the file must be read")
    func changed() {
        var variants: [GitFileStat] = []
        for change in 0..<8 {
            var stat = Self.recorded
            switch change {
            case 0: stat.modifiedNanoseconds += 1
            case 1: stat.modifiedSeconds += 1
            case 2: stat.changedNanoseconds += 1
            case 3: stat.inode += 1
            case 4: stat.size += 1
            case 5: stat.mode = 0o100755
            case 6: stat.mode = 0o120777
            default: stat.userID = 2
            }
            variants.append(stat)
        }
        for stat in variants {
            #expect(Self.data().blobID(of: "a.md", ifUnchanged: stat) == nil)
        }
    }

    @Test("a racily clean entry — modified no earlier than the index was written — is never trusted")
    func racilyClean() {
        #expect(Self.data(indexWritten: (1_000, 5)).blobID(of: "a.md", ifUnchanged: Self.recorded) == nil)
        #expect(Self.data(indexWritten: (1_000, 4)).blobID(of: "a.md", ifUnchanged: Self.recorded) == nil)
        #expect(Self.data(indexWritten: (1_000, 6)).blobID(of: "a.md", ifUnchanged: Self.recorded) == "abc")
    }

    @Test("blob ids are git's: SHA-1 of the header and the bytes")
    func blobIDs() {
        #expect(GitBlobHasher.blobID(of: []) == "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391")
        #expect(GitBlobHasher.blobID(of: Array("hello\n".utf8)) == "ce013625030ba8dba906f756967f9e9ca394464a")
    }
}
