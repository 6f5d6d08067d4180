/// Objectives, their key results with progress, and the work feeding each
/// key result: what `cairn okr` shows.
///
/// The work feeding a key result is every item whose `key_results` names it,
/// plus those items' descendants through `parent` links — the stories of an
/// epic that feeds the key result feed it too.
public struct OKRReport: Sendable {
    /// Every objective, by id.
    public var objectives: [ObjectiveProgress]
    /// Key results whose parent is no objective, by id.
    public var keyResultsWithoutObjective: [KeyResultProgress]

    public init(backlog: Backlog) {
        let graph = backlog.graph
        let statuses = backlog.configuration.statuses
        let keyResults = graph.items.indices.filter { graph.items[$0].kind == "key-result" }
        let subtrees = OKRSubtreeShares(graph: graph, statuses: statuses)
        var byObjective: [Int: [KeyResultProgress]] = [:]
        var orphans: [KeyResultProgress] = []
        for node in keyResults {
            let progress = KeyResultProgress(node: node, graph: graph, statuses: statuses, subtrees: subtrees)
            if let parent = graph.items[node].parent.flatMap(graph.node), graph.items[parent].kind == "objective" {
                byObjective[parent, default: []].append(progress)
            } else {
                orphans.append(progress)
            }
        }
        objectives = graph.items.indices.filter { graph.items[$0].kind == "objective" }.map {
            ObjectiveProgress(objective: graph.items[$0], keyResults: byObjective[$0] ?? [])
        }
        keyResultsWithoutObjective = orphans
    }
}

/// One objective and its key results.
public struct ObjectiveProgress: Sendable {
    public var objective: Item
    /// By id.
    public var keyResults: [KeyResultProgress]
}

/// One key result: its numbers, its progress and the work feeding it.
public struct KeyResultProgress: Sendable {
    public var keyResult: Item
    public var baseline: Double?
    public var target: Double?
    public var current: Double?
    public var unit: String?
    /// The items whose `key_results` names this key result, by id, each with
    /// the done share of itself and its descendants.
    public var linkedWork: [(item: Item, share: CompletionShare)]
    /// The done share of all the work feeding the key result: the linked
    /// items and their descendants, each counted once.
    public var share: CompletionShare

    init(node: Int, graph: BacklogGraph, statuses: StatusScheme, subtrees: OKRSubtreeShares) {
        let item = graph.items[node]
        keyResult = item
        baseline = item.fields["baseline"]?.numberValue
        target = item.fields["target"]?.numberValue
        current = item.fields["current"]?.numberValue
        unit = item.fields["unit"]?.stringValue
        let linked = Set(graph.incoming(to: node, .keyResults).map(\.from)).subtracting([node]).sorted()
        linkedWork = linked.map { (graph.items[$0], subtrees.share(of: $0)) }
        let feeding = Self.subtrees(of: linked, in: graph)
        share = CompletionShare(of: feeding.sorted().map { graph.items[$0] }, statuses: statuses)
    }

    /// `roots` and their descendants, each once however subtrees nest or
    /// parents loop: a node already seen is not walked again.
    private static func subtrees(of roots: [Int], in graph: BacklogGraph) -> Set<Int> {
        var seen = Set(roots)
        var stack = roots
        while let node = stack.popLast() {
            for child in graph.children(of: node) where seen.insert(child).inserted { stack.append(child) }
        }
        return seen
    }

    /// How far the key result has come from its baseline toward its target.
    public var progress: KeyResultMeasure {
        guard let target else { return .noTarget }
        guard let baseline else { return .noBaseline }
        guard let current else { return .noCurrentValue }
        guard target != baseline else { return .targetEqualsBaseline }
        let percent = (current - baseline) * 100 / (target - baseline)
        guard percent.isFinite else { return .outOfRange }
        return .percent(percent)
    }
}

/// A key result's progress, or why there is none.
public enum KeyResultMeasure: Hashable, Sendable {
    /// (current − baseline) ÷ (target − baseline) × 100, not clamped: a key
    /// result past its target reads above 100, one that went backwards below 0.
    case percent(Double)
    case noTarget
    case noBaseline
    case noCurrentValue
    /// The target is the baseline, so there is no distance to measure.
    case targetEqualsBaseline
    /// The numbers are so far apart (or so close) that the percentage is
    /// beyond what a number can hold, or one of them is not a number.
    case outOfRange

    /// `50 %`, rounded to a whole percent, or the reason in words.
    public var summary: String {
        switch self {
        case .percent(let value): return "\(FieldValue.format(value.rounded())) %"
        case .noTarget: return "no target"
        case .noBaseline: return "no baseline"
        case .noCurrentValue: return "no current value"
        case .targetEqualsBaseline: return "target equals baseline"
        case .outOfRange: return "progress cannot be computed: numbers out of range"
        }
    }
}
