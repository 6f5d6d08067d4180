import Foundation
import Testing

/// `cairn set --commit` on a full disk and a read-only file system: a clear
/// error, the old file whole, the repository sound. The repository is a small
/// tmpfs, which needs root and CAP_SYS_ADMIN; where the machine refuses, the
/// tests are disabled with the reason.
@Suite("cairn binary: full and read-only disks", .disabled(if: Mounting.refusal != nil, "\(Mounting.refusal ?? "")"))
struct DiskFaultTests {
    @Test("a full disk: the write fails with ENOSPC, nothing is lost, nothing is committed")
    func fullDisk() throws {
        let backlog = try CommittedBacklog(tmpfsSize: "2m")
        // Fill the file system to the last byte.
        let filler = backlog.repository.url.appendingPathComponent(".git/filler")
        guard let handle = fopen(filler.path, "w") else { throw Subprocess.Failure(message: "cannot create filler") }
        let block = [UInt8](repeating: 0x78, count: 4096)
        while fwrite(block, 1, block.count, handle) == block.count {}
        fclose(handle)
        var small = [UInt8](repeating: 0x78, count: 1)
        let tail = fopen(filler.path, "a")
        while let tail, fwrite(&small, 1, 1, tail) == 1, fflush(tail) == 0 {}
        if let tail { fclose(tail) }

        let result = try backlog.cairn("set", "US-1", "status=ready", "--commit")
        #expect(result.status == 2)
        #expect(
            result.stderr.hasPrefix(
                "Error: cannot write \(backlog.repository.url.path)/\(CommittedBacklog.story): No space left on device"),
            "\(result.stderr)")
        #expect(try backlog.read(CommittedBacklog.story) == CommittedBacklog.original)
        #expect(try backlog.list("backlog/stories") == ["US-1-pay.md", "US-2-ship.md"])
        try FileManager.default.removeItem(at: filler)
        #expect(try backlog.git("status", "--porcelain").isEmpty)
        try backlog.expectSound(commits: 1)
    }

    @Test("a read-only file system: a clear error, nothing written, the repository untouched")
    func readOnly() throws {
        let backlog = try CommittedBacklog(tmpfsSize: "2m")
        try Mounting.mount(["-o", "remount,ro", backlog.repository.url.path])
        let result = try backlog.cairn("set", "US-1", "status=ready", "--commit")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Read-only file system"), "\(result.stderr)")
        #expect(try backlog.read(CommittedBacklog.story) == CommittedBacklog.original)
        let plain = try backlog.cairn("set", "US-1", "status=ready")
        #expect(plain.status == 2)
        #expect(
            plain.stderr.hasPrefix(
                "Error: cannot write \(backlog.repository.url.path)/\(CommittedBacklog.story): Read-only file system"),
            "\(plain.stderr)")
        try Mounting.mount(["-o", "remount,rw", backlog.repository.url.path])
        #expect(try backlog.git("status", "--porcelain").isEmpty)
        try backlog.expectSound(commits: 1)
    }
}
