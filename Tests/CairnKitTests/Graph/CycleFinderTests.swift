import Testing

@testable import CairnKit

@Suite("CycleFinder")
struct CycleFinderTests {
    typealias F = GraphFixtures

    /// Whether consecutive nodes (and last → first) are linked by `type`.
    private func isCycle(_ cycle: [Int], in graph: BacklogGraph, _ type: LinkType = .dependsOn) -> Bool {
        guard cycle.count > 1, Set(cycle).count == cycle.count else { return false }
        return cycle.indices.allSatisfy { index in
            let next = cycle[(index + 1) % cycle.count]
            return graph.outgoing(from: cycle[index], type).contains { $0.to == next }
        }
    }

    @Test("no knots in a DAG, and a self-link is not a cycle here")
    func none() {
        let graph = F.dependencyGraph(count: 4, edges: [(0, 1), (1, 2), (0, 2), (3, 3)])
        #expect(CycleFinder.knots(in: graph, of: .dependsOn).isEmpty)
    }

    @Test("a two-cycle and a triangle: one knot each, its cycle from its smallest node")
    func simple() {
        let graph = F.dependencyGraph(count: 6, edges: [(1, 0), (0, 1), (2, 3), (3, 4), (4, 2), (5, 2)])
        #expect(
            CycleFinder.knots(in: graph, of: .dependsOn) == [
                CycleFinder.Knot(cycle: [0, 1], members: [0, 1]),
                CycleFinder.Knot(cycle: [2, 3, 4], members: [2, 3, 4]),
            ])
    }

    @Test("a figure eight is one knot with every member, reported once")
    func figureEight() {
        let graph = F.dependencyGraph(count: 3, edges: [(0, 1), (1, 0), (1, 2), (2, 1)])
        #expect(CycleFinder.knots(in: graph, of: .dependsOn) == [CycleFinder.Knot(cycle: [0, 1], members: [0, 1, 2])])
    }

    @Test("only links of the asked type form cycles")
    func typed() {
        let graph = BacklogGraph(items: [
            F.item("EP-1", [(.parent, "EP-2"), (.dependsOn, "EP-2")]),
            F.item("EP-2", [(.parent, "EP-1"), (.relatesTo, "EP-1")]),
        ])
        #expect(CycleFinder.knots(in: graph, of: .dependsOn).isEmpty)
        #expect(CycleFinder.knots(in: graph, of: .parent).map(\.cycle) == [[0, 1]])
    }

    @Test("on random graphs: one knot per component, a real cycle through its smallest member")
    func randomGraphs() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<200 {
            let count = Int.random(in: 2...12, using: &generator)
            var edges: [(Int, Int)] = []
            for from in 0..<count {
                for to in 0..<count where Double.random(in: 0..<1, using: &generator) < 0.2 { edges.append((from, to)) }
            }
            let graph = F.dependencyGraph(count: count, edges: edges)
            let knots = CycleFinder.knots(in: graph, of: .dependsOn)
            let successors: (Int) -> [Int] = { node in
                graph.outgoing(from: node, .dependsOn).map(\.to).filter { $0 != node }
            }
            let components = StronglyConnectedComponents.find(count: count, successors: successors).filter {
                $0.count > 1
            }
            #expect(knots.map(\.members) == components, "\(edges)")
            for knot in knots {
                #expect(isCycle(knot.cycle, in: graph), "\(edges) → \(knot)")
                #expect(knot.cycle.first == knot.members.first, "\(edges) → \(knot)")
                #expect(Set(knot.cycle).isSubset(of: knot.members))
            }
        }
    }

    @Test("a hub in a two-cycle with each of 20,000 items is one knot, found quickly", .timeLimit(.minutes(1)))
    func star() {
        let count = 20_000
        let edges = (1..<count).flatMap { [(0, $0), ($0, 0)] }
        let knots = CycleFinder.knots(in: F.dependencyGraph(count: count, edges: edges), of: .dependsOn)
        #expect(knots.count == 1)
        #expect(knots.first?.cycle.count == 2)
        #expect(knots.first?.members.count == count)
    }

    @Test("a 100,000-item dependency ring is one knot")
    func longRing() {
        let count = 100_000
        let graph = F.dependencyGraph(count: count, edges: (0..<count).map { ($0, ($0 + 1) % count) })
        let knots = CycleFinder.knots(in: graph, of: .dependsOn)
        #expect(knots.count == 1)
        #expect(knots.first?.cycle.count == count)
    }

    @Test("on random graphs: the cycle shown is a shortest one through the knot's smallest member")
    func shortestCycles() {
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<200 {
            let count = Int.random(in: 2...16, using: &generator)
            var successors = [[Int]](repeating: [], count: count)
            for from in 0..<count {
                for to in 0..<count where to != from && Double.random(in: 0..<1, using: &generator) < 0.18 {
                    successors[from].append(to)
                }
            }
            for knot in CycleFinder.knots(count: count, successors: { successors[$0] }) {
                let shortest = shortestCycleLength(through: knot.members[0], successors)
                #expect(knot.cycle.count == shortest, "\(successors) → \(knot)")
            }
        }
    }

    @Test("many small knots in one large graph are each found with their own cycle")
    func manySmallKnots() {
        let knotCount = 3_000
        var edges: [(Int, Int)] = []
        for knot in 0..<knotCount {
            let base = knot * 4
            edges += [(base, base + 1), (base + 1, base + 2), (base + 2, base), (base + 3, base)]
            if knot % 2 == 0 { edges.append((base + 1, base)) }
        }
        let knots = CycleFinder.knots(in: F.dependencyGraph(count: knotCount * 4, edges: edges), of: .dependsOn)
        #expect(knots.count == knotCount)
        for (knot, found) in knots.enumerated() {
            let base = knot * 4
            #expect(found.members == [base, base + 1, base + 2])
            #expect(found.cycle == (knot % 2 == 0 ? [base, base + 1] : [base, base + 1, base + 2]))
        }
    }

    /// The length of a shortest cycle through `start`, by breadth-first search.
    private func shortestCycleLength(through start: Int, _ successors: [[Int]]) -> Int? {
        var distance = [Int?](repeating: nil, count: successors.count)
        distance[start] = 0
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] {
                if next == start { return (distance[node] ?? 0) + 1 }
                guard distance[next] == nil else { continue }
                distance[next] = (distance[node] ?? 0) + 1
                queue.append(next)
            }
        }
        return nil
    }
}
