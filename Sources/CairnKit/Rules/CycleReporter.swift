/// Finds and reports the knots of one link type: one diagnostic on every member's file, at
/// the link that leads on to the next item of the cycle (or, for a member off
/// the shown cycle, to another member), all with the same message.
enum CycleReporter {
    /// Paths longer than this are shown with their middle elided, so that a
    /// knot of thousands of items does not print thousands of ids per file.
    static let longestPathShown = 50

    static func report(
        _ type: LinkType, in graph: BacklogGraph, into sink: inout DiagnosticSink, message: (String) -> String
    ) {
        for knot in CycleFinder.knots(in: graph, of: type) {
            var text = message(path(of: knot.cycle, in: graph))
            if knot.members.count > knot.cycle.count {
                text += "; \(knot.members.count) items in all are caught in this knot"
            }
            let members = Set(knot.members)
            var next: [Int: Int] = [:]
            for (position, node) in knot.cycle.enumerated() {
                next[node] = knot.cycle[(position + 1) % knot.cycle.count]
            }
            for node in knot.members {
                let edges = graph.outgoing(from: node, type)
                let edge =
                    next[node].flatMap { target in edges.first { $0.to == target } }
                    ?? edges.first { $0.to != node && members.contains($0.to) }
                let item = graph.items[node]
                sink.report(text, in: item.path, at: edge?.location ?? .startOfFile)
            }
        }
    }

    private static func path(of cycle: [Int], in graph: BacklogGraph) -> String {
        var ids = (cycle + [cycle[0]]).map { graph.items[$0].id.description }
        if ids.count > longestPathShown {
            let kept = longestPathShown / 2
            ids = ids.prefix(kept) + ["… \(ids.count - 2 * kept) more …"] + ids.suffix(kept)
        }
        return ids.joined(separator: " → ")
    }
}
