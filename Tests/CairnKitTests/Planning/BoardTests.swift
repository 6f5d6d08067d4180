import CairnKit
import Testing

/// Which columns and cards a board has, on the worked example and on
/// small backlogs for the edge cases.
@Suite("Board")
struct BoardTests {
    /// Each column as `title: ids`, for compact exact assertions.
    private func layout(_ board: Board) -> [String] {
        board.columns.map { column in "\(column.title): " + column.cards.map(\.id.description).joined(separator: " ") }
    }

    private func board(_ grouping: BoardGrouping, _ filter: ItemFilter = ItemFilter()) throws -> Board {
        let backlog = try BoardStatsFixture.workedExample()
        return Board(backlog.graph.items, by: grouping, filter: filter, configuration: backlog.configuration)
    }

    @Test("by status: work only, every status but dropped, empty ones too; cards by priority then id")
    func byStatus() throws {
        #expect(
            layout(try board(.status)) == [
                "draft: US-5 US-8",
                "ready: BUG-1 US-2 US-3 US-6 US-7",
                "in-progress: EP-1 US-4",
                "in-review: ",
                "done: US-1",
            ])
        let columns = try board(.status).columns
        #expect(columns.map(\.category) == [.open, .open, .open, .open, .done])
        #expect(columns[4].cards.map(\.category) == [.done])
    }

    @Test("by owner: owners by name, then the unassigned")
    func byOwner() throws {
        #expect(
            layout(try board(.owner)) == [
                "alice: US-2 US-4 US-7",
                "bob: BUG-1 US-1 US-3 US-6",
                "carol: US-5",
                "unassigned: EP-1 US-8",
            ])
        #expect(try board(.owner).columns.allSatisfy { $0.category == nil })
    }

    @Test("by priority: the configured order, then the items without one")
    func byPriority() throws {
        #expect(
            layout(try board(.priority)) == [
                "must: BUG-1 EP-1 US-1 US-2",
                "should: US-3 US-5",
                "could: US-4 US-6 US-8",
                "wont: US-7",
            ])
    }

    @Test("filters: a status filter names the columns and brings dropped items back; --kind shows other kinds")
    func filters() throws {
        #expect(
            layout(try board(.status, ItemFilter(statuses: ["dropped", "ready"])))
                == ["ready: BUG-1 US-2 US-3 US-6 US-7", "dropped: "])
        #expect(
            layout(try board(.status, ItemFilter(kinds: ["objective", "story"], statuses: ["dropped", "ready"])))
                == ["ready: US-2 US-3 US-6 US-7", "dropped: OBJ-2"])
        #expect(
            layout(try board(.owner, ItemFilter(kinds: ["story"], owners: ["alice", "dave"])))
                == ["alice: US-2 US-4 US-7", "dave: "])
        #expect(
            layout(try board(.status, ItemFilter(kinds: ["feedback"])))
                == ["draft: ", "ready: ", "in-progress: ", "in-review: ", "done: ", "no status: FB-1 FB-2 FB-3"])
        #expect(
            layout(try board(.priority, ItemFilter(kinds: ["story"], priorities: ["could"])))
                == ["could: US-4 US-6 US-8"])
    }

    @Test("a status or priority the configuration does not allow is no value: such items join the missing column")
    func invalidValues() throws {
        let backlog = try BoardStatsFixture.backlog([
            "backlog/stories/US-1-a.md": "---\nid: US-1\ntitle: A\nstatus: waiting\npriority: urgent\n---\n",
            "backlog/stories/US-2-b.md": "---\nid: US-2\ntitle: B\nstatus: ready\npriority: must\n---\n",
            "backlog/stories/US-3-c.md": "---\nid: US-3\ntitle: C\n---\n",
        ])
        let configuration = backlog.configuration
        #expect(
            layout(Board(backlog.graph.items, by: .status, configuration: configuration)) == [
                "draft: ", "ready: US-2", "in-progress: ", "in-review: ", "done: ", "no status: US-1 US-3",
            ])
        #expect(
            layout(Board(backlog.graph.items, by: .priority, configuration: configuration)) == [
                "must: US-2", "should: ", "could: ", "wont: ", "no priority: US-1 US-3",
            ])
        #expect(Board(backlog.graph.items, by: .status, configuration: configuration).columns.last?.value == nil)
    }
}
