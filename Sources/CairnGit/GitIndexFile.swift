internal import CGit2
import Foundation

/// The entries of git's index file, read straight from disk: the file
/// mapped, its entries decoded in place, nothing else built. libgit2 reads
/// the same file into an entry per allocation, a path hash map and a
/// SHA-1 of every byte, which costs ten times as much on a large index.
///
/// The reader takes only what it fully understands and leaves the rest to
/// libgit2 (``read(at:)`` returns `nil`), so that every index libgit2
/// refuses is still refused with libgit2's message: a file that is not an
/// index, versions other than 2–4, entries or extensions running past the
/// end, a mandatory (lower-case) extension such as a split or sparse
/// index, unmerged entries (whose paths libgit2 lists), and paths libgit2
/// might reject (`..`, `.git` and its look-alikes, empty components).
/// As git itself does when reading the index, the trailing checksum is not
/// verified.
struct GitIndexFile {
    /// One stage-0 entry.
    struct Entry {
        var path: String
        /// The git file mode, as stored.
        var mode: UInt32
        var id: git_oid
        /// Added with `git add -N`: known to the index, not staged.
        var isIntentToAdd: Bool
    }

    /// The entries in the file's order (git writes them sorted by path).
    var entries: [Entry]
    /// Whether every path is ASCII, so that byte order and `String` order agree.
    var isASCII: Bool

    /// The index file at `path`, an empty index when there is none, or
    /// `nil` when libgit2 must read it (see the type's documentation).
    static func read(at path: String) -> GitIndexFile? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return errno == ENOENT ? GitIndexFile(entries: [], isASCII: true) : nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let mapping = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapping != MAP_FAILED else {
            return nil
        }
        defer { munmap(mapping, size) }
        var parser = Parser(bytes: UnsafeRawBufferPointer(start: mapping, count: size))
        return parser.parse()
    }

    /// Decodes one mapped file; every read is bounds-checked.
    private struct Parser {
        let bytes: UnsafeRawBufferPointer
        private var offset = 0
        private var isASCII = true
        /// The previous entry's path, which version 4 entries abbreviate.
        private var previousPath: [UInt8] = []

        static let headerSize = 12
        static let checksumSize = 20
        /// Bytes before an entry's flags: ctime, mtime, dev, ino, mode, uid, gid, size, id.
        static let flagsOffset = 60
        static let extendedFlag: UInt16 = 0x4000
        static let stageMask: UInt16 = 0x3000
        static let nameMask: UInt16 = 0x0FFF
        /// libgit2's `GIT_PATH_MAX`, the longest path a version 4 entry may spell.
        static let longestPath = 4096

        init(bytes: UnsafeRawBufferPointer) {
            self.bytes = bytes
        }

        mutating func parse() -> GitIndexFile? {
            guard bytes.count >= Self.headerSize + Self.checksumSize,
                bytes.loadUnaligned(as: UInt32.self).bigEndian == 0x4449_5243  // "DIRC"
            else { return nil }
            let version = bytes.loadUnaligned(fromByteOffset: 4, as: UInt32.self).bigEndian
            let count = Int(bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self).bigEndian)
            guard (2...4).contains(version), count <= bytes.count / (Self.flagsOffset + 2) else { return nil }
            offset = Self.headerSize
            var entries: [Entry] = []
            entries.reserveCapacity(count)
            for _ in 0..<count {
                guard let entry = entry(version: version) else { return nil }
                entries.append(entry)
            }
            guard skipExtensions() else { return nil }
            return GitIndexFile(entries: entries, isASCII: isASCII)
        }

        /// The entry at `offset`, which moves past it.
        private mutating func entry(version: UInt32) -> Entry? {
            let end = bytes.count - Self.checksumSize
            guard end - offset >= Self.flagsOffset + 2 else { return nil }
            let start = offset
            let flags = bytes.loadUnaligned(fromByteOffset: start + Self.flagsOffset, as: UInt16.self).bigEndian
            guard flags & Self.stageMask == 0 else { return nil }
            var pathStart = start + Self.flagsOffset + 2
            var extendedFlags: UInt16 = 0
            if flags & Self.extendedFlag != 0 {
                guard version >= 3, end - pathStart >= 2 else { return nil }
                extendedFlags = bytes.loadUnaligned(fromByteOffset: pathStart, as: UInt16.self).bigEndian
                pathStart += 2
            }
            let path: String
            if version == 4 {
                guard let (stripped, suffixStart) = varint(at: pathStart, before: end),
                    stripped <= previousPath.count,
                    let terminator = nul(from: suffixStart, before: end)
                else { return nil }
                previousPath.removeLast(stripped)
                previousPath.append(contentsOf: bytes[suffixStart..<terminator])
                guard previousPath.count < Self.longestPath,
                    let decoded = previousPath.withUnsafeBytes({ decodedPath($0) })
                else { return nil }
                path = decoded
                offset = terminator + 1
            } else {
                let length = Int(flags & Self.nameMask)
                guard let terminator = nul(from: pathStart, before: end),
                    length == Self.nameMask ? terminator - pathStart >= length : terminator - pathStart == length,
                    let decoded = decodedPath(UnsafeRawBufferPointer(rebasing: bytes[pathStart..<terminator]))
                else { return nil }
                path = decoded
                // Padding: one to eight NULs, to a multiple of eight bytes.
                offset = start + ((terminator - start + 8) & ~7)
                guard offset <= end else { return nil }
            }
            var id = git_oid()
            withUnsafeMutableBytes(of: &id.id) { target in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: bytes[(start + 40)..<(start + 60)]))
            }
            return Entry(
                path: path, mode: bytes.loadUnaligned(fromByteOffset: start + 24, as: UInt32.self).bigEndian, id: id,
                isIntentToAdd: extendedFlags & UInt16(GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue) != 0)
        }

        /// `path` as a string, or `nil` when libgit2 might refuse it (see
        /// ``kind(of:)``); notes whether it is ASCII.
        private mutating func decodedPath(_ path: UnsafeRawBufferPointer) -> String? {
            guard let kind = GitIndexFile.kind(of: path) else { return nil }
            if kind == .unicode { isASCII = false }
            return String(decoding: path, as: UTF8.self)
        }

        /// Git's offset varint at `position`: its value and where it ends.
        private func varint(at position: Int, before end: Int) -> (Int, Int)? {
            var position = position
            var value = 0
            while position < end {
                let byte = Int(bytes[position])
                position += 1
                value = (value << 7) | (byte & 0x7F)
                guard value <= Self.longestPath else { return nil }
                if byte & 0x80 == 0 { return (value, position) }
                value += 1
            }
            return nil
        }

        /// The position of the first NUL from `position` on, before `end`.
        private func nul(from position: Int, before end: Int) -> Int? {
            guard position < end, let base = bytes.baseAddress,
                let found = memchr(base + position, 0, end - position)
            else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }

        /// Skips the extensions after the entries, which must end exactly at
        /// the checksum; `false` for a mandatory one or a truncated one.
        private mutating func skipExtensions() -> Bool {
            let end = bytes.count - Self.checksumSize
            while offset < end {
                guard end - offset >= 8, (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[offset]) else {
                    return false
                }
                let size = Int(bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self).bigEndian)
                guard size <= end - offset - 8 else { return false }
                offset += 8 + size
            }
            return offset == end
        }
    }
}

extension GitIndexFile {
    /// What bytes a path holds.
    enum PathKind {
        case ascii
        case unicode
    }

    /// What bytes `path` holds, or `nil` when libgit2 might refuse it
    /// from an index: a path with an empty component or one of dots
    /// only (`.`, `..`), a backslash or a colon, or a component that spells `.git` in any
    /// of the ways libgit2 guards against (see ``spellsDotGit(_:)``).
    static func kind(of path: UnsafeRawBufferPointer) -> PathKind? {
        let slash = UInt8(ascii: "/")
        let dot = UInt8(ascii: ".")
        var kind = PathKind.ascii
        var componentStart = 0
        var componentIsDots = true
        var componentIsASCII = true
        for position in 0...path.count {
            let byte = position < path.count ? path[position] : slash
            if byte == slash {
                guard position > componentStart, !componentIsDots else { return nil }
                let first = path[componentStart] | 0x20
                if !componentIsASCII || first == dot || first == UInt8(ascii: "g"),
                    spellsDotGit(UnsafeRawBufferPointer(rebasing: path[componentStart..<position]))
                {
                    return nil
                }
                componentStart = position + 1
                componentIsDots = true
                componentIsASCII = true
                continue
            }
            if byte != dot { componentIsDots = false }
            if byte >= 0x80 {
                kind = .unicode
                componentIsASCII = false
            } else if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ":") {
                return nil
            }
        }
        return kind
    }

    /// Whether a component might name git's own folder to libgit2: with
    /// non-ASCII bytes left out (HFS+ ignores some code points) and
    /// ASCII letters lower-cased, `git~…` (an NTFS short name), or
    /// `.git` followed by nothing but dots and spaces (NTFS drops
    /// them), or `.git…` with any non-ASCII byte.
    static func spellsDotGit(_ component: UnsafeRawBufferPointer) -> Bool {
        let folded = component.lazy.filter { $0 < 0x80 }.map { $0 | 0x20 }
        if folded.starts(with: "git~".utf8) { return true }
        guard folded.starts(with: ".git".utf8) else { return false }
        return folded.dropFirst(4).allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") }
            || component.contains { $0 >= 0x80 }
    }
}
