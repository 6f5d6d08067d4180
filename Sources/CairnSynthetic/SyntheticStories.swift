/// Writes the stories of a synthetic backlog in number order, planting
/// problems at evenly spaced stories and keeping the rest clean: a story
/// depends only on earlier stories of at least its priority, and is done only
/// when all its dependencies are.
struct SyntheticStories {
    private enum Plant {
        /// A dependency on a story that does not exist.
        case danglingDependency
        /// This story and the next depend on each other and on nothing else.
        case dependencyCycle
        /// No `status` field.
        case missingStatus
    }

    private static let priorities = ["must", "should", "could"]
    /// How often each priority is drawn, by its index in `priorities`.
    private static let priorityDraws = [0, 1, 1, 2]
    /// How often each status is drawn; a done story with open dependencies becomes in-progress.
    private static let statusDraws = ["draft", "ready", "ready", "in-progress", "in-review", "done", "done"]

    let count: Int
    let epics: Int
    let feedback: Int
    /// The problem planted in each story that has one, by story number.
    private let plants: [Int: Plant]
    /// The problems planted so far, as `cairn check` reports them.
    private(set) var planted: [SyntheticBacklog.PlantedProblem] = []
    /// Stories written so far that a story of priority index `i` may depend
    /// on: those of index `i` or lower (higher priority).
    private var dependable: [[Int]] = [[], [], []]
    /// The priority index of each story written so far, by number (index 0 unused).
    private var priorityIndices: [Int]
    /// Whether each story written so far is done, by number (index 0 unused).
    private var done: [Bool]

    /// `plantedCount` problems are spread evenly over `count` stories, at
    /// most one in every three so that a cycle's second story is never
    /// planted itself.
    init(count: Int, epics: Int, feedback: Int, plantedCount: Int) {
        self.count = count
        self.epics = epics
        self.feedback = feedback
        let kinds: [Plant] = [.danglingDependency, .dependencyCycle, .missingStatus]
        let plantCount = min(plantedCount, count / 3)
        var plants: [Int: Plant] = [:]
        for index in 0..<plantCount {
            plants[1 + index * count / plantCount] = kinds[index % kinds.count]
        }
        self.plants = plants
        priorityIndices = [Int](repeating: 0, count: count + 1)
        done = [Bool](repeating: false, count: count + 1)
    }

    mutating func story(_ number: Int, random: inout SplitMix64) -> SyntheticBacklog.File {
        let plant = plants[number]
        let closesCycle = plants[number - 1] == .dependencyCycle
        let priority =
            closesCycle ? priorityIndices[number - 1] : Self.priorityDraws[Int.random(in: 0..<4, using: &random)]
        var item = SyntheticItem(
            prefix: "US", number: number, folder: "stories", title: "Pay with a saved card \(number)")
        item.fields = [
            "priority": Self.priorities[priority],
            "estimate": "\([1, 2, 3, 5, 8][Int.random(in: 0..<5, using: &random)])",
            "labels": "[checkout, payments]",
            "owner": "team-\(number % 7)",
            "evidence": "[FB-\(1 + number % feedback)]",
            "rice": "{reach: \(Int.random(in: 100...5000, using: &random)), impact: 2, confidence: 0.8, effort: 3}",
        ]
        let epic = Int.random(in: 0..<10, using: &random) < 9 ? "EP-\(1 + number % epics)" : nil
        item.fields["parent"] = epic

        var dependencies: [Int]
        if plant == .dependencyCycle {
            dependencies = [number + 1]
        } else if closesCycle {
            dependencies = [number - 1]
        } else {
            let candidates = dependable[priority]
            let drawn = candidates.isEmpty ? 0 : Int.random(in: 0...3, using: &random)
            dependencies = (0..<drawn).map { _ in candidates[Int.random(in: 0..<candidates.count, using: &random)] }
        }
        dependencies = Array(Set(dependencies)).sorted()
        var references = dependencies.map { "US-\($0)" }
        if plant == .danglingDependency { references.append("US-\(count + number)") }
        if !references.isEmpty { item.fields["depends_on"] = "[\(references.joined(separator: ", "))]" }

        var status = Self.statusDraws[Int.random(in: 0..<Self.statusDraws.count, using: &random)]
        if plant != nil || closesCycle {
            status = "ready"
        } else if status == "done" && !dependencies.allSatisfy({ done[$0] }) {
            status = "in-progress"
        }
        item.status = plant == .missingStatus ? nil : status
        done[number] = item.status == "done"
        priorityIndices[number] = priority
        for index in priority..<dependable.count { dependable[index].append(number) }

        let file = item.file(body: SyntheticText.storyBody(number, epic: epic, random: &random))
        switch plant {
        case .danglingDependency: planted.append(.init(rule: "dangling-reference", path: file.path))
        case .dependencyCycle: planted.append(.init(rule: "dependency-cycle", path: file.path))
        case .missingStatus: planted.append(.init(rule: "missing-field", path: file.path))
        case nil: if closesCycle { planted.append(.init(rule: "dependency-cycle", path: file.path)) }
        }
        return file
    }
}
