/// A clean backlog with an item of every default kind, linked through every
/// link field and a body mention, using every default field type.
enum CompleteBacklog {
    static let files: [String: String] = [
        "backlog/objectives/OBJ-1-grow-checkout.md": """
        ---
        id: OBJ-1
        kind: objective
        title: Grow checkout conversion
        status: in-progress
        owner: product-team
        horizon: now
        ---
        Checkout should be the fastest part of buying from us.

        """,
        "backlog/key-results/KR-1-conversion.md": """
        ---
        id: KR-1
        kind: key-result
        title: Raise checkout conversion from 31% to 40%
        status: in-progress
        parent: OBJ-1
        baseline: 31
        target: 40
        current: 34.5
        unit: percent
        due: 2026-12-31
        ---

        """,
        "backlog/mrds/MRD-1-checkout-market.md": """
        ---
        id: MRD-1
        title: Shoppers abandon long checkouts
        status: ready
        evidence: [FB-1]
        ---
        ## Market problem
        Every extra step loses buyers.

        ## Target market
        Returning customers on phones.

        ## Competition
        Marketplaces with stored cards.

        ## Positioning
        The fastest checkout in the category.

        ## Success metrics
        Conversion, see [[KR-1]].

        """,
        "backlog/prds/PRD-1-one-tap-checkout.md": """
        ---
        id: PRD-1
        title: One-tap checkout
        status: in-review
        parent: MRD-1
        key_results: [KR-1]
        created: 2026-01-10
        updated: 2026-02-01
        ---
        ## Problem
        Checkout takes five screens.

        ## Goals
        One tap for returning customers.

        ## Non-goals
        Guest checkout.

        ## Success metrics
        [[KR-1]] moves by nine points.

        ## Requirements
        Stored cards and Apple Pay; see the [market](../mrds/MRD-1-checkout-market.md).

        """,
        "backlog/releases/REL-1-spring.md": """
        ---
        id: REL-1
        title: Spring release
        status: ready
        date: 2999-04-01
        ---

        """,
        "backlog/feedback/FB-1-too-many-steps.md": """
        ---
        id: FB-1
        title: "Support ticket: too many steps to pay"
        labels: [checkout, mobile]
        created: 2026-01-05
        ---
        > I gave up at the third screen.

        """,
        "backlog/epics/EP-1-one-tap-checkout.md": """
        ---
        id: EP-1
        title: One-tap checkout
        status: in-progress
        priority: must
        parent: OBJ-1
        key_results: [KR-1]
        implements: [PRD-1]
        release: REL-1
        ---
        Delivers [[PRD-1]].

        """,
        "backlog/stories/US-1-pay-with-apple-pay.md": """
        ---
        id: US-1
        kind: story
        title: Pay with Apple Pay at checkout
        status: ready
        priority: must
        owner: alice
        labels: [checkout, payments]
        parent: EP-1
        depends_on: [US-2]
        implements: [PRD-1]
        key_results: [KR-1]
        evidence: [FB-1]
        release: REL-1
        relates_to: [BUG-1]
        estimate: 5
        rank: 1
        rice: {reach: 4000, impact: 2, confidence: 0.8, effort: 3}
        wsjf: {business_value: 8, time_criticality: 5, risk_reduction: 2, job_size: 3}
        ---
        As a returning customer, I want to pay with Apple Pay, so that checkout
        takes seconds. Builds on [[US-2]].

        ## Acceptance criteria
        - [ ] Given a saved Apple Pay card, when I tap Pay, then the order is placed.
        - [x] The Apple Pay button is hidden on unsupported devices.

        """,
        "backlog/stories/US-2-save-cards.md": """
        ---
        id: US-2
        title: Save cards securely
        status: done
        priority: must
        owner: bob
        parent: EP-1
        ---
        ## Acceptance criteria
        Cards are stored by the payment provider, never by us.

        """,
        "backlog/bugs/BUG-1-double-charge.md": """
        ---
        id: BUG-1
        title: Double charge on a slow network
        status: in-progress
        priority: must
        parent: US-1
        ---
        Seen once in [the logs](../../docs/incident.md).

        """,
        "docs/incident.md": "# Incident\n",
    ]

    /// The number of items, one per file under `backlog/`.
    static var itemCount: Int { files.keys.filter { $0.hasPrefix("backlog/") }.count }
}
