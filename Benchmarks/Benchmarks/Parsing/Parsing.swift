import Benchmark
import CairnBenchmarkSupport
import CairnKit
import CairnMarkdown
import CairnSynthetic

/// Parse throughput per file (front matter alone, body alone, the whole
/// item), and loading whole backlogs from disk: reading, parsing and
/// building the graph, as every command does first.
let benchmarks: @Sendable () -> Void = {
    let texts = SyntheticBacklog(itemCount: 1_000, errorRate: 0).files().map(\.content)
    let splits = texts.compactMap { text -> FrontMatterSplit? in
        guard case .success(let split) = FrontMatterSplitter.split(text) else { return nil }
        return split
    }
    let bodies = splits.map { String($0.body) }
    let bytes = texts.map { Array($0.utf8) }
    let schema = ItemSchema(.default)
    // Each iteration parses 1,000 different files: throughput is files per second.
    let perFile = BacklogSizes.configuration(iterations: 100, seconds: 5, scalingFactor: .kilo)

    Benchmark("front matter alone: split and YAML", configuration: perFile) { benchmark in
        for index in benchmark.scaledIterations {
            let text = texts[index % texts.count]
            let source = SourceText(text)
            guard case .success(let split) = FrontMatterSplitter.split(text) else { continue }
            blackHole(YAMLReader.read(split.yaml, firstLine: split.yamlFirstLine, in: source))
        }
    }

    Benchmark("body alone: cmark-gfm and the walk", configuration: perFile) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(MarkdownParser.parse(bodies[index % bodies.count]))
        }
    }

    Benchmark("whole item: decode, front matter, fields, body", configuration: perFile) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(ItemFileParser.parse(path: "backlog/item.md", bytes: bytes[index % bytes.count], schema: schema))
        }
    }

    for itemCount in BacklogSizes.full {
        Benchmark(
            "load \(BacklogSizes.label(itemCount)) items from the working tree",
            configuration: BacklogSizes.configuration(forItemCount: itemCount)
        ) { benchmark, repository in
            for _ in benchmark.scaledIterations {
                blackHole(try BacklogLoader().load(from: WorkingTreeSource(root: repository)))
            }
        } setup: {
            try Fixtures.repository(itemCount: itemCount)
        }
    }
}
