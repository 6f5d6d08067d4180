import CairnBenchmarkSupport
import CairnKit
import Foundation

// The graph build and every rule, each timed alone on one loaded backlog,
// in one process: the median of several runs, in milliseconds, with the
// backlog's items plus links. Runs the same library calls as the Graph and
// Rules suites at any size, so that a third size shows whether growth
// from 10,000 to 100,000 items is the algorithm or the CPU caches:
//
//     swift run -c release Linearity 50000 11
//
// The backlog is the suites' generated repository (see Fixtures).

let arguments = CommandLine.arguments.dropFirst()
guard let itemCount = arguments.first.flatMap({ Int($0) }), itemCount > 0 else {
    FileHandle.standardError.write(Data("usage: Linearity ITEM-COUNT [RUNS]\n".utf8))
    exit(2)
}
let runs = arguments.dropFirst().first.flatMap { Int($0) }.map { max($0, 1) } ?? 11
let backlog = try Fixtures.backlog(itemCount: itemCount)
let items = backlog.files.compactMap(\.item)
let context = RuleContext(backlog: backlog)

/// The median wall-clock time of `runs` runs of `body`, in milliseconds.
func medianMilliseconds(_ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return times.sorted()[times.count / 2]
}

/// Keeps `value` alive so that the optimiser cannot drop the work.
@inline(never) func keep<T>(_ value: T) { withExtendedLifetime(value) {} }

let links = backlog.graph.items.indices.reduce(0) { $0 + backlog.graph.outgoing(from: $1).count }
print("items+links\t\(itemCount + links)")
print("graph build\t\(medianMilliseconds { keep(BacklogGraph(items: items)) })")
for rule in RuleRegistry.all {
    let id = rule.description.id
    let time = medianMilliseconds {
        var sink = DiagnosticSink(rule: id, severity: rule.description.defaultSeverity)
        rule.check(context, into: &sink)
        keep(sink.diagnostics)
    }
    print("\(id)\t\(time)")
}
print("all rules, sorted\t\(medianMilliseconds { keep(BacklogChecker().check(backlog)) })")
