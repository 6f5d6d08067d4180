/// Tarjan's strongly connected components, iterative so that a chain of
/// 100,000 dependencies cannot overflow the stack. Linear in nodes plus edges.
public enum StronglyConnectedComponents {
    /// The components of the graph with `count` nodes and `successors`, each
    /// component's nodes in ascending order, components ordered by their
    /// smallest node.
    public static func find(count: Int, successors: (Int) -> [Int]) -> [[Int]] {
        var index = [Int](repeating: -1, count: count)
        var lowLink = [Int](repeating: 0, count: count)
        var onStack = [Bool](repeating: false, count: count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var nextIndex = 0
        var work: [(node: Int, successors: [Int], position: Int)] = []
        func discover(_ node: Int) {
            index[node] = nextIndex
            lowLink[node] = nextIndex
            nextIndex += 1
            stack.append(node)
            onStack[node] = true
            work.append((node, successors(node), 0))
        }

        for root in 0..<count where index[root] < 0 {
            discover(root)
            while !work.isEmpty {
                let top = work.count - 1
                let node = work[top].node
                if work[top].position < work[top].successors.count {
                    let next = work[top].successors[work[top].position]
                    work[top].position += 1
                    if index[next] < 0 {
                        discover(next)
                    } else if onStack[next] {
                        lowLink[node] = min(lowLink[node], index[next])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { lowLink[parent] = min(lowLink[parent], lowLink[node]) }
                guard lowLink[node] == index[node] else { continue }
                var component: [Int] = []
                while let member = stack.popLast() {
                    onStack[member] = false
                    component.append(member)
                    if member == node { break }
                }
                components.append(component.sorted())
            }
        }
        return components.sorted { $0[0] < $1[0] }
    }
}
