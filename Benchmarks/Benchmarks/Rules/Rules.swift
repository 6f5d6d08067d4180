import Benchmark
import CairnBenchmarkSupport
import CairnKit

/// Every rule of the registry on its own, over an already loaded backlog,
/// then all of them with sorting as `cairn check` runs them. Run at 10,000
/// and (with CAIRN_BENCHMARK_100K) 100,000 items to see that each grows
/// linearly.
let benchmarks: @Sendable () -> Void = {
    for itemCount in BacklogSizes.scaling {
        let size = BacklogSizes.label(itemCount)
        let configuration = BacklogSizes.configuration(forItemCount: itemCount)
        for rule in RuleRegistry.all {
            let id = rule.description.id
            Benchmark("\(id) \(size) items", configuration: configuration) { benchmark, context in
                for _ in benchmark.scaledIterations {
                    var sink = DiagnosticSink(rule: id, severity: rule.description.defaultSeverity)
                    rule.check(context, into: &sink)
                    blackHole(sink.diagnostics)
                }
            } setup: {
                RuleContext(backlog: try Fixtures.backlog(itemCount: itemCount))
            }
        }
        Benchmark("all rules, sorted \(size) items", configuration: configuration) { benchmark, backlog in
            for _ in benchmark.scaledIterations {
                blackHole(BacklogChecker().check(backlog))
            }
        } setup: {
            try Fixtures.backlog(itemCount: itemCount)
        }
    }
}
