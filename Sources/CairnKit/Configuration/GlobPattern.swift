/// A path glob such as `drafts/**` or `**/README.md`.
///
/// `*` matches within one path segment, `**` matches any number of whole
/// segments, `?` matches one character. Written here because Foundation's
/// `fnmatch` has no `**` and no package on the mirror offers path globs.
public struct GlobPattern: Hashable, Sendable, CustomStringConvertible {
    public let description: String
    private let segments: [Substring]

    public init(_ pattern: String) {
        description = pattern
        segments = pattern.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// Whether the `/`-separated relative `path` matches.
    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        return GlobPattern.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            var remaining = path
            while true {
                if match(rest, remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        }
        guard let segment = path.first,
            matchSegment(Array(head)[...], Array(segment)[...])
        else {
            return false
        }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches by characters, so that `?` takes all of `é` in `é.md` rather
    /// than one of its UTF-8 bytes, and `é` matches however it is composed.
    private static func matchSegment(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
        guard let head = pattern.first else { return text.isEmpty }
        switch head {
        case "*":
            var remaining = text
            while true {
                if matchSegment(pattern.dropFirst(), remaining) { return true }
                guard !remaining.isEmpty else { return false }
                remaining = remaining.dropFirst()
            }
        case "?":
            return !text.isEmpty && matchSegment(pattern.dropFirst(), text.dropFirst())
        default:
            return text.first == head && matchSegment(pattern.dropFirst(), text.dropFirst())
        }
    }
}
