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
    public func check(_ backlog: Backlog) -> [Diagnostic] {
        let context = RuleContext(backlog: backlog, today: today)
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let description = rule.description
            let severity: Severity
            if let configured = backlog.configuration.ruleSeverities[description.id] {
                guard let configured else { continue }
                severity = configured
            } else {
                severity = description.defaultSeverity
            }
            var sink = DiagnosticSink(rule: description.id, severity: severity)
            rule.check(context, into: &sink)
            diagnostics += sink.diagnostics
        }
        return diagnostics.sorted(by: Diagnostic.presentationOrder)
    }
}
