import Foundation

/// `broken-link`: a relative Markdown link or image to a file that does not exist.
public struct BrokenLinkRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "broken-link",
        summary: "A relative Markdown link or image points to a file that does not exist.",
        defaultSeverity: .error,
        scope: .file,
        rationale: """
            Specs link to designs, research and each other. A relative link is resolved the way \
            GitHub resolves it: from the folder of the item's file, or from the repository root \
            when it starts with `/`; a `#fragment` or `?query` is ignored and %-escapes are \
            decoded. The link is broken when no file or folder exists there — usually after a \
            file was moved or renamed — or when it climbs out of the repository. Links with a \
            scheme (`https:`, `mailto:`) and links within the page (`#section`) are not checked.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        """
                        ---
                        id: US-1
                        title: A
                        status: draft
                        ---
                        See ↓[the research](../research/interviews.md) and ↓![the flow](flow.png).
                        Voilà ↓[B](US-2-b.md#notes), ↓[root](/docs/missing.md?plain=1) and ↓[outside](../../../../etc/hosts).

                        """
                    ),
                    ("stories/US-2-c.md", "---\nid: US-2\ntitle: C\nstatus: draft\n---\n"),
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    (
                        "stories/US-1-a.md",
                        """
                        ---
                        id: US-1
                        title: A
                        status: draft
                        ---
                        See [B](US-2-b.md#acceptance-criteria), [B again](./US%2D2-b.md?plain=1), [the folder](../stories/),
                        [from the root](/backlog/stories/US-2-b.md), [the web](https://example.com/x.md),
                        [mail](mailto:pm@example.com), [a section](#notes), <https://example.com> and `[code](nowhere.md)`.

                        """
                    ),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\n---\n"),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        var existence: [String: Bool] = [:]
        for item in context.graph.items {
            let folder = FileNameID.folder(of: item.path)
            for link in item.body.links {
                guard let target = Self.relativeTarget(of: link.destination) else { continue }
                let what = link.isImage ? "shows the image" : "links to"
                let position = SourcePosition(line: link.position.line, column: link.position.column)
                guard let resolved = Self.resolve(target, from: String(folder)) else {
                    sink.report(
                        "\(item.id) \(what) \(link.destination), which points outside the repository", in: item.path,
                        at: position, hint: "link to a file inside the repository, or use a full https: URL")
                    continue
                }
                let exists = existence[resolved] ?? (resolved.isEmpty || context.backlog.source.exists(resolved))
                existence[resolved] = exists
                guard !exists else { continue }
                sink.report(
                    "\(item.id) \(what) \(link.destination), but \(resolved) does not exist", in: item.path,
                    at: position,
                    hint: target.hasPrefix("/") || folder.isEmpty
                        ? "fix the path; it is resolved from the repository root"
                        : "fix the path; it is resolved from \(folder) (a leading / starts at the repository root)")
            }
        }
    }

    /// The path part of a relative link, percent-decoded, or `nil` for links
    /// that are not checked: empty, within the page, or with a URL scheme.
    static func relativeTarget(of destination: String) -> String? {
        guard !destination.isEmpty, !destination.hasPrefix("#"), !destination.hasPrefix("//"), !hasScheme(destination)
        else { return nil }
        let path = destination.prefix { $0 != "#" && $0 != "?" }
        guard !path.isEmpty else { return nil }
        return path.removingPercentEncoding ?? String(path)
    }

    /// Whether `destination` starts with a URL scheme such as `https:`.
    private static func hasScheme(_ destination: String) -> Bool {
        guard let colon = destination.firstIndex(of: ":") else { return false }
        let scheme = destination[..<colon]
        guard let first = scheme.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else {
            return false
        }
        return scheme.unicodeScalars.allSatisfy {
            $0.isASCII
                && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "+" || $0 == "-" || $0 == ".")
        }
    }

    /// `path` resolved against `folder` (relative to the repository root;
    /// a leading `/` starts at the root), normalised; `nil` when it climbs
    /// above the root.
    static func resolve(_ path: String, from folder: String) -> String? {
        var segments: [Substring] = path.hasPrefix("/") ? [] : folder.split(separator: "/")
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                guard segments.popLast() != nil else { return nil }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
