/// The successors of every node of a graph in two flat arrays of integers,
/// so that a walk over 100,000 nodes reads contiguous memory instead of one
/// small array per node.
struct Adjacency {
    /// How many nodes the graph has.
    let count: Int
    /// `targets[starts[node]..<starts[node + 1]]` are `node`'s successors, in order.
    private let starts: [Int]
    private let targets: [Int]

    /// The successors `successors` gives for each node, asked once per node.
    init(count: Int, successors: (Int) -> [Int]) {
        self.init(count: count) { node, targets in targets.append(contentsOf: successors(node)) }
    }

    /// The nodes each node links to with `type` links, other than itself.
    init(_ graph: BacklogGraph, _ type: LinkType) {
        self.init(count: graph.items.count) { node, targets in
            for edge in graph.outgoingEdges(from: node) where edge.type == type && edge.to != node {
                targets.append(edge.to)
            }
        }
    }

    /// Lets `appendSuccessors` append each node's successors in turn.
    private init(count: Int, appendSuccessors: (_ node: Int, _ targets: inout [Int]) -> Void) {
        var starts = [0]
        starts.reserveCapacity(count + 1)
        var targets: [Int] = []
        for node in 0..<count {
            appendSuccessors(node, &targets)
            starts.append(targets.count)
        }
        self.count = count
        self.starts = starts
        self.targets = targets
    }

    /// The successors of `node`, in order.
    subscript(node: Int) -> ArraySlice<Int> { targets[positions(of: node)] }

    /// Where `node`'s successors lie in ``successor(at:)``'s flat numbering.
    func positions(of node: Int) -> Range<Int> { starts[node]..<starts[node + 1] }

    /// The successor at `position` of the flat numbering.
    func successor(at position: Int) -> Int { targets[position] }
}
