import Foundation

/// Generates realistic backlogs of any size for benchmarks and scale tests.
///
/// The mix resembles a product team's backlog: a few objectives with key
/// results, epics under them, and mostly stories (about 1.5 KB each, with a
/// user-story body and acceptance criteria, 0–3 dependencies on earlier
/// stories, a parent epic for most) plus bugs and customer feedback.
/// `errorRate` plants dangling references in that share of stories.
public struct SyntheticBacklog: Sendable {
    /// How many item files to write.
    public var itemCount: Int
    public var seed: UInt64
    /// The share of stories given one dangling dependency (0 for a clean backlog).
    public var errorRate: Double

    public init(itemCount: Int, seed: UInt64 = 42, errorRate: Double = 0.001) {
        self.itemCount = itemCount
        self.seed = seed
        self.errorRate = errorRate
    }

    /// One generated file: its path under the backlog root and its text.
    public struct File: Sendable {
        public var path: String
        public var content: String
    }

    /// The files, in id order.
    public func files() -> [File] {
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
                item("OBJ", number, "objectives", "Grow activation in segment \(number)", [:], body: paragraph(&random))
            )
        }
        for number in 1...keyResults {
            let fields = [
                "parent": "OBJ-\(1 + number % objectives)", "baseline": "10", "target": "40",
                "current": "\(Int.random(in: 10...40, using: &random))", "unit": "percent",
            ]
            files.append(
                item("KR", number, "key-results", "Raise weekly actives \(number)", fields, body: paragraph(&random)))
        }
        for number in 1...epics {
            let fields = ["parent": "OBJ-\(1 + number % objectives)", "key_results": "[KR-\(1 + number % keyResults)]"]
            files.append(
                item("EP", number, "epics", "Checkout improvement \(number)", fields, body: paragraph(&random)))
        }
        for number in 1...feedback {
            files.append(item("FB", number, "feedback", "Customer interview \(number)", [:], body: paragraph(&random)))
        }
        for number in 1...stories {
            files.append(story(number, epics: epics, feedback: feedback, random: &random))
        }
        for number in 1...bugs {
            let fields = ["parent": "EP-\(1 + number % epics)", "priority": "should"]
            files.append(item("BUG", number, "bugs", "Crash when paying \(number)", fields, body: paragraph(&random)))
        }
        return files
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

    private func story(_ number: Int, epics: Int, feedback: Int, random: inout SplitMix64) -> File {
        var fields: [String: String] = [
            "priority": ["must", "should", "should", "could"][Int.random(in: 0..<4, using: &random)],
            "estimate": "\([1, 2, 3, 5, 8][Int.random(in: 0..<5, using: &random)])",
            "labels": "[checkout, payments]",
            "owner": "team-\(number % 7)",
            "evidence": "[FB-\(1 + number % feedback)]",
            "rice": "{reach: \(Int.random(in: 100...5000, using: &random)), impact: 2, confidence: 0.8, effort: 3}",
        ]
        if Int.random(in: 0..<10, using: &random) < 9 { fields["parent"] = "EP-\(1 + number % epics)" }
        var dependencies = (0..<Int.random(in: 0...3, using: &random)).compactMap { _ -> String? in
            number > 1 ? "US-\(Int.random(in: 1..<number, using: &random))" : nil
        }
        if Double.random(in: 0..<1, using: &random) < errorRate { dependencies.append("US-\(number + 10_000_000)") }
        if !dependencies.isEmpty { fields["depends_on"] = "[\(Set(dependencies).sorted().joined(separator: ", "))]" }
        let body = """
            As a returning customer, I want to pay with a saved card in story \(number), so that \
            checkout takes seconds on my phone and I do not have to type my details again.

            \(paragraph(&random))

            ## Acceptance criteria
            - [x] Given a saved card, when I tap Pay, then the order is placed within two seconds.
            - [ ] Given an expired card, when I tap Pay, then I am asked for a new expiry date.
            - [ ] The Pay button is hidden on devices that cannot pay, with a clear explanation.

            ## Notes
            \(paragraph(&random))

            | Metric | Before | After |
            |---|---|---|
            | Checkout time | 45 s | 8 s |
            """
        return item("US", number, "stories", "Pay with a saved card \(number)", fields, status: "ready", body: body)
    }

    private func item(
        _ prefix: String, _ number: Int, _ folder: String, _ title: String, _ fields: [String: String],
        status: String = "draft", body: String
    ) -> File {
        var lines = ["---", "id: \(prefix)-\(number)", "title: \(title)", "status: \(status)"]
        for key in fields.keys.sorted() { lines.append("\(key): \(fields[key] ?? "")") }
        lines.append("---")
        let slug = title.lowercased().split(separator: " ").joined(separator: "-")
        return File(
            path: "\(folder)/\(prefix)-\(number)-\(slug).md",
            content: lines.joined(separator: "\n") + "\n\n" + body + "\n")
    }

    private func paragraph(_ random: inout SplitMix64) -> String {
        let words = [
            "customers", "checkout", "latency", "mobile", "conversion", "retention", "payment", "wallet",
            "experiment", "onboarding", "support", "tickets", "churn", "pricing", "review", "release",
        ]
        return (0..<60).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }.joined(separator: " ") + "."
    }
}
