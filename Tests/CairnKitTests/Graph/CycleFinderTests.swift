import Testing

@testable import CairnKit

@Suite("CycleFinder")
struct CycleFinderTests {
    typealias F = GraphFixtures

    /// Each cycle written from its smallest node, for comparing sets of cycles.
    private func normalized(_ cycles: [CycleFinder.Cycle]) -> [[Int]] {
        cycles.map { cycle in
            guard let start = cycle.indices.min(by: { cycle[$0] < cycle[$1] }) else { return cycle }
            return Array(cycle[start...] + cycle[..<start])
        }
    }

    /// Whether consecutive nodes (and last → first) are linked by `type`.
    private func isCycle(_ cycle: CycleFinder.Cycle, in graph: BacklogGraph, _ type: LinkType = .dependsOn) -> Bool {
        guard cycle.count > 1, Set(cycle).count == cycle.count else { return false }
        return cycle.indices.allSatisfy { index in
            let next = cycle[(index + 1) % cycle.count]
            return graph.outgoing(from: cycle[index], type).contains { $0.to == next }
        }
    }

    @Test("no cycles in a DAG, and a self-link is not a cycle here")
    func none() {
        #expect(
            CycleFinder.cycles(
                in: F.dependencyGraph(count: 4, edges: [(0, 1), (1, 2), (0, 2), (3, 3)]), of: .dependsOn
            ).isEmpty)
    }

    @Test("a two-cycle and a triangle, each once, from their smallest node")
    func simple() {
        let graph = F.dependencyGraph(count: 6, edges: [(1, 0), (0, 1), (2, 3), (3, 4), (4, 2), (5, 2)])
        #expect(CycleFinder.cycles(in: graph, of: .dependsOn) == [[0, 1], [2, 3, 4]])
    }

    @Test("a figure eight: every node on a reported cycle, no cycle twice")
    func figureEight() {
        let graph = F.dependencyGraph(count: 3, edges: [(0, 1), (1, 0), (1, 2), (2, 1)])
        let cycles = CycleFinder.cycles(in: graph, of: .dependsOn)
        #expect(cycles == [[0, 1], [2, 1]])
    }

    @Test("only links of the asked type form cycles")
    func typed() {
        let graph = BacklogGraph(items: [
            F.item("EP-1", [(.parent, "EP-2"), (.dependsOn, "EP-2")]),
            F.item("EP-2", [(.parent, "EP-1"), (.relatesTo, "EP-1")]),
        ])
        #expect(CycleFinder.cycles(in: graph, of: .dependsOn).isEmpty)
        #expect(CycleFinder.cycles(in: graph, of: .parent) == [[0, 1]])
    }

    @Test("on random graphs: real cycles, each once, covering every node of every component")
    func randomGraphs() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let count = Int.random(in: 2...12, using: &generator)
            var edges: [(Int, Int)] = []
            for from in 0..<count {
                for to in 0..<count where Double.random(in: 0..<1, using: &generator) < 0.2 { edges.append((from, to)) }
            }
            let graph = F.dependencyGraph(count: count, edges: edges)
            let cycles = CycleFinder.cycles(in: graph, of: .dependsOn)
            #expect(cycles.allSatisfy { isCycle($0, in: graph) }, "\(edges) → \(cycles)")
            let keys = normalized(cycles)
            #expect(Set(keys).count == keys.count, "a cycle reported twice: \(cycles)")
            let successors: (Int) -> [Int] = { node in
                graph.outgoing(from: node, .dependsOn).map(\.to).filter { $0 != node }
            }
            let inComponents = StronglyConnectedComponents.find(count: count, successors: successors)
                .filter { $0.count > 1 }.flatMap { $0 }
            #expect(Set(cycles.flatMap { $0 }) == Set(inComponents), "\(edges) → \(cycles)")
        }
    }

    @Test("a 100,000-item dependency ring is one cycle")
    func longRing() {
        let count = 100_000
        let graph = F.dependencyGraph(count: count, edges: (0..<count).map { ($0, ($0 + 1) % count) })
        let cycles = CycleFinder.cycles(in: graph, of: .dependsOn)
        #expect(cycles.count == 1)
        #expect(cycles.first?.count == count)
    }
}
