import CairnKit
import Testing

@Suite("Configuration model")
struct ConfigurationModelTests {
    let scheme = Configuration.default.statuses

    @Test("open, done and dropped statuses")
    func openDone() {
        #expect(scheme.isOpen("draft"))
        #expect(scheme.isOpen(nil))
        #expect(!scheme.isOpen("done"))
        #expect(!scheme.isOpen("dropped"))
        #expect(scheme.isDone("done"))
        #expect(!scheme.isDone(nil))
        #expect(scheme.isDropped("dropped"))
    }

    @Test("ready and every later status, except dropped ones, have reached ready")
    func reachedReady() {
        #expect(["ready", "in-progress", "in-review", "done"].allSatisfy(scheme.hasReachedReady))
        #expect(!scheme.hasReachedReady("draft"))
        #expect(!scheme.hasReachedReady("dropped"))
        #expect(!scheme.hasReachedReady("unknown"))
        #expect(!scheme.hasReachedReady(nil))
        let noReady = StatusScheme(order: ["a", "b"], ready: [], done: ["b"], dropped: [])
        #expect(!noReady.hasReachedReady("b"))
    }

    @Test("default kinds and their prefixes")
    func defaultKinds() {
        let configuration = Configuration.default
        #expect(
            configuration.kinds.map { "\($0.name)=\($0.prefix)" } == [
                "story=US", "epic=EP", "prd=PRD", "mrd=MRD", "objective=OBJ", "key-result=KR", "release=REL",
                "feedback=FB", "bug=BUG",
            ])
        #expect(configuration.kinds.first { $0.prefix == "KR" }?.name == "key-result")
        #expect(configuration.kind(named: "task") == nil)
        #expect(configuration.kind(named: "story")?.needsAcceptanceCriteria == true)
        #expect(configuration.kind(named: "feedback")?.requiredFields == ["id", "title"])
    }

    @Test("built-in fields and their types")
    func builtInFields() {
        let fields = Configuration.default.fieldDefinitions
        #expect(fields["depends_on"]?.type == .ids)
        #expect(fields["parent"]?.type == .id)
        #expect(fields["title"]?.type == .string)
        #expect(fields["estimate"]?.type == .number(minimum: 0))
        #expect(fields["kind"]?.type == .enumeration(Configuration.default.kinds.map(\.name)))
        #expect(fields["baseline"]?.applies(to: "key-result") == true)
        #expect(fields["baseline"]?.applies(to: "story") == false)
        #expect(fields["title"]?.applies(to: "anything") == true)
    }

    @Test("type phrases")
    func phrases() {
        #expect(FieldType.number(minimum: 0).phrase == "a number ≥ 0")
        #expect(FieldType.number(minimum: 0.5).phrase == "a number ≥ 0.5")
        #expect(FieldType.enumeration(["a", "b"]).phrase == "one of a, b")
    }
}
