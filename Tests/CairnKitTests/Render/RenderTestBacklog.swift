import CairnKit

/// A small backlog held in memory for the renderer tests: an objective, an
/// epic, two stories with links and mentions, and one dropped story.
enum RenderTestBacklog {
    static let files: [String: String] = [
        "backlog/objectives/OBJ-1-grow.md": """
        ---
        id: OBJ-1
        title: Grow checkout conversion
        status: in-progress
        ---
        """,
        "backlog/epics/EP-3-one-tap.md": """
        ---
        id: EP-3
        title: One-tap "checkout"
        status: in-progress
        parent: OBJ-1
        ---
        """,
        "backlog/stories/US-1-pay.md": """
        ---
        id: US-1
        title: Pay with Apple Pay, fast
        status: draft
        priority: must
        owner: alice
        labels: [checkout, payments]
        parent: EP-3
        depends_on: [US-2, US-21]
        estimate: 5
        rice: {reach: 4000, impact: 2, confidence: 0.8, effort: 3}
        jira: PAY-12
        ---

        As a returning customer, I want to pay with Apple Pay.
        See [[US-2]].

        """,
        "backlog/stories/US-2-cards.md": """
        ---
        id: US-2
        title: Save cards
        status: done
        priority: should
        owner: bob
        parent: EP-3
        ---
        ## Acceptance criteria
        - [x] Cards are saved.
        """,
        "backlog/stories/US-4-crypto.md": """
        ---
        id: US-4
        title: Pay with crypto
        status: dropped
        ---
        """,
    ]

    static func load() throws -> Backlog {
        try BacklogLoader().load(from: MemorySource(files: files))
    }

    /// A ``BacklogSource`` over a dictionary of path → text.
    struct MemorySource: BacklogSource {
        let files: [String: String]

        func markdownFiles(under directory: String, ignoring ignore: [GlobPattern]) throws -> [SourceEntry] {
            files.keys.filter { $0.hasPrefix(directory + "/") && $0.hasSuffix(".md") }.sorted()
                .map { SourceEntry(path: $0, size: files[$0]?.utf8.count) }
        }

        func contents(of path: String) throws -> [UInt8]? {
            files[path].map { Array($0.utf8) }
        }

        func exists(_ path: String) -> Bool {
            files[path] != nil
        }
    }
}
