/// Runs rules over a loaded backlog and returns their diagnostics in
/// presentation order, with `cairn.yml`'s severities applied.
public struct BacklogChecker: Sendable {
    public let rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.all) {
        self.rules = rules
    }

    /// Every diagnostic of every enabled rule, sorted.
    public func check(_ backlog: Backlog) -> [Diagnostic] {
        let context = RuleContext(backlog: backlog)
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
