/// Tarjan's strongly connected components, iterative so that a chain of
/// 100,000 dependencies cannot overflow the stack. Linear in nodes plus
/// edges: the walk keeps only integers, and components come out ordered by a
/// pass over the nodes rather than by sorting.
public enum StronglyConnectedComponents {
    /// The components of the graph with `count` nodes and `successors`, each
    /// component's nodes in ascending order, components ordered by their
    /// smallest node.
    public static func find(count: Int, successors: (Int) -> [Int]) -> [[Int]] {
        Labels(of: Adjacency(count: count, successors: successors)).members(minimumSize: 1)
    }

    /// The component of every node.
    struct Labels {
        /// The component of each node, numbered in the order Tarjan completes them.
        let component: [Int]
        /// The number of nodes in each component.
        let size: [Int]

        init(of graph: Adjacency) {
            var index = [Int](repeating: -1, count: graph.count)
            var lowLink = [Int](repeating: 0, count: graph.count)
            var onStack = [Bool](repeating: false, count: graph.count)
            var component = [Int](repeating: -1, count: graph.count)
            var size: [Int] = []
            var stack: [Int] = []
            var nextIndex = 0
            var work: [(node: Int, position: Int)] = []
            func discover(_ node: Int) {
                index[node] = nextIndex
                lowLink[node] = nextIndex
                nextIndex += 1
                stack.append(node)
                onStack[node] = true
                work.append((node, graph.positions(of: node).lowerBound))
            }

            for root in 0..<graph.count where index[root] < 0 {
                discover(root)
                while let (node, position) = work.last {
                    if position < graph.positions(of: node).upperBound {
                        work[work.count - 1].position += 1
                        let next = graph.successor(at: position)
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
                    var members = 0
                    while let member = stack.popLast() {
                        onStack[member] = false
                        component[member] = size.count
                        members += 1
                        if member == node { break }
                    }
                    size.append(members)
                }
            }
            self.component = component
            self.size = size
        }

        /// The components of at least `minimumSize` nodes, each one's nodes
        /// ascending, ordered by smallest node: one pass over the nodes.
        func members(minimumSize: Int) -> [[Int]] {
            var slot = [Int](repeating: -1, count: size.count)
            var result: [[Int]] = []
            for (node, label) in component.enumerated() where size[label] >= minimumSize {
                if slot[label] < 0 {
                    slot[label] = result.count
                    result.append([])
                    result[result.count - 1].reserveCapacity(size[label])
                }
                result[slot[label]].append(node)
            }
            return result
        }
    }
}
