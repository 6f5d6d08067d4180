/// A backlog whose every file parses, but that breaks each graph and content
/// rule once (cycles and duplicate ids on every file involved).
enum BrokenBacklog {
    /// Allows epics under epics, so that the hierarchy cycle breaks no
    /// other rule; the misspelt rule id is the invalid-config.
    static let configuration = """
        kinds:
          epic:
            parents: [objective, epic]
        rules:
          dangling-referense: warning

        """

    static let files: [String: String] = [
        "backlog/cairn.yml": configuration,
        "backlog/objectives/OBJ-1-grow.md": "---\nid: OBJ-1\ntitle: Grow checkout\nstatus: in-progress\n---\n",
        // status-inconsistency: done, with the open child US-1.
        "backlog/epics/EP-1-checkout.md": "---\nid: EP-1\ntitle: Checkout\nstatus: done\nparent: OBJ-1\n---\n",
        // hierarchy-cycle
        "backlog/epics/EP-2-loop-a.md": "---\nid: EP-2\ntitle: Loop A\nstatus: draft\nparent: EP-3\n---\n",
        "backlog/epics/EP-3-loop-b.md": "---\nid: EP-3\ntitle: Loop B\nstatus: draft\nparent: EP-2\n---\n",
        // missing-acceptance-criteria (ready, no criteria), priority-inversion (must on could)
        "backlog/stories/US-1-x.md": """
        ---
        id: US-1
        title: Pay
        status: ready
        priority: must
        parent: EP-1
        depends_on: [US-2]
        ---
        As a customer, I want to pay.

        """,
        // unknown-field with a suggestion, broken-link
        "backlog/stories/US-2-cards.md": """
        ---
        id: US-2
        title: Cards
        status: draft
        priority: could
        ownr: bob
        ---
        See the [flow](../designs/flow.md).

        """,
        // invalid-value (unknown status, impossible date), dangling-reference with a did-you-mean
        "backlog/stories/US-3-dates.md":
            "---\nid: US-3\ntitle: Dates\nstatus: doing\ndue: 2024-02-30\nrelates_to: [EP-11]\n---\n",
        // self-reference
        "backlog/stories/US-4-self.md": "---\nid: US-4\ntitle: Self\nstatus: draft\nrelates_to: [US-4]\n---\n",
        // dependency-cycle across three files
        "backlog/stories/US-5-a.md": "---\nid: US-5\ntitle: A\nstatus: draft\ndepends_on: [US-6]\n---\n",
        "backlog/stories/US-6-b.md": "---\nid: US-6\ntitle: B\nstatus: draft\ndepends_on: [US-7]\n---\n",
        "backlog/stories/US-7-c.md": "---\nid: US-7\ntitle: C\nstatus: draft\ndepends_on:\n  - US-5\n---\n",
        // parent-kind: a story under a PRD
        "backlog/stories/US-8-under-prd.md": "---\nid: US-8\ntitle: Under a PRD\nstatus: draft\nparent: PRD-1\n---\n",
        // duplicate-id
        "backlog/stories/US-9-first.md": "---\nid: US-9\ntitle: First\nstatus: draft\n---\n",
        "backlog/stories/US-9-second.md": "---\nid: US-9\ntitle: Second\nstatus: draft\n---\n",
        // id-filename-mismatch
        "backlog/stories/US-10-renamed.md": "---\nid: US-11\ntitle: Renamed\nstatus: draft\n---\n",
        // missing-section: no Non-goals
        "backlog/prds/PRD-1-checkout.md": """
        ---
        id: PRD-1
        title: Checkout
        status: draft
        ---
        ## Problem
        Slow.
        ## Goals
        Fast.
        ## Success metrics
        Conversion.
        ## Requirements
        One tap.

        """,
        // missing-field: no status
        "backlog/bugs/BUG-1-crash.md": "---\nid: BUG-1\ntitle: Crash\n---\n",
    ]

    /// Every diagnostic, as `file:line:column severity rule`, in output order.
    static let places = [
        "backlog/bugs/BUG-1-crash.md:1:1 error missing-field",
        "backlog/cairn.yml:5:3 error invalid-config",
        "backlog/epics/EP-1-checkout.md:4:9 warning status-inconsistency",
        "backlog/epics/EP-2-loop-a.md:5:9 error hierarchy-cycle",
        "backlog/epics/EP-3-loop-b.md:5:9 error hierarchy-cycle",
        "backlog/prds/PRD-1-checkout.md:2:1 error missing-section",
        "backlog/stories/US-1-x.md:4:9 error missing-acceptance-criteria",
        "backlog/stories/US-1-x.md:7:14 warning priority-inversion",
        "backlog/stories/US-10-renamed.md:2:5 error id-filename-mismatch",
        "backlog/stories/US-2-cards.md:6:1 warning unknown-field",
        "backlog/stories/US-2-cards.md:8:9 error broken-link",
        "backlog/stories/US-3-dates.md:4:9 error invalid-value",
        "backlog/stories/US-3-dates.md:5:6 error invalid-value",
        "backlog/stories/US-3-dates.md:6:14 error dangling-reference",
        "backlog/stories/US-4-self.md:5:14 error self-reference",
        "backlog/stories/US-5-a.md:5:14 error dependency-cycle",
        "backlog/stories/US-6-b.md:5:14 error dependency-cycle",
        "backlog/stories/US-7-c.md:6:5 error dependency-cycle",
        "backlog/stories/US-8-under-prd.md:5:9 error parent-kind",
        "backlog/stories/US-9-first.md:2:5 error duplicate-id",
        "backlog/stories/US-9-second.md:2:5 error duplicate-id",
    ]

    /// The number of Markdown files, every one an item.
    static var itemCount: Int { files.keys.filter { $0.hasSuffix(".md") }.count }
}
