import CairnGit
import Foundation

/// Resolves paths inside a git snapshot the way the file system resolves
/// them in a working tree: symbolic links are followed (their targets are
/// blobs of the snapshot), `..` climbs, and a path that leaves the
/// repository is told apart from one that does not exist.
struct SnapshotPathResolver {
    /// Where a path leads.
    enum Resolution: Equatable {
        /// Inside the repository, at `path` with symbolic links resolved;
        /// `node` is `nil` when nothing is there (a dangling link too).
        case inside(path: String, node: GitSnapshot.Node?)
        /// Out of the repository, to `target`: an absolute path when the
        /// repository has a working tree, as the working tree would show it.
        case outside(target: String)
        /// Through more links than the file system follows: a loop.
        case loop
    }

    /// How many links one resolution follows, as Linux's `ELOOP` limit.
    static let maximumLinks = 40

    let snapshot: GitSnapshot
    /// The working tree's root, symlinks resolved, for absolute link targets.
    let root: URL?

    func resolve(_ path: String) throws -> Resolution {
        var pending = Array(path.split(separator: "/", omittingEmptySubsequences: true).reversed())
        var resolved: [Substring] = []
        var links = 0
        while let component = pending.popLast() {
            switch component {
            case ".":
                continue
            case "..":
                guard !resolved.isEmpty else { return .outside(target: outsideTarget(climbing: pending + [component])) }
                resolved.removeLast()
                continue
            default:
                break
            }
            let candidate = (resolved + [component]).joined(separator: "/")
            guard let node = try snapshot.node(at: candidate) else {
                return .inside(path: join(candidate, pending), node: nil)
            }
            guard case .entry(let entry) = node else {
                resolved.append(component)
                continue
            }
            guard entry.mode == .symlink else {
                if pending.isEmpty { return .inside(path: candidate, node: node) }
                return .inside(path: join(candidate, pending), node: nil)
            }
            links += 1
            guard links <= Self.maximumLinks else { return .loop }
            let target = String(decoding: try snapshot.contents(of: entry), as: UTF8.self)
            if target.hasPrefix("/") {
                guard let relative = relativeToRoot(target) else {
                    return .outside(target: displayed(URL(fileURLWithPath: target), then: pending))
                }
                resolved = []
                pending.append(contentsOf: relative.split(separator: "/").reversed())
            } else {
                pending.append(contentsOf: target.split(separator: "/").reversed())
            }
        }
        let path = resolved.joined(separator: "/")
        return .inside(path: path, node: .directory(path: path))
    }

    /// Whether a target outside the repository exists, so that the link is
    /// not dangling. The working tree source sees a link to nothing as
    /// broken wherever it points, and so must a snapshot, on the same
    /// machine; without a working tree there is nothing to look at and the
    /// link counts as leading out.
    func leadsSomewhere(_ target: String) -> Bool {
        root == nil || FileManager.default.fileExists(atPath: target)
    }

    /// The absolute path a climb above the root reaches, or without a
    /// working tree the climb itself (`../notes/US-1.md`).
    private func outsideTarget(climbing pending: [Substring]) -> String {
        let climb = pending.reversed().joined(separator: "/")
        guard let root else { return climb }
        return displayed(root.appendingPathComponent(climb), then: [])
    }

    /// `base` with the components still pending appended, normalised and
    /// with symbolic links on the way resolved, as the working tree source
    /// reports targets outside the repository.
    private func displayed(_ base: URL, then pending: [Substring]) -> String {
        let rest = pending.reversed().joined(separator: "/")
        let url = rest.isEmpty ? base : base.appendingPathComponent(rest)
        return url.standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// An absolute link target inside the working tree, relative to its root.
    private func relativeToRoot(_ target: String) -> String? {
        guard let root else { return nil }
        let components = URL(fileURLWithPath: target).standardizedFileURL.pathComponents
        let rootComponents = root.pathComponents
        guard components.starts(with: rootComponents) else { return nil }
        return components.dropFirst(rootComponents.count).joined(separator: "/")
    }

    private func join(_ path: String, _ pending: [Substring]) -> String {
        ([Substring(path)] + pending.reversed()).joined(separator: "/")
    }
}
