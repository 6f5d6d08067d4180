import Benchmark
import CairnBenchmarkSupport
import Foundation

/// Whole commands in-process, output rendered and thrown away: `check` of
/// generated backlogs of every size (without and with the parse cache, once
/// Cairn has one), `check --staged` with one staged change, `ready`, and
/// `new` allocating an id in a repository with 500 branches.
let benchmarks: @Sendable () -> Void = {
    let cacheVariants: [(name: String, flags: [String])] =
        CairnRun.checkHasCacheFlag ? [(" --no-cache", ["--no-cache"]), (" cached", [])] : [("", [])]
    for itemCount in BacklogSizes.full {
        for variant in cacheVariants {
            let arguments = ["check", "--format", "json"] + variant.flags
            Benchmark(
                "check\(variant.name) \(BacklogSizes.label(itemCount)) items",
                configuration: BacklogSizes.configuration(forItemCount: itemCount)
            ) { (benchmark: Benchmark, repository: URL) in
                for _ in benchmark.scaledIterations {
                    blackHole(try CairnRun.run(arguments, in: repository))
                }
            } setup: {
                let repository = try Fixtures.repository(itemCount: itemCount)
                try CairnRun.run(arguments, in: repository)
                return repository
            }
        }
    }

    var stagedRepository: SyntheticRepository?
    Benchmark(
        "check --staged 10k items one staged change",
        configuration: BacklogSizes.configuration(forItemCount: 10_000)
    ) { (benchmark: Benchmark, repository: SyntheticRepository) in
        for _ in benchmark.scaledIterations {
            blackHole(try CairnRun.run(["check", "--staged"], in: repository.url))
        }
    } setup: {
        let repository = try SyntheticRepository(itemCount: 10_000, committed: true)
        stagedRepository = repository
        let file = try stagedChange(in: repository)
        try repository.git("add", file)
        try CairnRun.run(["check", "--staged"], in: repository.url)
        return repository
    } teardown: {
        stagedRepository?.remove()
    }

    Benchmark(
        "ready 10k items",
        configuration: BacklogSizes.configuration(forItemCount: 10_000)
    ) { (benchmark: Benchmark, repository: URL) in
        for _ in benchmark.scaledIterations {
            blackHole(try CairnRun.run(["ready"], in: repository))
        }
    } setup: {
        try Fixtures.repository(itemCount: 10_000)
    }

    var branchedRepository: SyntheticRepository?
    Benchmark(
        "new 1k items 500 branches",
        configuration: BacklogSizes.configuration(iterations: 20)
    ) { (benchmark: Benchmark, repository: SyntheticRepository) in
        for _ in benchmark.scaledIterations {
            blackHole(try CairnRun.run(["new", "story", "Measured story", "--parent", "EP-1"], in: repository.url))
        }
    } setup: {
        let repository = try SyntheticRepository(itemCount: 1_000, errorRate: 0, committed: true)
        branchedRepository = repository
        try addBranches(500, to: repository)
        return repository
    } teardown: {
        branchedRepository?.remove()
    }
}

/// Rewrites the title of the first story and returns its path.
private func stagedChange(in repository: SyntheticRepository) throws -> String {
    guard let story = repository.synthetic.files().first(where: { $0.path.hasPrefix("stories/") }) else {
        throw SetupFailure("the generated backlog has no story")
    }
    let path = repository.repositoryPath(of: story)
    try repository.write(path, story.content.replacingOccurrences(of: "title: Pay with", with: "title: Pay again with"))
    return path
}

/// Adds `count` branches off `HEAD`, each committing one new story with an
/// id of its own, in one `git fast-import`.
private func addBranches(_ count: Int, to repository: SyntheticRepository) throws {
    let head = try repository.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
    var stream = ""
    for branch in 1...count {
        let id = "US-\(100_000 + branch)"
        let content = "---\nid: \(id)\ntitle: Branch work \(branch)\nstatus: draft\n---\n"
        stream += """
            commit refs/heads/feature-\(branch)
            committer Cairn Benchmarks <benchmarks@cairn.invalid> 1700000000 +0000
            data 12
            branch work
            from \(head)
            M 100644 inline backlog/stories/\(id)-branch-work-\(branch).md
            data \(content.utf8.count)
            \(content)

            """
    }
    try repository.git(["fast-import", "--quiet"], input: stream)
}
