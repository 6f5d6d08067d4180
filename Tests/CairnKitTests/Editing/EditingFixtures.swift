import CairnKit
import Testing

/// Item files written by hand in odd styles, for the editor's tests.
enum EditingFixtures {
    /// `text` with every line feed turned into CR LF.
    static func crlf(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar == "\n" { result.unicodeScalars.append("\r") }
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// `text` behind a UTF-8 byte order mark.
    static func withByteOrderMark(_ text: String) -> String { "\u{FEFF}" + text }

    /// Comments everywhere, quoted keys and values, flow and block lists
    /// with odd spacing, blank lines, a block scalar, a nested mapping, an
    /// unknown key, `...` as the closing fence and tabs in the body.
    static let commented = """
        ---
        # Leading comment
        id: US-12   # the id
        "kind": story
        title: 'Pay with Apple Pay: fast'   # quoted, with a colon

        status: draft  # until review
        labels: [ checkout , "payments" ]
        depends_on:
            # blockers first
            -   US-9    # the API
            -   "US-10"
        custom_thing: {a: 1, b: [x, y]}
        description: |
          Multi-line
            indented

        rice:
          reach: 4000   # people
          impact: 2
        ...
        Body with\ttabs and [[US-9]].
        \tIndented after a tab.

        """

    /// A byte order mark's worth of trouble without the mark: multi-line
    /// flow lists with a trailing comma, block scalars beside every key,
    /// a folded scalar last.
    static let blocky = """
        ---
        id: EP-3
        summary: >
          Folded text
          over lines
        implements: [
          PRD-1,
          PRD-2,
        ]
        notes: |-
          kept as is
        relates_to: US-1
        owner:
        estimate: 5
        closing: >-
          the end
        ---

        # Epic

        - [ ] a task with [[PRD-1]]

        """

    /// Keys indented by nothing, values on the next line, an explicit
    /// empty value with a comment, unknown nested block mappings and a list
    /// of mappings.
    static let unusual = """
        ---
        id: US-3
        title:
          A title on its own line
        owner:   # nobody yet
        x-team:
          name: core
          members:
          - ann
          - bob
        evidence:
        - FB-1
        - FB-2
        checklist:
          - step: one
            done: true
        due: 2026-03-31
        ---
        Body.
        """

    /// Tabs after colons, keys quoted both ways, a plain scalar over two
    /// lines, nested flow collections, lists of lists, a list without
    /// spaces.
    static let spaced = """
        ---
        id:    US-44
        status:	draft
        "quoted key": 'value'
        'single key': "dq"
        empty_list: []
        nested_flow: {a: [1, 2], b: {c: d}}
        long_plain: this plain scalar
          continues on the next line
        list_of_lists:
          - [a, b]
          - - c
            - d
        depends_on: [US-1,US-2]
        ---
        """

    /// The smallest item.
    static let minimal = """
        ---
        id: US-1
        ---

        """
}

extension String {
    /// The text with its one occurrence of `old` replaced by `new`; a test
    /// fixture's expected text, spelled as the change it makes.
    func replacingOnce(_ old: String, with new: String) -> String {
        if ranges(of: old).count != 1 { Issue.record("\(old) must occur exactly once in the fixture") }
        return replacing(old, with: new, maxReplacements: 1)
    }
}
