/// A check over a loaded backlog with a stable id and its own documentation.
///
/// Each rule lives in one file with its description and examples; one shared
/// test runs every example, and `cairn rules` prints the same text, so the
/// documentation cannot drift from the behaviour.
public protocol Rule: Sendable {
    var description: RuleDescription { get }

    /// Reports every problem the rule finds; never stops at the first one.
    func check(_ context: RuleContext, into sink: inout DiagnosticSink)
}

/// What a rule is, for humans and for the example test.
public struct RuleDescription: Sendable {
    /// Stable kebab-case id, such as `dangling-reference`.
    public var id: String
    /// One line: what the rule finds.
    public var summary: String
    /// The severity used unless `cairn.yml` overrides it.
    public var defaultSeverity: Severity
    /// What the rule's diagnostics depend on.
    public var scope: RuleScope
    /// Why it matters and how to fix it; a few sentences.
    public var rationale: String
    /// Backlogs that trigger the rule; `↓` marks each expected diagnostic.
    public var triggeringExamples: [RuleExample]
    /// Backlogs that must not trigger it.
    public var nonTriggeringExamples: [RuleExample]

    public init(
        id: String, summary: String, defaultSeverity: Severity, scope: RuleScope = .backlog, rationale: String,
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.summary = summary
        self.defaultSeverity = defaultSeverity
        self.rationale = rationale
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
        self.scope = scope
    }
}

/// What a rule's diagnostics depend on, which decides what a check after a
/// few files changed must run again (see ``CheckRunner``).
public enum RuleScope: Sendable, Equatable {
    /// A file's diagnostics depend on that file alone — its path, its
    /// parse, the configuration and whether the paths its links name exist
    /// — and are reported in it: checking a backlog of that one file finds
    /// them all.
    case file
    /// Diagnostics depend on every item, but only on its structure (see
    /// ``Item/structure``: id, kind, keys, links and mentions, parent; not
    /// its status, priority, date, title, body or any other value), and on
    /// nothing else of its file (not its problems).
    ///
    /// An edit of an item's structure that keeps its id and kind must not
    /// change what such a rule reports when the rule reports nothing in
    /// the item's file before the edit, nor after it in a backlog of only
    /// the item and the items its references name, and no link type leads
    /// from the item back to it before or after: a check after such an edit
    /// keeps the rule's diagnostics as they were (see ``RelinkedItems``).
    case backlog
    /// Diagnostics are reported in an item's file and depend only on the
    /// outlines (see ``Item/outline``: the structure plus status, priority
    /// and date) of that item and of the items its `paths` pass through or
    /// end at in the backlog's graph. After an edit of status, priority,
    /// date or links, only items that reach an edited one along a path,
    /// before or after the edit, are checked again.
    ///
    /// A rule that reads more than its scope says fits no scope: checks
    /// after an edit would miss what it finds.
    case links([LinkPath])
}

/// A small backlog that shows a rule at work.
///
/// Paths are relative to the backlog root. In triggering examples, `↓` stands
/// just before the character each diagnostic of the rule points at; the
/// marker is removed before the files are written. A symbolic link has no
/// text to mark: a `↓` at the start of its path expects one diagnostic at
/// line 1, column 1 of the link.
public struct RuleExample: Sendable {
    /// The marker that shows where a diagnostic is expected.
    public static let marker: Character = "↓"

    public var files: [(path: String, content: String)]
    /// The text of `cairn.yml`, if the example needs one.
    public var configuration: String?
    /// Symbolic links to create: `path` relative to the backlog root,
    /// `target` written into the link as is (relative to the link's folder
    /// unless it starts with `/`).
    public var symlinks: [(path: String, target: String)]

    public init(
        files: [(path: String, content: String)], configuration: String? = nil,
        symlinks: [(path: String, target: String)] = []
    ) {
        self.files = files
        self.configuration = configuration
        self.symlinks = symlinks
    }

    /// A one-file example.
    public init(_ path: String, _ content: String, configuration: String? = nil) {
        self.init(files: [(path, content)], configuration: configuration)
    }
}
