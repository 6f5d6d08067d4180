// swift-tools-version:6.1
// libFuzzer targets for Cairn's parsers and checker. A package of its own so
// that the root package's `swift build` and `swift test` never see a target
// that only links with `-sanitize=fuzzer`. Build and run through `Fuzz/run`:
// each target's main.swift hands its input function to libFuzzer's driver.
import PackageDescription

let inputs = Target.Dependency.product(name: "CairnFuzzInputs", package: "Cairn")

let package = Package(
    name: "CairnFuzz",
    dependencies: [
        .package(name: "Cairn", path: "..")
    ],
    targets: [
        .target(name: "CFuzzerDriver"),
        .target(
            name: "FuzzHarness",
            dependencies: ["CFuzzerDriver"]
        ),
        .executableTarget(name: "FuzzFrontMatter", dependencies: ["FuzzHarness", inputs]),
        .executableTarget(name: "FuzzBody", dependencies: ["FuzzHarness", inputs]),
        .executableTarget(name: "FuzzConfiguration", dependencies: ["FuzzHarness", inputs]),
        .executableTarget(name: "FuzzCheck", dependencies: ["FuzzHarness", inputs]),
    ]
)
