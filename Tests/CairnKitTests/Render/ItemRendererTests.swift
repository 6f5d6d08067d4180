import CairnKit
import Testing

/// Exact output of the item list and item detail renderers.
@Suite("Item renderers")
struct ItemRendererTests {
    @Test("table: columns as wide as their widest value, missing values as -")
    func table() throws {
        let backlog = try RenderTestBacklog.load()
        #expect(
            ItemListRenderer.table(backlog.graph.items) == """
                ID     KIND       STATUS       PRIORITY  OWNER  TITLE
                EP-3   epic       in-progress  -         -      One-tap "checkout"
                OBJ-1  objective  in-progress  -         -      Grow checkout conversion
                US-1   story      draft        must      alice  Pay with Apple Pay, fast
                US-2   story      done         should    bob    Save cards
                US-4   story      dropped      -         -      Pay with crypto

                """)
    }

    @Test("table: titles cut with … to fit the width")
    func tableTruncated() throws {
        let backlog = try RenderTestBacklog.load()
        let lines = ItemListRenderer.table(backlog.graph.items, width: 62).split(separator: "\n")
        #expect(lines[2] == "OBJ-1  objective  in-progress  -         -      Grow checkout…")
        #expect(lines[3] == "US-1   story      draft        must      alice  Pay with Appl…")
        #expect(lines[4] == "US-2   story      done         should    bob    Save cards")
        #expect(lines.allSatisfy { $0.count <= 62 })
    }

    @Test("JSON: every field in its natural type, keys sorted")
    func json() throws {
        let backlog = try RenderTestBacklog.load()
        let items = backlog.graph.items.filter { ["US-1", "US-4"].contains($0.id.description) }
        #expect(
            try ItemListRenderer.json(items) == """
                [{"depends_on":["US-2","US-21"],"estimate":5,"id":"US-1","kind":"story","labels":["checkout","payments"],\
                "owner":"alice","parent":"EP-3","path":"backlog/stories/US-1-pay.md","priority":"must",\
                "rice":{"confidence":0.8,"effort":3,"impact":2,"reach":4000},"status":"draft","title":"Pay with Apple Pay, fast"},\
                {"id":"US-4","kind":"story","labels":[],"owner":null,"path":"backlog/stories/US-4-crypto.md","priority":null,\
                "status":"dropped","title":"Pay with crypto"}]

                """)
    }

    @Test("CSV: header, RFC 4180 quoting, CRLF")
    func csv() throws {
        let backlog = try RenderTestBacklog.load()
        #expect(
            ItemListRenderer.csv(backlog.graph.items.filter { $0.kind != "story" || $0.id.number == 1 })
                == [
                    "id,kind,status,priority,owner,title,labels,path",
                    #"EP-3,epic,in-progress,,,"One-tap ""checkout""",,backlog/epics/EP-3-one-tap.md"#,
                    "OBJ-1,objective,in-progress,,,Grow checkout conversion,,backlog/objectives/OBJ-1-grow.md",
                    #"US-1,story,draft,must,alice,"Pay with Apple Pay, fast","checkout, payments",backlog/stories/US-1-pay.md"#,
                ].map { $0 + "\r\n" }.joined())
    }

    @Test("filters combine with AND, values of one filter with OR")
    func filter() throws {
        let items = try RenderTestBacklog.load().graph.items
        func ids(_ filter: ItemFilter) -> [String] { items.filter(filter.matches).map(\.id.description) }
        #expect(ids(ItemFilter()) == ["EP-3", "OBJ-1", "US-1", "US-2", "US-4"])
        #expect(ids(ItemFilter(kinds: ["story"])) == ["US-1", "US-2", "US-4"])
        #expect(ids(ItemFilter(kinds: ["story"], statuses: ["draft", "done"])) == ["US-1", "US-2"])
        #expect(ids(ItemFilter(statuses: ["draft", "done"], owners: ["bob"])) == ["US-2"])
        #expect(ids(ItemFilter(labels: ["payments", "nothing"])) == ["US-1"])
        #expect(ids(ItemFilter(priorities: ["could"])) == [])
        #expect(
            ItemFilter(kinds: ["stroy"], statuses: ["ready", "zzz"]).unknownValues(in: .default) == [
                "unknown kind 'stroy'; did you mean 'story'?",
                "unknown status 'zzz'; expected one of draft, ready, in-progress, in-review, done, dropped",
            ])
    }

    @Test("detail: identity, fields in file order, links both ways, body")
    func detail() throws {
        let backlog = try RenderTestBacklog.load()
        #expect(
            ItemDetailRenderer.render(node: try node("US-1", in: backlog), in: backlog) == """
                id:    US-1
                kind:  story
                title: Pay with Apple Pay, fast
                path:  backlog/stories/US-1-pay.md

                Fields:
                  status:     draft
                  priority:   must
                  owner:      alice
                  labels:     checkout, payments
                  parent:     EP-3
                  depends_on: US-2, US-21
                  estimate:   5
                  rice:       confidence: 0.8, effort: 3, impact: 2, reach: 4000
                  jira:       PAY-12

                Links out:
                  depends_on:
                    US-2   Save cards
                    US-21  (not in the backlog)
                  mention:
                    US-2  Save cards
                  parent:
                    EP-3  One-tap "checkout"

                Links in: none

                Body:
                As a returning customer, I want to pay with Apple Pay.
                See [[US-2]].

                """)
        #expect(
            ItemDetailRenderer.render(node: try node("EP-3", in: backlog), in: backlog) == """
                id:    EP-3
                kind:  epic
                title: One-tap "checkout"
                path:  backlog/epics/EP-3-one-tap.md

                Fields:
                  status: in-progress
                  parent: OBJ-1

                Links out:
                  parent:
                    OBJ-1  Grow checkout conversion

                Links in:
                  parent:
                    US-1  Pay with Apple Pay, fast
                    US-2  Save cards

                """)
    }

    private func node(_ id: String, in backlog: Backlog) throws -> Int {
        try #require(ItemID(id).flatMap(backlog.graph.node))
    }
}
