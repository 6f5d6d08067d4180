/// A way from an item to others along links of given types: the steps a
/// rule of the ``RuleScope/links(_:)`` scope follows from the item it
/// reports in to the items whose outlines it reads.
public struct LinkPath: Hashable, Sendable {
    /// One link followed: from the item that writes it to the one it names
    /// (`outgoing`), or back (`incoming`).
    public struct Step: Hashable, Sendable {
        public enum Direction: Hashable, Sendable {
            case outgoing
            case incoming
        }

        public var type: LinkType
        public var direction: Direction

        /// Along a link of `type` from the item that writes it:
        /// `depends_on` leads to what an item depends on.
        public static func outgoing(_ type: LinkType) -> Step { Step(type: type, direction: .outgoing) }

        /// Back along a link of `type`: `parent` leads to an item's children.
        public static func incoming(_ type: LinkType) -> Step { Step(type: type, direction: .incoming) }

        /// The step that undoes this one.
        var reversed: Step {
            Step(type: type, direction: direction == .outgoing ? .incoming : .outgoing)
        }
    }

    public var steps: [Step]

    public init(_ steps: [Step]) { self.steps = steps }
}
