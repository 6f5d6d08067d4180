/// A way to score items for `cairn rank`, `ready` and `plan`.
public enum ScoringModel: String, CaseIterable, Hashable, Sendable {
    /// MoSCoW: the `priority` field, in the configured order (must > should
    /// > could > wont by default).
    case moscow
    /// RICE = reach × impact × confidence ÷ effort, from the `rice` field.
    case rice
    /// WSJF = (business value + time criticality + risk reduction) ÷ job
    /// size, from the `wsjf` field.
    case wsjf
    /// Value ÷ effort: the `value` field divided by the `estimate` field.
    case valueEffort = "value-effort"

    /// The formula in words, as `cairn rank --format json` gives it under `formula`.
    public var formula: String {
        switch self {
        case .moscow: return "the priority field, in the configured order (must > should > could > wont)"
        case .rice: return "reach × impact × confidence ÷ effort, from rice: {reach, impact, confidence, effort}"
        case .wsjf:
            return "(business_value + time_criticality + risk_reduction) ÷ job_size, "
                + "from wsjf: {business_value, time_criticality, risk_reduction, job_size}"
        case .valueEffort: return "value ÷ estimate, from the value and estimate fields"
        }
    }
}
