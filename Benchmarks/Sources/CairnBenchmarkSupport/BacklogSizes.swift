import Benchmark
import Foundation

/// The backlog sizes the suites measure, and how long each may take.
public enum BacklogSizes {
    /// Set this environment variable (to anything) to add the 100,000-item
    /// runs, which take minutes of setup and gigabytes of memory.
    public static let largeRunsVariable = "CAIRN_BENCHMARK_100K"

    /// Whether the 100,000-item runs are on.
    public static var includesLarge: Bool {
        ProcessInfo.processInfo.environment[largeRunsVariable] != nil
    }

    /// 10,000 items, and 100,000 when ``largeRunsVariable`` is set: the pair
    /// whose figures show whether a step grows linearly.
    public static var scaling: [Int] {
        includesLarge ? [10_000, 100_000] : [10_000]
    }

    /// 1,000, 10,000 and (when ``largeRunsVariable`` is set) 100,000 items.
    public static var full: [Int] {
        [1_000] + scaling
    }

    /// `10k`, `100k`: how benchmark names show a size.
    public static func label(_ itemCount: Int) -> String {
        itemCount % 1_000 == 0 ? "\(itemCount / 1_000)k" : "\(itemCount)"
    }

    /// Wall clock, CPU time and peak memory; at most `iterations` runs or
    /// `seconds` of measuring, whichever ends first, after one warm-up run.
    public static func configuration(
        iterations: Int, seconds: Int = 10, scalingFactor: BenchmarkScalingFactor = .one
    ) -> Benchmark.Configuration {
        Benchmark.Configuration(
            metrics: [.wallClock, .cpuTotal, .throughput, .peakMemoryResident],
            warmupIterations: 1,
            scalingFactor: scalingFactor,
            maxDuration: .seconds(seconds),
            maxIterations: iterations)
    }

    /// Few runs for big backlogs: 100 below 10,000 items, 20 at 10,000, 3 above.
    public static func configuration(forItemCount itemCount: Int) -> Benchmark.Configuration {
        switch itemCount {
        case ..<10_000: configuration(iterations: 100)
        case 10_000: configuration(iterations: 20)
        default: configuration(iterations: 3, seconds: 60)
        }
    }
}
