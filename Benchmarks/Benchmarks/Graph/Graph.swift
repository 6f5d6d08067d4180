import Benchmark
import CairnBenchmarkSupport
import CairnKit

/// Building the graph from parsed items: sorting, the id index, typed
/// edges both ways and dangling references. Run at 10,000 and (with
/// CAIRN_BENCHMARK_100K) 100,000 items to see that it grows linearly.
let benchmarks: @Sendable () -> Void = {
    for itemCount in BacklogSizes.scaling {
        Benchmark(
            "graph build \(BacklogSizes.label(itemCount)) items",
            configuration: BacklogSizes.configuration(forItemCount: itemCount)
        ) { benchmark, items in
            for _ in benchmark.scaledIterations {
                blackHole(BacklogGraph(items: items))
            }
        } setup: {
            try Fixtures.backlog(itemCount: itemCount).files.compactMap(\.item)
        }
    }
}
