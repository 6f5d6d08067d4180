/// The two sides a diff compares, as the report names them.
public struct DiffEndpoints: Hashable, Sendable {
    /// One side: a revision as written (`main`, `HEAD~1`), `the index` or
    /// `the working tree`, and its commit when it is one.
    public struct Side: Hashable, Sendable {
        public var name: String
        public var commit: String?

        public init(name: String, commit: String?) {
            self.name = name
            self.commit = commit
        }

        /// The name with the commit's first seven hex digits: `main (1a2b3c4)`.
        public var label: String {
            commit.map { "\(name) (\($0.prefix(7)))" } ?? name
        }
    }

    public var base: Side
    public var head: Side
    /// The commit both sides grew from, when they share history.
    public var mergeBase: String?

    public init(base: Side, head: Side, mergeBase: String?) {
        self.base = base
        self.head = head
        self.mergeBase = mergeBase
    }
}
