import CairnGit
import Foundation

/// Walks a directory tree with `lstat`, collecting Markdown files.
///
/// Hidden entries (`.git`, editor swap folders) are skipped; a symlink is
/// followed only if its target resolves inside the repository, and a
/// directory reached twice through links is walked once.
struct DirectoryWalker {
    let repositoryRoot: String
    /// Which entries the listing holds.
    let rules: BacklogListingRules
    /// The entries found, in path order unless ``isInPathOrder`` says not.
    private(set) var entries: [SourceEntry] = []
    /// Whether ``entries`` are in path order: they are (see
    /// ``pathOrder(_:_:in:)``) unless a folder that cannot be entered
    /// (unreadable, or a link leaving the repository) is listed by its own
    /// path where its entries would have been.
    private(set) var isInPathOrder = true
    /// Each entry's own `lstat` data: `nil` for a file reached through a
    /// symbolic link (git records the link, not its target) and for an
    /// entry with a problem.
    private(set) var stats: [GitFileStat?] = []
    private var visitedDirectories: Set<String> = []

    init(repositoryRoot: String, backlogPrefix: String, ignore: [GlobPattern]) {
        self.repositoryRoot = repositoryRoot
        rules = BacklogListingRules(backlogPrefix: backlogPrefix, ignore: ignore)
    }

    mutating func walk(absolute: String, relative: String) {
        let real = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard visitedDirectories.insert(real).inserted else { return }
        guard let directory = opendir(absolute) else {
            appendFolder(SourceEntry(path: relative, problem: .unreadable(reason: "cannot list the directory")))
            return
        }
        defer { closedir(directory) }
        let children = Self.names(in: directory).compactMap { name -> Child? in
            guard !BacklogListingRules.isHidden(name) else { return nil }
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            return rules.isIgnored(childRelative) ? nil : Child(name: name, relative: childRelative)
        }
        // Entries are looked up by name in the open folder, so that the
        // kernel resolves one path component per file, not the whole path,
        // and on all cores: in a folder of thousands of items these lookups
        // are most of a check whose result is stored.
        let descriptor = dirfd(directory)
        let statuses = ParallelMap.map(children, chunkSize: 256) { child -> (info: stat, error: Int32) in
            var info = stat()
            let error = fstatat(descriptor, child.name, &info, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : errno
            return (info, error)
        }
        for position in Self.pathOrder(children, statuses, in: descriptor) {
            let child = children[position]
            let (info, error) = statuses[position]
            guard error == 0 else {
                append(
                    SourceEntry(path: child.relative, problem: .unreadable(reason: String(cString: strerror(error)))))
                continue
            }
            switch info.st_mode & S_IFMT {
            case S_IFLNK: visitLink(absolute: absolute + "/" + child.name, relative: child.relative)
            case S_IFREG: visitFile(relative: child.relative, info: info, isLinkTarget: false)
            default:
                visitEntry(
                    absolute: absolute + "/" + child.name, relative: child.relative, info: info, isLinkTarget: false)
            }
        }
    }

    /// The positions of `children` in the order their paths sort in a
    /// listing: by name, a folder's name (or a link's to one) followed by
    /// the `/` that precedes its entries' names in their paths. Walking
    /// folders in this order lists every path in sorted order — but the
    /// path of a folder listed with a problem instead of its entries — so
    /// the listing needs no sort of whole paths, which at 100,000 files
    /// costs more than the walk.
    private static func pathOrder(
        _ children: [Child], _ statuses: [(info: stat, error: Int32)], in descriptor: Int32
    ) -> [Int] {
        var keyed = children.indices.map { position -> (key: SortKey, position: Int) in
            let name = children[position].name
            var info = statuses[position].info
            let mode = info.st_mode & S_IFMT
            let isFolder =
                mode == S_IFDIR
                || (mode == S_IFLNK && fstatat(descriptor, name, &info, 0) == 0 && info.st_mode & S_IFMT == S_IFDIR)
            return (SortKey(isFolder ? name + "/" : name), position)
        }
        keyed.sort { $0.key < $1.key }
        return keyed.map(\.position)
    }

    /// A name that sorts as strings sort, faster: an ASCII name's first
    /// eight bytes are kept as one big-endian integer, and two ASCII names
    /// whose integers differ are ordered by them, as their bytes — and so
    /// their strings — are. Sorting a folder of 10,000 story names as
    /// strings took ~3.7 % of a stored check's samples at 10,000 items;
    /// this sort takes ~1.2 %.
    private struct SortKey: Comparable {
        let name: String
        let prefix: UInt64
        let isASCII: Bool

        init(_ name: String) {
            self.name = name
            var prefix: UInt64 = 0
            var count = 0
            var isASCII = true
            for byte in name.utf8 {
                isASCII = isASCII && byte < 0x80
                if count < 8 {
                    prefix = prefix << 8 | UInt64(byte)
                    count += 1
                }
            }
            self.prefix = count == 0 ? 0 : prefix << (8 * UInt64(8 - count))
            self.isASCII = isASCII
        }

        static func < (left: SortKey, right: SortKey) -> Bool {
            if left.isASCII, right.isASCII, left.prefix != right.prefix { return left.prefix < right.prefix }
            return left.name < right.name
        }

        static func == (left: SortKey, right: SortKey) -> Bool { left.name == right.name }
    }

    /// An entry of a folder being walked: its name and its path relative to
    /// the repository root.
    private struct Child: Sendable {
        var name: String
        var relative: String
    }

    /// The names in an open folder, without `.` and `..`.
    private static func names(in directory: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: tuple.pointee)) {
                    String(cString: $0)
                }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// A folder is walked, a Markdown file listed, anything else named `.md`
    /// (a pipe, a socket, a device) listed with a problem and never opened.
    /// `info` is the entry's own `lstat`, or its link target's `stat` when
    /// `isLinkTarget`: git records the link, not what it points to, so
    /// only a file's own stat data can tell its blob id.
    private mutating func visitEntry(absolute: String, relative: String, info: stat, isLinkTarget: Bool) {
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            // A folder with its own `.git` is another repository — a
            // submodule's checkout or a nested clone — which git records as
            // a commit, not files; snapshots list nothing there, and neither
            // does the working tree.
            guard access(absolute + "/.git", F_OK) != 0 else { return }
            walk(absolute: absolute, relative: relative)
        case S_IFREG:
            visitFile(relative: relative, info: info, isLinkTarget: isLinkTarget)
        default:
            if BacklogListingRules.isMarkdown(relative) { append(Self.special(relative, mode: info.st_mode)) }
        }
    }

    /// A regular file is listed when it is named like Markdown. A file is
    /// the common entry, so its absolute path is never built.
    private mutating func visitFile(relative: String, info: stat, isLinkTarget: Bool) {
        guard BacklogListingRules.isMarkdown(relative) else { return }
        entries.append(SourceEntry(path: relative, size: Int(info.st_size)))
        stats.append(isLinkTarget ? nil : GitFileStat(info))
    }

    private mutating func visitLink(absolute: String, relative: String) {
        let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard target.isWithin(repositoryRoot) else {
            let entry = SourceEntry(path: relative, problem: .symlinkOutsideRepository(target: target))
            if isDirectory(target) {
                appendFolder(entry)
            } else if BacklogListingRules.isMarkdown(relative) {
                append(entry)
            }
            return
        }
        var info = stat()
        guard stat(absolute, &info) == 0 else {
            if BacklogListingRules.isMarkdown(relative) {
                append(
                    SourceEntry(path: relative, problem: .unreadable(reason: "the symbolic link is broken or loops")))
            }
            return
        }
        visitEntry(absolute: absolute, relative: relative, info: info, isLinkTarget: true)
    }

    /// Lists an entry without stat data.
    private mutating func append(_ entry: SourceEntry) {
        entries.append(entry)
        stats.append(nil)
    }

    /// Lists a folder that is not walked by its own path, which sorts
    /// before the paths of its entries would have.
    private mutating func appendFolder(_ entry: SourceEntry) {
        append(entry)
        isInPathOrder = false
    }

    /// A named pipe, socket or device named like Markdown: reported, never
    /// opened, since reading a pipe blocks until someone writes to it.
    private static func special(_ relative: String, mode: mode_t) -> SourceEntry {
        let what: String
        switch mode & S_IFMT {
        case S_IFIFO: what = "a named pipe, not a regular file"
        case S_IFSOCK: what = "a socket, not a regular file"
        case S_IFCHR, S_IFBLK: what = "a device, not a regular file"
        default: what = "not a regular file"
        }
        return SourceEntry(path: relative, problem: .unreadable(reason: "it is \(what)"))
    }

    private func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

}

extension GitFileStat {
    /// The fields of `lstat`'s answer that git's index records.
    fileprivate init(_ info: stat) {
        self.init(
            modifiedSeconds: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec),
            changedSeconds: Int64(info.st_ctim.tv_sec), changedNanoseconds: Int64(info.st_ctim.tv_nsec),
            inode: UInt64(info.st_ino), size: Int64(info.st_size), mode: UInt32(info.st_mode),
            userID: UInt32(info.st_uid), groupID: UInt32(info.st_gid))
    }
}
