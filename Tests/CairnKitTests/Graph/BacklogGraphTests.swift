import Testing

@testable import CairnKit

@Suite("BacklogGraph")
struct BacklogGraphTests {
    typealias F = GraphFixtures

    private func ids(_ graph: BacklogGraph, _ nodes: [Int]) -> [String] {
        nodes.map { graph.items[$0].id.description }
    }

    @Test("items are sorted by id (numerically), then path")
    func ordering() {
        let graph = BacklogGraph(items: [F.item("US-10"), F.item("US-9"), F.item("EP-2"), F.item("US-1")])
        #expect(graph.items.map(\.id.description) == ["EP-2", "US-1", "US-9", "US-10"])
        #expect(graph.node(ItemID(prefix: "US", number: 10)) == 3)
        #expect(graph.item(ItemID(prefix: "US", number: 9))?.path == "backlog/US-9.md")
        #expect(graph.node(ItemID(prefix: "US", number: 2)) == nil)
        #expect(Set(graph.items.map(\.id)) == Set(["EP-2", "US-1", "US-9", "US-10"].compactMap { ItemID($0) }))
    }

    @Test("typed edges both ways, in file order, filtered by type")
    func edges() {
        let graph = BacklogGraph(items: [
            F.item("US-1", [(.dependsOn, "US-2"), (.parent, "EP-1"), (.dependsOn, "US-3"), (.mention, "US-2")]),
            F.item("US-2"), F.item("US-3", [(.dependsOn, "US-2")]), F.item("EP-1"),
        ])
        let us1 = graph.node(ItemID(prefix: "US", number: 1))!
        let us2 = graph.node(ItemID(prefix: "US", number: 2))!
        #expect(graph.outgoing(from: us1).map(\.type) == [.dependsOn, .parent, .dependsOn, .mention])
        #expect(graph.outgoing(from: us1).map(\.location.line) == [2, 3, 4, 5])
        #expect(ids(graph, graph.outgoing(from: us1, .dependsOn).map(\.to)) == ["US-2", "US-3"])
        #expect(ids(graph, graph.dependencies(of: us1)) == ["US-2", "US-3"])
        #expect(ids(graph, graph.dependents(of: us2)) == ["US-1", "US-3"])
        #expect(graph.incoming(to: us2).map(\.type) == [.dependsOn, .mention, .dependsOn])
        #expect(ids(graph, graph.incoming(to: us2, .mention).map(\.from)) == ["US-1"])
        #expect(graph.danglingReferences.isEmpty)
    }

    @Test("children and descendants, breadth first, each once")
    func hierarchy() {
        let graph = BacklogGraph(items: [
            F.item("OBJ-1"), F.item("EP-1", [(.parent, "OBJ-1")]), F.item("EP-2", [(.parent, "OBJ-1")]),
            F.item("US-1", [(.parent, "EP-1")]), F.item("US-2", [(.parent, "EP-2")]),
            F.item("US-3", [(.parent, "EP-1")]),
            F.item("BUG-1", [(.parent, "US-3")]),
        ])
        let objective = graph.node(ItemID(prefix: "OBJ", number: 1))!
        #expect(ids(graph, graph.children(of: objective)) == ["EP-1", "EP-2"])
        #expect(ids(graph, graph.descendants(of: objective)) == ["EP-1", "EP-2", "US-1", "US-3", "US-2", "BUG-1"])
        #expect(graph.descendants(of: graph.node(ItemID(prefix: "BUG", number: 1))!).isEmpty)
    }

    @Test("descendants terminate on a hierarchy cycle and leave out the start")
    func hierarchyCycle() {
        let graph = BacklogGraph(items: [
            F.item("EP-1", [(.parent, "EP-3")]), F.item("EP-2", [(.parent, "EP-1")]),
            F.item("EP-3", [(.parent, "EP-2")]),
            F.item("US-1", [(.parent, "US-1")]),
        ])
        #expect(ids(graph, graph.descendants(of: graph.node(ItemID(prefix: "EP", number: 1))!)) == ["EP-2", "EP-3"])
        #expect(graph.descendants(of: graph.node(ItemID(prefix: "US", number: 1))!).isEmpty)
    }

    @Test("duplicate ids: all items kept, the first by path answers for the id, edges go to it")
    func duplicates() {
        let graph = BacklogGraph(items: [
            F.item("US-1", path: "b/US-1.md"), F.item("US-2", [(.dependsOn, "US-1")]),
            F.item("US-1", path: "a/US-1.md"),
            F.item("US-1", path: "c/US-1.md"), F.item("US-3"), F.item("US-3", path: "z.md"),
        ])
        #expect(
            graph.items.map(\.path) == [
                "a/US-1.md", "b/US-1.md", "c/US-1.md", "backlog/US-2.md", "backlog/US-3.md", "z.md",
            ])
        #expect(
            graph.duplicateIDs == [
                ItemID(prefix: "US", number: 1): [0, 1, 2], ItemID(prefix: "US", number: 3): [4, 5],
            ])
        #expect(graph.item(ItemID(prefix: "US", number: 1))?.path == "a/US-1.md")
        #expect(graph.dependencies(of: 3) == [0])
        #expect(graph.dependents(of: 1).isEmpty)
    }

    @Test("references to ids no item carries are dangling, in item order, and make no edge")
    func dangling() {
        let graph = BacklogGraph(items: [
            F.item("US-2", [(.dependsOn, "US-99"), (.mention, "EP-1")]), F.item("US-1", [(.parent, "EP-7")]),
            F.item("EP-1"),
        ])
        #expect(
            graph.danglingReferences.map { "\(graph.items[$0.from].id)→\($0.reference.target)" } == [
                "US-1→EP-7", "US-2→US-99",
            ])
        #expect(graph.danglingReferences.map(\.reference.location.line) == [2, 2])
        let us2 = graph.node(ItemID(prefix: "US", number: 2))!
        #expect(graph.outgoing(from: us2).map(\.type) == [.mention])
    }

    @Test("an empty backlog")
    func empty() {
        let graph = BacklogGraph(items: [])
        #expect(graph.items.isEmpty)
        #expect(graph.duplicateIDs.isEmpty)
        #expect(graph.danglingReferences.isEmpty)
    }
}
