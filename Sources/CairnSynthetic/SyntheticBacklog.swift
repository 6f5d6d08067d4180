import Foundation

/// Generates realistic backlogs of any size for benchmarks and scale tests.
///
/// The mix resembles a product team's backlog: a few objectives with key
/// results, epics under them, and mostly stories (about 1.5 KB each, with a
/// user-story body, a `[[EP-…]]` mention and acceptance criteria, 0–3
/// dependencies on earlier stories, a parent epic for most) plus bugs and
/// customer feedback. Apart from the planted problems the backlog is clean:
/// no story depends on one of lower priority, and only stories whose
/// dependencies are all done are done.
///
/// The same `itemCount`, `seed` and `errorRate` give the same bytes on every
/// run, so that benchmarks and tests can rely on them.
public struct SyntheticBacklog: Sendable {
    /// How many item files to write.
    public var itemCount: Int
    /// Chooses the random choices; the same seed gives the same backlog.
    public var seed: UInt64
    /// The share of stories given a planted problem, rounded to the nearest
    /// whole number of stories (0 for a clean backlog). Planted problems take
    /// turns: a dangling dependency, a dependency cycle of two stories, a
    /// story without a status. See ``plantedProblems()``.
    public var errorRate: Double

    public init(itemCount: Int, seed: UInt64 = 42, errorRate: Double = 0.001) {
        self.itemCount = itemCount
        self.seed = seed
        self.errorRate = errorRate
    }

    /// One generated file: its path under the backlog root and its text.
    public struct File: Sendable {
        /// The path relative to the backlog root, such as `stories/US-1-pay-with-a-saved-card-1.md`.
        public var path: String
        public var content: String
    }

    /// A problem planted on purpose: the diagnostic `cairn check` must report.
    public struct PlantedProblem: Hashable, Sendable, CustomStringConvertible {
        /// The id of the rule that reports it, such as `dangling-reference`.
        public var rule: String
        /// The file it is reported in, relative to the backlog root.
        public var path: String

        public init(rule: String, path: String) {
            self.rule = rule
            self.path = path
        }

        public var description: String { "\(rule) in \(path)" }
    }

    /// The files, in id order.
    public func files() -> [File] {
        generate().files
    }

    /// Every diagnostic a check of ``files()`` reports, one per planted
    /// problem and file: a dangling dependency and a missing status are
    /// reported in their story, a dependency cycle in both of its stories.
    public func plantedProblems() -> [PlantedProblem] {
        generate().planted
    }

    /// Writes the files under `root` (the backlog root), creating folders.
    public func write(to root: URL) throws {
        let manager = FileManager.default
        for folder in ["objectives", "key-results", "epics", "feedback", "stories", "bugs"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in files() {
            try Data(file.content.utf8).write(to: root.appendingPathComponent(file.path))
        }
    }

    private func generate() -> (files: [File], planted: [PlantedProblem]) {
        var random = SplitMix64(seed: seed)
        let objectives = max(1, itemCount / 200)
        let keyResults = max(1, itemCount / 60)
        let epics = max(1, itemCount / 25)
        let feedback = max(1, itemCount / 20)
        let bugs = max(1, itemCount / 20)
        let stories = max(1, itemCount - objectives - keyResults - epics - feedback - bugs)
        var files: [File] = []
        files.reserveCapacity(itemCount)
        for number in 1...objectives {
            files.append(
                SyntheticItem(prefix: "OBJ", number: number, folder: "objectives", title: "Grow activation \(number)")
                    .file(body: SyntheticText.paragraph(&random)))
        }
        for number in 1...keyResults {
            var item = SyntheticItem(
                prefix: "KR", number: number, folder: "key-results", title: "Raise weekly actives \(number)")
            item.fields = [
                "parent": "OBJ-\(1 + number % objectives)", "baseline": "10", "target": "40",
                "current": "\(Int.random(in: 10...40, using: &random))", "unit": "percent",
            ]
            files.append(item.file(body: SyntheticText.paragraph(&random)))
        }
        for number in 1...epics {
            var item = SyntheticItem(
                prefix: "EP", number: number, folder: "epics", title: "Checkout improvement \(number)")
            item.fields = [
                "parent": "OBJ-\(1 + number % objectives)", "key_results": "[KR-\(1 + number % keyResults)]",
            ]
            files.append(item.file(body: SyntheticText.paragraph(&random)))
        }
        for number in 1...feedback {
            files.append(
                SyntheticItem(prefix: "FB", number: number, folder: "feedback", title: "Customer interview \(number)")
                    .file(body: SyntheticText.paragraph(&random)))
        }
        var storyWriter = SyntheticStories(
            count: stories, epics: epics, feedback: feedback,
            plantedCount: Int((Double(stories) * max(0, errorRate)).rounded()))
        for number in 1...stories {
            files.append(storyWriter.story(number, random: &random))
        }
        for number in 1...bugs {
            var item = SyntheticItem(
                prefix: "BUG", number: number, folder: "bugs", title: "Crash when paying \(number)")
            item.fields = ["parent": "EP-\(1 + number % epics)", "priority": "should"]
            files.append(item.file(body: SyntheticText.paragraph(&random)))
        }
        return (files, storyWriter.planted)
    }
}
