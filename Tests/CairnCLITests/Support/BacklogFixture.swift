import CairnCLI
import Foundation

/// Small backlogs written to temporary directories, and a way to run
/// `cairn` in them in-process.
enum BacklogFixture {
    /// A backlog no rule objects to: an objective, an epic and two stories.
    static let clean: [String: String] = [
        "backlog/objectives/OBJ-1-grow-checkout.md": """
        ---
        id: OBJ-1
        title: Grow checkout conversion
        status: in-progress
        ---
        """,
        "backlog/epics/EP-3-one-tap-checkout.md": """
        ---
        id: EP-3
        title: One-tap checkout
        status: in-progress
        parent: OBJ-1
        ---
        """,
        "backlog/stories/US-1-apple-pay.md": """
        ---
        id: US-1
        title: Pay with Apple Pay
        status: draft
        priority: must
        owner: alice
        labels: [checkout, payments]
        parent: EP-3
        depends_on: [US-2]
        ---
        As a returning customer, I want to pay with Apple Pay.

        """,
        "backlog/stories/US-2-save-cards.md": """
        ---
        id: US-2
        title: Save cards, securely
        status: done
        priority: should
        owner: bob
        labels: [payments]
        parent: EP-3
        ---
        ## Acceptance criteria
        - [x] Cards are saved.

        """,
    ]

    /// A story whose `depends_on` names a missing item, at line 5, column 14.
    static let danglingPath = "backlog/stories/US-5-broken.md"
    static let dangling = "---\nid: US-5\ntitle: Broken\nstatus: draft\ndepends_on: [US-21]\n---\n"

    /// The clean backlog written to a new temporary directory, plus `extra` files.
    static func write(_ extra: [String: String] = [:], base: [String: String] = clean) throws -> TemporaryDirectory {
        let directory = try TemporaryDirectory()
        for (path, content) in base.merging(extra, uniquingKeysWith: { $1 }) {
            try directory.write(path, content)
        }
        return directory
    }
}

/// What one in-process run of `cairn` returned.
struct RunResult: Equatable {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// Runs `cairn arguments…` in-process in `directory` (or a subdirectory of it).
func cairn(
    _ arguments: String..., in directory: TemporaryDirectory, subdirectory: String? = nil,
    environment: [String: String] = [:], isTerminal: Bool = false, columns: Int? = nil
) -> RunResult {
    cairn(
        arguments, in: directory, subdirectory: subdirectory, environment: environment, isTerminal: isTerminal,
        columns: columns)
}

/// Runs `cairn` with an argument list in-process in `directory` (or a subdirectory of it).
func cairn(
    _ arguments: [String], in directory: TemporaryDirectory, subdirectory: String? = nil,
    environment: [String: String] = [:], isTerminal: Bool = false, columns: Int? = nil
) -> RunResult {
    let url = subdirectory.map { directory.url.appendingPathComponent($0) } ?? directory.url
    let result = CairnCommand.run(
        arguments, in: url, environment: environment, isTerminal: isTerminal, columns: columns)
    return RunResult(status: result.status, stdout: result.stdout, stderr: result.stderr)
}
