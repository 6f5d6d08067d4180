// swift-tools-version:6.1
import PackageDescription

// Cairn's benchmarks, a package of their own so that building and testing
// Cairn never fetches package-benchmark. Run from this folder:
//
//     swift package --allow-writing-to-directory .benchmarkBaselines benchmark
//
// See docs/performance.md for one suite at a time and the 100,000-item runs.
let package = Package(
    name: "CairnBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Cairn", path: ".."),
        // No default traits: the malloc interposer (and on Swift 6.3 the
        // runtime interposer) stay out, so nothing beyond the mirror is
        // needed and allocations are timed as Cairn makes them.
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: []),
    ],
    targets: [
        .target(
            name: "CairnBenchmarkSupport",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CairnKit", package: "Cairn"),
                .product(name: "CairnCLI", package: "Cairn"),
                .product(name: "CairnSynthetic", package: "Cairn"),
            ]
        ),
        benchmark("Parsing", ["CairnMarkdown", "CairnSynthetic"]),
        benchmark("Graph"),
        benchmark("Rules"),
        benchmark("Commands", ["CairnCLI"]),
        // Not a suite: the graph build and every rule timed at any size (see its header).
        .executableTarget(
            name: "Linearity",
            dependencies: ["CairnBenchmarkSupport", .product(name: "CairnKit", package: "Cairn")]
        ),
    ]
)

/// A suite under Benchmarks/NAME, discovered by the benchmark plugin.
func benchmark(_ name: String, _ cairnProducts: [String] = []) -> Target {
    .executableTarget(
        name: name,
        dependencies: [
            "CairnBenchmarkSupport",
            .product(name: "Benchmark", package: "benchmark"),
            .product(name: "CairnKit", package: "Cairn"),
        ] + cairnProducts.map { .product(name: $0, package: "Cairn") },
        path: "Benchmarks/\(name)",
        plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    )
}
