/// Scores one item under a ``ScoringModel``: pure arithmetic on its fields.
///
/// A missing input never counts as zero: the item is unscored and the
/// missing field is named; so is a field that is written but unusable (a
/// priority the configuration does not list, a value that is no number),
/// which `cairn check` reports. Multiplied and added inputs must be ≥ 0;
/// the divisor must be greater than 0; a result too large to be a finite
/// number leaves the item unscored too.
public enum Scoring {
    /// The score of `item` under `model`; priorities are ordered as
    /// `configuration` lists them.
    public static func score(_ item: Item, by model: ScoringModel, configuration: Configuration) -> Score {
        switch model {
        case .moscow:
            guard let priority = item.priority, let position = configuration.priorityRank(priority) else {
                let isWritten = item.priority != nil || item.position(of: "priority") != nil
                let issue: ScoreInputProblem.Issue = isWritten ? .notListed(configuration.priorities) : .missing
                return .unscored([ScoreInputProblem(field: "priority", issue: issue)])
            }
            return .priority(priority, position: position)
        case .rice:
            return recordScore(item, "rice", factors: ["reach", "impact", "confidence"], divisor: "effort") {
                $0.reduce(1, *)
            }
        case .wsjf:
            return recordScore(
                item, "wsjf", factors: ["business_value", "time_criticality", "risk_reduction"], divisor: "job_size"
            ) { $0.reduce(0, +) }
        case .valueEffort:
            let inputs = ["value", "estimate"].map { (field: $0, value: item.fields[$0]?.numberValue) }
            let isWritten = { (field: String) in item.position(of: field) != nil }
            return quotient(inputs, name: "value", written: isWritten) { $0[0] }
        }
    }

    /// A score from the components of a record field such as `rice`:
    /// `combine` of the `factors`, divided by `divisor`.
    private static func recordScore(
        _ item: Item, _ field: String, factors: [String], divisor: String, combine: ([Double]) -> Double
    ) -> Score {
        guard case .record(let values) = item.fields[field] else {
            let issue: ScoreInputProblem.Issue = item.position(of: field) != nil ? .invalid : .missing
            return .unscored([ScoreInputProblem(field: field, issue: issue)])
        }
        let inputs = (factors + [divisor]).map { ("\(field).\($0)", values[$0]) }
        return quotient(inputs, name: field, written: { _ in false }, combine)
    }

    /// `combine` of every input but the last, divided by the last; unscored
    /// when an input is missing or invalid (`written` but without a value),
    /// negative, the divisor is 0, or the result is not finite.
    private static func quotient(
        _ inputs: [(field: String, value: Double?)], name: String, written: (String) -> Bool,
        _ combine: ([Double]) -> Double
    ) -> Score {
        var problems: [ScoreInputProblem] = []
        for (index, input) in inputs.enumerated() {
            guard let value = input.value else {
                problems.append(
                    ScoreInputProblem(field: input.field, issue: written(input.field) ? .invalid : .missing))
                continue
            }
            if value < 0 {
                problems.append(ScoreInputProblem(field: input.field, issue: .negative))
            } else if value == 0 && index == inputs.count - 1 {
                problems.append(ScoreInputProblem(field: input.field, issue: .zeroDivisor))
            }
        }
        guard problems.isEmpty else { return .unscored(problems) }
        let values = inputs.compactMap(\.value)
        let score = combine(Array(values.dropLast())) / values[values.count - 1]
        guard score.isFinite else { return .unscored([ScoreInputProblem(field: name, issue: .tooLarge)]) }
        return .number(score)
    }
}
