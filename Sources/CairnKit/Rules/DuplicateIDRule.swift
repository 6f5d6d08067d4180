/// `duplicate-id`: one id carried by several files.
public struct DuplicateIDRule: Rule {
    public init() {}

    public let description = RuleDescription(
        id: "duplicate-id",
        summary: "Several files carry the same id.",
        defaultSeverity: .error,
        rationale: """
            An id is an item's identity: every link, mention and command names items by id, so \
            two files with one id make every reference to it ambiguous (Cairn resolves links to \
            the first file by path). It usually comes from copying a file or from two branches \
            that created items at the same time. Every file carrying the id is reported, with \
            notes pointing at the others; give all but one of them a free id.
            """,
        triggeringExamples: [
            RuleExample(
                files: [
                    ("stories/US-1-a.md", "---\nid: ↓US-1\ntitle: A\nstatus: draft\n---\n"),
                    ("stories/US-1-a-copy.md", "---\nid: ↓US-1\ntitle: A, copied\nstatus: draft\n---\n"),
                    ("epics/EP-1-b.md", "---\nid: EP-1\ntitle: B\nstatus: draft\n---\n"),
                ])
        ],
        nonTriggeringExamples: [
            RuleExample(
                files: [
                    ("stories/US-1-a.md", "---\nid: US-1\ntitle: A\nstatus: draft\n---\n"),
                    ("stories/US-2-b.md", "---\nid: US-2\ntitle: B\nstatus: draft\n---\n"),
                ])
        ])

    /// How many other files a diagnostic points at with notes, at most.
    static let noteLimit = 10

    public func check(_ context: RuleContext, into sink: inout DiagnosticSink) {
        let graph = context.graph
        guard !graph.duplicateIDs.isEmpty else { return }
        var highest: [String: Int] = [:]
        for item in graph.items { highest[item.id.prefix] = max(highest[item.id.prefix] ?? 0, item.id.number) }
        // By id, which is the order of the groups' first nodes: a radix sort
        // keeps this linear even when most of the backlog is duplicated.
        let groups = Array(graph.duplicateIDs)
        let order = RadixSort.stablySorted(Array(groups.indices), by: groups.map { UInt64($0.value[0]) })
        for (id, nodes) in order.map({ groups[$0] }) {
            let free = ItemID(prefix: id.prefix, number: (highest[id.prefix] ?? id.number) + 1)
            for node in nodes {
                let item = graph.items[node]
                let shown = nodes.prefix(Self.noteLimit + 1).filter { $0 != node }.prefix(Self.noteLimit).map {
                    graph.items[$0]
                }
                let otherCount = nodes.count - 1
                let more = otherCount > shown.count ? " (notes show the first \(shown.count))" : ""
                let otherFiles = otherCount == 1 ? "another file" : "\(otherCount) other files"
                sink.report(
                    "\(id) is also the id of \(otherFiles)\(more); ids must be unique", in: item.path,
                    at: item.position(of: "id")?.value ?? .startOfFile,
                    hint: "give all but one of the files a free id, such as \(free)",
                    notes: shown.map {
                        DiagnosticNote(
                            file: $0.path, location: $0.position(of: "id")?.value ?? .startOfFile,
                            message: "\(id) is also used here")
                    })
            }
        }
    }
}
