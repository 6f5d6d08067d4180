/// What `cairn diff` compares, as its arguments say, before any revision is
/// resolved: git's forms `BASE`, `BASE HEAD`, `BASE..HEAD` and
/// `BASE...HEAD` (the merge base of the two against HEAD). An empty side of
/// `..` or `...` means `HEAD`, as in git.
public struct DiffRange: Hashable, Sendable {
    /// The head side: a revision, or the files on disk.
    public enum Head: Hashable, Sendable {
        case workingTree
        case revision(String)
    }

    /// The base revision; `nil` when none was given (the caller picks the
    /// upstream or `main`).
    public var base: String?
    public var head: Head
    /// Whether the base side is the merge base of ``base`` and the head.
    public var usesMergeBase: Bool

    public init(base: String?, head: Head, usesMergeBase: Bool) {
        self.base = base
        self.head = head
        self.usesMergeBase = usesMergeBase
    }

    /// Why arguments are not a range.
    public struct Failure: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The range the arguments of `cairn diff` name.
    public static func parse(_ arguments: [String]) throws(Failure) -> DiffRange {
        switch arguments.count {
        case 0:
            return DiffRange(base: nil, head: .workingTree, usesMergeBase: false)
        case 1:
            let argument = arguments[0]
            for (separator, mergeBase) in [("...", true), ("..", false)] {
                guard let range = argument.range(of: separator) else { continue }
                let base = String(argument[..<range.lowerBound])
                let head = String(argument[range.upperBound...])
                return DiffRange(
                    base: base.isEmpty ? "HEAD" : base, head: .revision(head.isEmpty ? "HEAD" : head),
                    usesMergeBase: mergeBase)
            }
            guard !argument.isEmpty else { throw Failure(description: "the base revision is empty") }
            return DiffRange(base: argument, head: .workingTree, usesMergeBase: false)
        case 2:
            guard !arguments.contains(where: { $0.contains("..") }) else {
                throw Failure(description: "give either BASE HEAD or BASE..HEAD, not both")
            }
            guard !arguments.contains(where: \.isEmpty) else { throw Failure(description: "a revision is empty") }
            return DiffRange(base: arguments[0], head: .revision(arguments[1]), usesMergeBase: false)
        default:
            throw Failure(description: "cairn diff compares two sides; give at most BASE and HEAD")
        }
    }
}
