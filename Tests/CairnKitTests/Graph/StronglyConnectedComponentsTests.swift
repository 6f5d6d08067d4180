import CairnKit
import Testing

@Suite("StronglyConnectedComponents")
struct StronglyConnectedComponentsTests {
    private func components(_ count: Int, _ edges: [(Int, Int)]) -> [[Int]] {
        var successors = [[Int]](repeating: [], count: count)
        for (from, to) in edges { successors[from].append(to) }
        return StronglyConnectedComponents.find(count: count, successors: { successors[$0] })
    }

    @Test("known graphs")
    func knownGraphs() {
        #expect(components(0, []) == [])
        #expect(components(1, []) == [[0]])
        #expect(components(1, [(0, 0)]) == [[0]])
        #expect(components(3, [(0, 1), (1, 2)]) == [[0], [1], [2]])
        #expect(components(4, [(3, 0), (0, 1), (1, 2), (2, 0)]) == [[0, 1, 2], [3]])
        #expect(components(4, [(0, 1), (1, 0), (2, 3), (3, 2), (1, 2)]) == [[0, 1], [2, 3]])
        // The textbook example (CLRS figure 22.9), nodes a…h as 0…7.
        let edges = [
            (0, 1), (1, 2), (1, 4), (1, 5), (2, 3), (2, 6), (3, 2), (3, 7), (4, 0), (4, 5), (5, 6), (6, 5), (6, 7),
            (7, 7),
        ]
        #expect(components(8, edges) == [[0, 1, 4], [2, 3], [5, 6], [7]])
    }

    @Test("parallel edges and edges to visited nodes in other components")
    func crossEdges() {
        #expect(
            components(5, [(0, 1), (0, 1), (1, 0), (2, 0), (2, 3), (3, 2), (4, 3), (4, 1)]) == [[0, 1], [2, 3], [4]])
    }

    @Test("a component is exactly a set of mutually reachable nodes, on random graphs")
    func randomGraphs() {
        var generator = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            let count = Int.random(in: 1...14, using: &generator)
            let density = Double.random(in: 0.02...0.35, using: &generator)
            var successors = [[Int]](repeating: [], count: count)
            for from in 0..<count {
                for to in 0..<count where Double.random(in: 0..<1, using: &generator) < density {
                    successors[from].append(to)
                }
            }
            let found = StronglyConnectedComponents.find(count: count, successors: { successors[$0] })
            let reach = reachability(successors)
            var componentOf = [Int](repeating: -1, count: count)
            for (index, component) in found.enumerated() {
                #expect(component == component.sorted())
                for node in component { componentOf[node] = index }
            }
            #expect(found.flatMap { $0 }.sorted() == Array(0..<count), "every node in exactly one component")
            #expect(found.map(\.[0]) == found.map(\.[0]).sorted(), "components ordered by their smallest node")
            for a in 0..<count {
                for b in 0..<count {
                    let mutual = a == b || (reach[a][b] && reach[b][a])
                    #expect((componentOf[a] == componentOf[b]) == mutual, "nodes \(a) and \(b) in \(successors)")
                }
            }
        }
    }

    @Test("a chain of 100,000 dependencies does not overflow the stack")
    func longChain() {
        let count = 100_000
        let chain = StronglyConnectedComponents.find(count: count, successors: { $0 + 1 < count ? [$0 + 1] : [] })
        #expect(chain.count == count)
        #expect(chain.first == [0] && chain.last == [count - 1])
        let ring = StronglyConnectedComponents.find(count: count, successors: { [($0 + 1) % count] })
        #expect(ring.count == 1)
        #expect(ring.first?.count == count)
    }

    /// Whether each node reaches each other, by a search from every node.
    private func reachability(_ successors: [[Int]]) -> [[Bool]] {
        successors.indices.map { start in
            var seen = [Bool](repeating: false, count: successors.count)
            var stack = successors[start]
            while let node = stack.popLast() {
                guard !seen[node] else { continue }
                seen[node] = true
                stack += successors[node]
            }
            return seen
        }
    }
}
