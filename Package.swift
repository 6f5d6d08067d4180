// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Cairn",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "cairn", targets: ["cairn"]),
        .library(name: "CairnKit", targets: ["CairnKit"]),
        // For the separate package in Benchmarks/, which measures each layer.
        .library(name: "CairnMarkdown", targets: ["CairnMarkdown"]),
        .library(name: "CairnCLI", targets: ["CairnCLI"]),
        .library(name: "CairnSynthetic", targets: ["CairnSynthetic"]),
        // For the libFuzzer targets in Fuzz/.
        .library(name: "CairnFuzzInputs", targets: ["CairnFuzzInputs"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Yams 5 rather than 6: on this machine 6.x spends ~70% of front-matter
        // parsing in its duplicate-key check (see shared/C-LIBRARIES.md);
        // Cairn reports duplicate keys itself while walking the node tree.
        .package(url: "https://github.com/jpsim/Yams", "5.0.1"..<"6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(
            name: "CairnMarkdown",
            dependencies: ["CCmarkGFM"]
        ),
        .target(
            name: "CairnGit",
            dependencies: ["CGit2"]
        ),
        // Templates/*.md, embedded into the binary at build time so that
        // `cairn` carries its built-in templates wherever it is copied.
        .executableTarget(name: "cairn-embed-templates"),
        .plugin(
            name: "TemplateEmbedder",
            capability: .buildTool(),
            dependencies: ["cairn-embed-templates"]
        ),
        .target(
            name: "CairnTemplates",
            plugins: ["TemplateEmbedder"]
        ),
        .target(
            name: "CairnKit",
            dependencies: [
                "CairnMarkdown", "CairnGit", "CairnTemplates", "Yams",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "CairnCLI",
            dependencies: [
                "CairnKit",
                "CairnGit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "cairn",
            dependencies: ["CairnCLI"]
        ),
        .target(name: "CairnSynthetic"),
        // How each fuzz target frames its input, shared by the libFuzzer
        // targets in Fuzz/ and the corpus replay in the tests.
        .target(name: "CairnFuzzInputs", dependencies: ["CairnKit"]),
        .executableTarget(
            name: "cairn-synthetic",
            dependencies: ["CairnSynthetic"]
        ),
        .testTarget(
            name: "CairnMarkdownTests",
            dependencies: ["CairnMarkdown"]
        ),
        .testTarget(
            name: "CairnGitTests",
            dependencies: ["CairnGit"]
        ),
        .testTarget(
            name: "CairnKitTests",
            dependencies: ["CairnKit", "CairnSynthetic", "CairnFuzzInputs", "Yams"]
        ),
        .testTarget(
            name: "CairnCLITests",
            dependencies: ["CairnCLI", "CairnKit", "CairnSynthetic", "cairn", "Yams"]
        ),
    ]
)
