import Foundation

/// A backlog of files Cairn cannot read or parse, one per kind of bad input,
/// plus two clean items that must survive among them.
enum HostileBacklog {
    /// Valid front matter for story `number`, as bytes.
    static func item(_ number: Int, title: String) -> [UInt8] {
        Array("---\nid: US-\(number)\ntitle: \(title)\nstatus: draft\n---\n".utf8)
    }

    /// Invalid UTF-8: a lone 0xFF after a two-byte é, at line 3, byte column 14.
    static let invalidUTF8: [UInt8] =
        Array("---\nid: US-1\ntitle: Café ".utf8) + [0xFF] + Array("\nstatus: draft\n---\n".utf8)

    /// The start of a PNG image: its first NUL byte is line 3, column 1.
    static let binary: [UInt8] = [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    ]

    /// A text file with one NUL byte in the middle of its body: line 7, column 6.
    static let nulInBody: [UInt8] =
        Array("---\nid: US-9\ntitle: NUL\nstatus: draft\n---\nSome text\nhere ".utf8) + [0x00]
        + Array(" and more\n".utf8)

    /// A byte order mark and CRLF line endings: a clean item titled "BOM and CRLF".
    static let bomAndCRLF: [UInt8] =
        [0xEF, 0xBB, 0xBF] + Array("---\r\nid: US-10\r\ntitle: BOM and CRLF\r\nstatus: draft\r\n---\r\nBody.\r\n".utf8)

    /// Nine anchors of nine aliases each: 9⁹ (387 million) strings once expanded.
    static let aliasBomb: String = {
        var text = "---\nid: US-6\ntitle: Alias bomb\nstatus: draft\n"
        text += "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...8 {
            let aliases = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(aliases)]\n"
        }
        return text + "---\n"
    }()

    /// Exactly 2 MiB: valid front matter, then lines of filler.
    static let twoMebibytes: [UInt8] = {
        let size = 2 << 20
        var bytes = item(8, title: "Huge")
        let line = Array(repeating: UInt8(ascii: "x"), count: 79) + [UInt8(ascii: "\n")]
        while bytes.count + line.count <= size { bytes += line }
        bytes += Array(repeating: UInt8(ascii: "y"), count: size - bytes.count)
        return bytes
    }()

    /// The regular files, by path relative to the repository root.
    static let files: [String: [UInt8]] = [
        "backlog/stories/US-1-invalid-utf8.md": invalidUTF8,
        "backlog/stories/US-2-binary.md": binary,
        "backlog/stories/US-3-unclosed.md": Array("---\nid: US-3\ntitle: Never closed\nstatus: draft\n\nBody.\n".utf8),
        "backlog/stories/US-4-malformed.md": Array(
            "---\nid: US-4\ntitle: Malformed\nstatus: draft: nope\npriority: must\n---\n".utf8),
        "backlog/stories/US-5-tabs.md": Array("---\nid: US-5\ntitle: Tabs\nlabels:\n\t- a\nstatus: draft\n---\n".utf8),
        "backlog/stories/US-6-alias-bomb.md": Array(aliasBomb.utf8),
        "backlog/stories/US-7-empty.md": [],
        "backlog/stories/US-8-huge.md": twoMebibytes,
        "backlog/stories/US-9-nul.md": nulInBody,
        "backlog/stories/US-10-bom-crlf.md": bomAndCRLF,
        "backlog/stories/US-11-duplicate-key.md": Array(
            "---\nid: US-11\ntitle: First title\nstatus: draft\ntitle: Second title\n---\n".utf8),
        "backlog/stories/US-16-no-front-matter.md": Array("# Just notes\n\nNo front matter here.\n".utf8),
    ]

    /// Symbolic links: a file and a folder outside the repository, a loop,
    /// a link to nothing and one to the named pipe.
    static let symlinks: [String: String] = [
        "backlog/outside-folder": "../../outside",
        "backlog/stories/US-12-escape.md": "../../../outside/secret.md",
        "backlog/stories/US-13-loop.md": "US-13-loop.md",
        "backlog/stories/US-14-dangling.md": "nowhere.md",
        "backlog/stories/US-17-link-to-pipe.md": "US-15-pipe.md",
    ]

    /// A named pipe: reading it would block forever.
    static let namedPipe = "backlog/stories/US-15-pipe.md"

    /// Every path under the backlog root that `cairn check` must account for.
    static var allPaths: Set<String> {
        Set(files.keys).union(symlinks.keys).union([namedPipe])
    }

    /// A new repository holding the hostile backlog, and outside it an item
    /// (`US-99`) that the escaping links point at.
    static func repository() throws -> TemporaryRepository {
        let repository = try TemporaryRepository()
        for (path, bytes) in files { try repository.write(path, bytes: bytes) }
        for (path, target) in symlinks { try repository.symlink(path, to: target) }
        try repository.namedPipe(namedPipe)
        try Data(item(99, title: "Secret")).write(to: repository.outside.appendingPathComponent("secret.md"))
        return repository
    }
}
