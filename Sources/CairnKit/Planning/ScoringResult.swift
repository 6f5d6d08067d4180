/// An item's score under one ``ScoringModel``, or why it has none.
public enum Score: Hashable, Sendable {
    /// A number (RICE, WSJF, value ÷ effort), always finite: ``Scoring``
    /// leaves an item unscored rather than give it an infinite score;
    /// higher ranks earlier.
    case number(Double)
    /// A MoSCoW priority and its position in the configured priorities,
    /// 0 for the most important; lower ranks earlier.
    case priority(String, position: Int)
    /// No score: the inputs that are missing or unusable, in formula order.
    case unscored([ScoreInputProblem])

    /// The problems that leave the item unscored; empty when it is scored.
    public var problems: [ScoreInputProblem] {
        if case .unscored(let problems) = self { return problems }
        return []
    }

    /// Whether the item has a score.
    public var isScored: Bool { problems.isEmpty }

    /// Why the item is unscored, as a phrase: "rice missing",
    /// "rice.impact, rice.effort missing", "rice.effort must be greater
    /// than 0"; `nil` when it is scored.
    public var unscoredReason: String? {
        guard case .unscored(let problems) = self else { return nil }
        let missing = problems.filter { $0.issue == .missing }.map(\.field)
        var phrases = missing.isEmpty ? [] : [missing.joined(separator: ", ") + " missing"]
        phrases += problems.filter { $0.issue != .missing }.map(\.description)
        return phrases.joined(separator: "; ")
    }
}

/// One input a score cannot use.
public struct ScoreInputProblem: Hashable, Sendable, CustomStringConvertible {
    /// What is wrong with the input.
    public enum Issue: Hashable, Sendable {
        /// The field, or the record's component, is not written.
        case missing
        /// The field is written but its value cannot be used (`cairn check`
        /// says why).
        case invalid
        /// The field is written with a value the configuration does not
        /// list; these are the values it lists.
        case notListed([String])
        /// A negative value where the formula needs a number ≥ 0.
        case negative
        /// A divisor that is 0.
        case zeroDivisor
        /// The inputs are so large that the score is not a finite number.
        case tooLarge
    }

    /// The field (`estimate`, `rice`) or record component (`rice.effort`).
    public var field: String
    public var issue: Issue

    public init(field: String, issue: Issue) {
        self.field = field
        self.issue = issue
    }

    /// "rice.effort missing", "rice.reach must be ≥ 0", "priority is not
    /// one of must, should, could, wont".
    public var description: String {
        switch issue {
        case .missing: return "\(field) missing"
        case .invalid: return "\(field) is invalid"
        case .notListed(let values): return "\(field) is not one of \(values.joined(separator: ", "))"
        case .negative: return "\(field) must be ≥ 0"
        case .zeroDivisor: return "\(field) must be greater than 0"
        case .tooLarge: return "\(field) is too large to score"
        }
    }
}
