// swift-tools-version:6.1
// libFuzzer targets for Cairn's parsers and checker. A package of its own so
// that the root package's `swift build` and `swift test` never see a target
// that only links with `-sanitize=fuzzer`. Build and run through `Fuzz/run`:
// each target's main.swift hands its input function to libFuzzer's driver.
import PackageDescription

let package = Package(
    name: "CairnFuzz",
    dependencies: [
        .package(name: "Cairn", path: "..")
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzHarness",
            dependencies: ["CFuzzerDriver", .product(name: "CairnKit", package: "Cairn")]
        ),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzBody", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzConfiguration", dependencies: ["FuzzHarness"]),
        .executableTarget(name: "FuzzCheck", dependencies: ["FuzzHarness"]),
    ]
)
