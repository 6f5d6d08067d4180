import Foundation
import Testing

/// `cairn diff` end to end: the built binary against real histories made
/// with git — branches, merges, moved, renamed and deleted files, ids taken
/// on two branches — asserting the whole JSON report.
@Suite("cairn diff: real histories")
struct DiffCommandTests {
    static let checkout = """
        ---
        id: US-1
        title: Checkout
        status: ready
        priority: must
        owner: alice
        estimate: 3
        depends_on: [US-2]
        ---

        As a shopper, I want to pay.

        ## Acceptance criteria
        - [ ] Pay by card
        - [ ] Pay by cash

        ## Notes
        Old notes.

        """

    static let base: [String: String] = [
        "backlog/stories/US-1-checkout.md": checkout,
        "backlog/stories/US-2-cart.md": "---\nid: US-2\ntitle: Cart\nstatus: done\npriority: should\n---\n",
        "backlog/stories/US-3-wishlist.md": "---\nid: US-3\ntitle: Wishlist\nstatus: draft\npriority: could\n---\n",
        "backlog/stories/US-4-search.md":
            "---\nid: US-4\ntitle: Search\nstatus: draft\npriority: should\n---\n\nFind things.\n",
        "backlog/stories/US-5-profile.md": "---\nid: US-5\ntitle: Profile\nstatus: draft\npriority: should\n---\n",
        "backlog/stories/US-6-orders.md":
            "---\nid: US-6\ntitle: Orders\nstatus: draft\npriority: should\ndepends_on: [US-99]\n---\n",
    ]

    /// The branch `feature`: every kind of change a reviewer should hear of.
    static func featureBranch() throws -> DiffHistory {
        let history = try DiffHistory(base)
        try history.git("checkout", "--quiet", "-b", "feature")
        let changed = checkout.replacingOccurrences(of: "status: ready", with: "status: in-progress")
            .replacingOccurrences(of: "priority: must", with: "priority: should")
            .replacingOccurrences(of: "owner: alice", with: "owner: bob")
            .replacingOccurrences(
                of: "estimate: 3", with: "estimate: 5\nrice: {reach: 100, impact: 2, confidence: 0.5, effort: 4}"
            )
            .replacingOccurrences(of: "depends_on: [US-2]", with: "depends_on: [US-2, US-7]")
            .replacingOccurrences(
                of: "- [ ] Pay by card\n- [ ] Pay by cash", with: "- [x] Pay by card\n- [ ] Pay by voucher"
            )
            .replacingOccurrences(of: "Old notes.", with: "New notes.\n\n## Risks\nCard fees.")
        try history.commit(
            [
                "backlog/stories/US-1-checkout.md": changed,
                "backlog/stories/US-7-vouchers.md": """
                ---
                id: US-7
                title: Vouchers
                status: draft
                priority: could
                depends_on: [US-98]
                ---

                """,
                "backlog/stories/US-3-wishlist.md": "",
                "backlog/stories/US-6-orders.md":
                    "---\nid: US-6\ntitle: Orders\nstatus: draft\npriority: should\ndepends_on: [US-2]\n---\n",
            ], "change the backlog")
        try history.directory.makeDirectory("backlog/account")
        try history.git("mv", "backlog/stories/US-5-profile.md", "backlog/account/US-5-profile.md")
        try history.git("mv", "backlog/stories/US-4-search.md", "backlog/stories/US-40-search.md")
        try history.commit(
            [
                "backlog/stories/US-40-search.md":
                    "---\nid: US-40\ntitle: Search\nstatus: draft\npriority: should\n---\n\nFind things.\n"
            ],
            "move profile, renumber search")
        return history
    }

    static let featureChanges = """
        "added": [{"id": "US-7", "kind": "story", "title": "Vouchers", "status": "draft",
                   "path": "backlog/stories/US-7-vouchers.md"}],
        "removed": [{"id": "US-3", "kind": "story", "title": "Wishlist", "status": "draft",
                     "path": "backlog/stories/US-3-wishlist.md"}],
        "broken": [],
        "renamed": [
          {"id": "US-5", "fromID": "US-5", "from": "backlog/stories/US-5-profile.md",
           "to": "backlog/account/US-5-profile.md"},
          {"id": "US-40", "fromID": "US-4", "from": "backlog/stories/US-4-search.md",
           "to": "backlog/stories/US-40-search.md"}
        ],
        "changed": [
          {"id": "US-1", "field": "status", "from": "ready", "to": "in-progress"},
          {"id": "US-1", "field": "priority", "from": "must", "to": "should"},
          {"id": "US-1", "field": "owner", "from": "alice", "to": "bob"},
          {"id": "US-1", "field": "estimate", "from": 3, "to": 5},
          {"id": "US-1", "field": "rice", "from": null,
           "to": {"reach": 100, "impact": 2, "confidence": 0.5, "effort": 4}},
          {"id": "US-1", "field": "depends_on", "from": ["US-2"], "to": ["US-2", "US-7"]},
          {"id": "US-6", "field": "depends_on", "from": ["US-99"], "to": ["US-2"]}
        ],
        "body": [
          {"id": "US-1", "change": "section-changed", "section": "Notes", "text": null},
          {"id": "US-1", "change": "section-added", "section": "Risks", "text": null},
          {"id": "US-1", "change": "criterion-checked", "section": "Acceptance criteria", "text": "Pay by card"},
          {"id": "US-1", "change": "criterion-removed", "section": "Acceptance criteria", "text": "Pay by cash"},
          {"id": "US-1", "change": "criterion-added", "section": "Acceptance criteria", "text": "Pay by voucher"}
        ],
        "links": [
          {"id": "US-1", "type": "depends_on", "target": "US-7", "change": "added"},
          {"id": "US-6", "type": "depends_on", "target": "US-2", "change": "added"},
          {"id": "US-6", "type": "depends_on", "target": "US-99", "change": "removed"},
          {"id": "US-7", "type": "depends_on", "target": "US-98", "change": "added"}
        ],
        "introduced": [
          {"file": "backlog/stories/US-7-vouchers.md", "line": 6, "column": 14, "severity": "error",
           "rule": "dangling-reference", "message": "US-7 depends_on names US-98, which is not an item of the backlog",
           "notes": []}
        ],
        "resolved": [
          {"file": "backlog/stories/US-6-orders.md", "line": 6, "column": 14, "severity": "error",
           "rule": "dangling-reference", "message": "US-6 depends_on names US-99, which is not an item of the backlog",
           "notes": []}
        ]
        """

    @Test("BASE..HEAD: fields, links, body, moves, renames, deletions and diagnostics, exactly")
    func twoDots() throws {
        let history = try Self.featureBranch()
        let report = try history.diffJSON(["main..feature"])
        try expectJSON(
            report,
            equals: """
                {"schemaVersion": 1,
                 "base": {"name": "main", "commit": "\(try history.commitID("main"))"},
                 "head": {"name": "feature", "commit": "\(try history.commitID("feature"))"},
                 "mergeBase": "\(try history.commitID("main"))",
                 \(Self.featureChanges),
                 "conflicts": [],
                 "summary": {"added": 1, "removed": 1, "broken": 0, "renamed": 2, "changed": 2, "linksAdded": 3,
                             "linksRemoved": 1, "errorsIntroduced": 1, "introduced": 1, "resolved": 1,
                             "conflicts": 0}}
                """)
    }
}
