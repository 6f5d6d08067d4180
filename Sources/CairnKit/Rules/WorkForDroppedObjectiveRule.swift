/// `work-for-dropped-objective`: open work that still serves an objective
/// the team has given up.
public struct WorkForDroppedObjectiveRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "work-for-dropped-objective",
        summary: "An open item names in key_results a key result of a dropped objective.",
        defaultSeverity: .warning,
        scope: .links([LinkPath([.outgoing(.keyResults)]), LinkPath([.outgoing(.keyResults), .outgoing(.parent)])]),
        rationale: """
            When an objective is dropped, the work done for its key results loses its reason. \
            Cairn reports every open item whose `key_results` names a key result whose parent \
            objective is dropped, so that the work is dropped too or linked to a key result \
            that still counts. Done and dropped work is history and is left alone.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    ("objectives/OBJ-1-kiosks.md", "---\nid: OBJ-1\ntitle: Kiosks\nstatus: dropped\n---\n"),
                    (
                        "key-results/KR-1-kiosks-live.md",
                        "---\nid: KR-1\ntitle: 50 kiosks\nstatus: draft\nparent: OBJ-1\ntarget: 50\n---\n"
                    ),
                    (
                        "stories/US-1-kiosk-mode.md",
                        "---\nid: US-1\ntitle: Kiosk mode\nstatus: draft\nkey_results: [↓KR-1]\n---\n"
                    ),
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("objectives/OBJ-1-kiosks.md", "---\nid: OBJ-1\ntitle: Kiosks\nstatus: dropped\n---\n"),
                    (
                        "key-results/KR-1-kiosks-live.md",
                        "---\nid: KR-1\ntitle: 50 kiosks\nstatus: draft\nparent: OBJ-1\ntarget: 50\n---\n"
                    ),
                    ("objectives/OBJ-2-checkout.md", "---\nid: OBJ-2\ntitle: Checkout\nstatus: ready\n---\n"),
                    (
                        "key-results/KR-2-fast.md",
                        "---\nid: KR-2\ntitle: Fast\nstatus: draft\nparent: OBJ-2\ntarget: 20\n---\n"
                    ),
                    (
                        "stories/US-1-kiosk-mode.md",
                        "---\nid: US-1\ntitle: Kiosk mode\nstatus: dropped\nkey_results: [KR-1]\n---\n"
                    ),
                    (
                        "stories/US-2-kiosk-login.md",
                        "---\nid: US-2\ntitle: Kiosk login\nstatus: done\nkey_results: [KR-1]\n---\n"
                    ),
                    (
                        "stories/US-3-fast-pay.md",
                        "---\nid: US-3\ntitle: Fast pay\nstatus: ready\nkey_results: [KR-2]\n---\n"
                    ),
                ])
        ])

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let graph = context.graph
        let statuses = context.configuration.statuses
        for (node, item) in graph.items.enumerated() where statuses.isOpen(item.status) {
            for edge in graph.outgoing(from: node, .keyResults) {
                let keyResult = graph.items[edge.to]
                guard let objectiveID = keyResult.parent, let objective = graph.item(objectiveID),
                    objective.kind == "objective", statuses.isDropped(objective.status)
                else { continue }
                sink.report(
                    "\(item.id) works toward \(keyResult.id), a key result of the dropped objective \(objective.id)",
                    in: item.path, at: edge.location,
                    hint: "drop \(item.id), or link it to a key result of an objective that is not dropped")
            }
        }
    }
}
