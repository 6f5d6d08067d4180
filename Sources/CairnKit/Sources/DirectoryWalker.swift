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
    /// Tells the blob ids of files git has hashed and that have not changed since.
    let index: GitIndexStatData?
    private(set) var entries: [SourceEntry] = []
    private var visitedDirectories: Set<String> = []

    init(repositoryRoot: String, backlogPrefix: String, ignore: [GlobPattern], index: GitIndexStatData? = nil) {
        self.repositoryRoot = repositoryRoot
        self.index = index
        rules = BacklogListingRules(backlogPrefix: backlogPrefix, ignore: ignore)
    }

    mutating func walk(absolute: String, relative: String) {
        let real = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard visitedDirectories.insert(real).inserted else { return }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else {
            entries.append(SourceEntry(path: relative, problem: .unreadable(reason: "cannot list the directory")))
            return
        }
        // Entries are looked up by name in the open folder, so that the
        // kernel resolves one path component per file, not the whole path.
        let directory = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if directory >= 0 { close(directory) } }
        for name in names where !BacklogListingRules.isHidden(name) {
            let childAbsolute = absolute + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            guard !rules.isIgnored(childRelative) else { continue }
            visit(absolute: childAbsolute, relative: childRelative, name: name, in: directory)
        }
    }

    /// Visits the entry `name` of the open folder `directory` (or, when the
    /// folder could not be opened, -1, by its absolute path).
    private mutating func visit(absolute: String, relative: String, name: String, in directory: Int32) {
        var info = stat()
        let found =
            directory >= 0 ? fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) : lstat(absolute, &info)
        guard found == 0 else {
            entries.append(SourceEntry(path: relative, problem: .unreadable(reason: String(cString: strerror(errno)))))
            return
        }
        if info.st_mode & S_IFMT == S_IFLNK {
            visitLink(absolute: absolute, relative: relative)
        } else {
            visitEntry(absolute: absolute, relative: relative, info: info, isLinkTarget: false)
        }
    }

    /// A folder is walked, a Markdown file listed, anything else named `.md`
    /// (a pipe, a socket, a device) listed with a problem and never opened.
    /// `info` is the entry's own `lstat`, or its link target's `stat` when
    /// `isLinkTarget`: the index records the link, not what it points to,
    /// so only a file's own stat data can match its index entry.
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
            if BacklogListingRules.isMarkdown(relative) {
                let blobID = isLinkTarget ? nil : index?.blobID(of: relative, ifUnchanged: GitFileStat(info))
                entries.append(SourceEntry(path: relative, size: Int(info.st_size), blobID: blobID))
            }
        default:
            if BacklogListingRules.isMarkdown(relative) { entries.append(Self.special(relative, mode: info.st_mode)) }
        }
    }

    private mutating func visitLink(absolute: String, relative: String) {
        let target = URL(fileURLWithPath: absolute).resolvingSymlinksInPath().path
        guard target.isWithin(repositoryRoot) else {
            if BacklogListingRules.isMarkdown(relative) || isDirectory(target) {
                entries.append(SourceEntry(path: relative, problem: .symlinkOutsideRepository(target: target)))
            }
            return
        }
        var info = stat()
        guard stat(absolute, &info) == 0 else {
            if BacklogListingRules.isMarkdown(relative) {
                entries.append(
                    SourceEntry(path: relative, problem: .unreadable(reason: "the symbolic link is broken or loops")))
            }
            return
        }
        visitEntry(absolute: absolute, relative: relative, info: info, isLinkTarget: true)
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
