/// Runs rules over a loaded backlog and returns their diagnostics in
/// presentation order, with `cairn.yml`'s severities applied.
public struct BacklogChecker: Sendable {
    public let rules: [any Rule]
    /// The day rules about dates judge against; `nil` skips those checks.
    public let today: CalendarDate?

    public init(rules: [any Rule] = RuleRegistry.all, today: CalendarDate? = nil) {
        self.rules = rules
        self.today = today
    }

    /// Every diagnostic of every enabled rule, sorted.
    ///
    /// Rules only read the backlog, so they run on all cores, each into a
    /// sink of its own; their diagnostics are joined in the rules' order
    /// before sorting, so the result does not depend on the scheduling.
    public func check(_ backlog: Backlog) -> [Diagnostic] {
        let context = RuleContext(backlog: backlog, today: today)
        let configured = backlog.configuration.ruleSeverities
        let found = ParallelMap.map(rules, chunkSize: 1) { rule -> [Diagnostic] in
            let description = rule.description
            let severity: Severity
            if let setting = configured[description.id] {
                guard let setting else { return [] }
                severity = setting
            } else {
                severity = description.defaultSeverity
            }
            var sink = DiagnosticSink(rule: description.id, severity: severity)
            rule.check(context, into: &sink)
            return sink.diagnostics
        }
        return found.flatMap { $0 }.sorted(by: Diagnostic.presentationOrder)
    }
}
