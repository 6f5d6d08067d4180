/// Reports cycles of one link type: one diagnostic per item of each cycle, at
/// the link that leads to the next item, all with the same full path.
enum CycleReporter {
    static func report(
        _ cycles: [CycleFinder.Cycle], of type: LinkType, in graph: BacklogGraph, into sink: inout DiagnosticSink,
        message: (String) -> String
    ) {
        for cycle in cycles {
            let path = (cycle + [cycle[0]]).map { graph.items[$0].id.description }.joined(separator: " → ")
            for (position, node) in cycle.enumerated() {
                let next = cycle[(position + 1) % cycle.count]
                let edge = graph.outgoing(from: node, type).first { $0.to == next }
                let item = graph.items[node]
                sink.report(message(path), in: item.path, at: edge?.location ?? .startOfFile)
            }
        }
    }
}
