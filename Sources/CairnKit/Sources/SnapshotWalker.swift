import CairnGit
import Foundation

/// Walks a folder of a git snapshot, collecting Markdown files exactly as
/// ``DirectoryWalker`` does in the working tree: hidden entries skipped,
/// ignore globs applied on the way, symbolic links followed only inside the
/// repository, a folder reached twice walked once. Submodules are commits of
/// other repositories, not files, and are passed over.
struct SnapshotWalker {
    let resolver: SnapshotPathResolver
    /// Which entries the listing holds.
    let rules: BacklogListingRules
    private(set) var entries: [SourceEntry] = []
    private var visitedDirectories: Set<String> = []

    init(resolver: SnapshotPathResolver, backlogPrefix: String, ignore: [GlobPattern]) {
        self.resolver = resolver
        rules = BacklogListingRules(backlogPrefix: backlogPrefix, ignore: ignore)
    }

    /// Walks the folder at `real` (links resolved), listing what it holds
    /// under `relative` (the path as reached, through any links).
    mutating func walk(real: String, relative: String) {
        guard visitedDirectories.insert(real).inserted else { return }
        let children: [GitSnapshot.Node]
        do {
            children = try resolver.snapshot.children(of: real) ?? []
        } catch {
            entries.append(
                SourceEntry(path: relative, problem: .unreadable(reason: "cannot list the directory: \(error)")))
            return
        }
        // Without a link on the way, a child's path as reached is its own.
        let reachedAsStored = relative == real
        // Room for the folder's files at once, growing geometrically as
        // appending would, so that many small folders stay linear.
        if entries.capacity < entries.count + children.count {
            entries.reserveCapacity(max(entries.count + children.count, 2 * entries.capacity))
        }
        for child in children {
            let name = child.name
            guard !BacklogListingRules.isHidden(name) else { continue }
            let childRelative = reachedAsStored ? child.path : relative.isEmpty ? String(name) : relative + "/" + name
            guard !rules.isIgnored(childRelative) else { continue }
            visit(child, relative: childRelative)
        }
    }

    private mutating func visit(_ node: GitSnapshot.Node, relative: String) {
        switch node {
        case .directory(let path):
            walk(real: path, relative: relative)
        case .entry(let entry):
            switch entry.mode {
            case .regular, .executable:
                if BacklogListingRules.isMarkdown(relative) {
                    entries.append(SourceEntry(path: relative, blobID: entry.id))
                }
            case .symlink:
                visitLink(entry, relative: relative)
            case .submodule:
                break
            }
        }
    }

    private mutating func visitLink(_ link: GitSnapshot.Entry, relative: String) {
        let resolution: SnapshotPathResolver.Resolution
        do {
            resolution = try resolver.resolve(link.path)
        } catch {
            if BacklogListingRules.isMarkdown(relative) {
                entries.append(SourceEntry(path: relative, problem: .unreadable(reason: "\(error)")))
            }
            return
        }
        switch resolution {
        case .outside(let target) where resolver.leadsSomewhere(target):
            if BacklogListingRules.isMarkdown(relative) || isDirectoryOutside(target) {
                entries.append(SourceEntry(path: relative, problem: .symlinkOutsideRepository(target: target)))
            }
        case .outside, .loop, .inside(_, nil):
            if BacklogListingRules.isMarkdown(relative) {
                entries.append(
                    SourceEntry(path: relative, problem: .unreadable(reason: "the symbolic link is broken or loops")))
            }
        case .inside(_, let target?):
            visit(target, relative: relative)
        }
    }

    /// Whether a link's target outside the repository is a folder on this
    /// machine; the working tree source reports links to folders outside
    /// whatever their name, and so does this walker.
    private func isDirectoryOutside(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return path.hasPrefix("/") && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

}
